import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LoadedDraft } from '../../../src-renderer/data/draft-repository';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import type { Review } from '../../../src-core/domain/draft/types';
import { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import { backupDraft } from '../../../src-renderer/features/backup/backup-actions';
import { BackupMarks } from '../../../src-renderer/platform/backup-marks';
import type { BackupService } from '../../../src-renderer/platform/backups';
import { fixtureText, testResources } from '../fixture-resources';
import { freshRepo, unwrap } from './helpers';

/**
 * The 舟山 sample with two lines at 0 (expenses[3], income[0]) and their R-ZERO warnings explained
 * in path form, as the CLI or a hand-written file names lines; plus an explanation of a project and
 * one of a line the file does not have (expenses[999]).
 */
const REVIEWED = fixtureText('zhoushan-2022-reviews.budget.json');

/** The engine as a window builds it: lines named by their storage ids. */
function engineOf(loaded: LoadedDraft): BudgetEngine {
  const resources = testResources();
  return new BudgetEngine(loaded.draft, {
    catalogs: resources.catalogs.forYear(loaded.draft.year),
    layout: resources.layouts.get('zhejiang')!,
    lineIds: loaded.lineIds,
  });
}

const zeroWarnings = (loaded: LoadedDraft) =>
  engineOf(loaded)
    .findings()
    .filter((f) => f.rule === 'R-ZERO');
const reviewsOf = (text: string): Review[] => JSON.parse(text).reviews;

describe('出错说明 of lines across files: database ids ↔ file paths', () => {
  it('the fixture variant is a file the writer would write, with line targets in path form', () => {
    expect(saveDraftText(unwrap(loadDraftText(REVIEWED)).draft)).toBe(REVIEWED);
    expect(reviewsOf(REVIEWED).map((r) => (r.target as { line?: string }).line)).toEqual([
      'expenses[3]',
      undefined,
      'income[0]',
      'expenses[999]',
    ]);
  });

  it('loadDraftAsFile: the draft as its file holds it (line targets by path), to build a replacement from', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(REVIEWED));
    const asFile = unwrap(await repo.loadDraftAsFile(id));
    expect(saveDraftText(asFile)).toBe(REVIEWED);
    // Replaced by a changed copy (new ids for every line): the explanations stay with their lines.
    const changed = { ...asFile, department: { ...asFile.department, shortName: '市府办公室' } };
    unwrap(await repo.replaceFromFile(id, saveDraftText(changed)));
    const warnings = zeroWarnings(unwrap(await repo.loadDraft(id)));
    expect(warnings.map((w) => w.explained)).toEqual(['本年度收入由上级统筹', '绩效工资待考核后另行安排']);
  });

  it('import: path targets name the stored lines by id, the engine shows the warnings explained; export gives the very file', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(REVIEWED));
    const loaded = unwrap(await repo.loadDraft(id));
    expect(loaded.draft.reviews.map((r) => r.target)).toEqual([
      { line: loaded.lineIds.expense[3], field: 'amount' },
      { project: '167001-01', field: 'indicators' },
      { line: loaded.lineIds.income[0], field: 'amount' },
      { line: 'expenses[999]', field: 'amount' },
    ]);
    expect(loaded.lineIds.expense[3]).toMatch(/^[0-9A-Za-z]{16}$/);

    const warnings = zeroWarnings(loaded);
    expect(warnings.map((w) => [w.target, w.explained])).toEqual([
      [{ line: loaded.lineIds.income[0], field: 'amount' }, '本年度收入由上级统筹'],
      [{ line: loaded.lineIds.expense[3], field: 'amount' }, '绩效工资待考核后另行安排'],
    ]);

    expect(unwrap(await repo.exportDraftFile(id))).toBe(REVIEWED);
    // History versions are file texts too: the 打开时 / manual / 导出 snapshots read back as the file.
    const manual = unwrap(await repo.takeSnapshot(id, 'manual'));
    expect(unwrap(await repo.readSnapshot(manual.id)).text).toBe(REVIEWED);
    for (const s of await repo.listSnapshots(id)) expect(unwrap(await repo.readSnapshot(s.id)).text).toBe(REVIEWED);
    expect((await repo.listSnapshots(id)).map((s) => s.reason).sort()).toEqual(['export', 'manual', 'open']);
  });

  it('an explanation given in the app (id target) survives export → import into another database', async () => {
    const app = freshRepo();
    const { id } = unwrap(await app.repo.importDraftFile(fixtureText('zhoushan-2022.budget.json')));
    let loaded = unwrap(await app.repo.loadDraft(id));
    // expenses[5] set to 0, then explained by its id as the 审核 panel stores it.
    const lineId = loaded.lineIds.expense[5];
    const note = '该项支出由年中追加安排';
    const zero = { ...loaded.draft.expenses[5], amount: '0.00' };
    const revision = unwrap(
      await app.repo.applyChanges(id, loaded.revision, [{ type: 'setLine', id: lineId, line: zero }]),
    ).revision;
    loaded = unwrap(await app.repo.loadDraft(id));
    const warning = zeroWarnings(loaded).find((w) => (w.target as { line: string }).line === lineId)!;
    expect(warning.target).toEqual({ line: lineId, field: 'amount' });
    unwrap(
      await app.repo.applyChanges(id, revision, [
        { type: 'setHead', key: 'reviews', value: [{ rule: 'R-ZERO', target: warning.target, note }] },
        // A line removed above it: the file names it by its position at export time.
        { type: 'removeLine', id: loaded.lineIds.expense[1] },
      ]),
    );

    const text = unwrap(await app.repo.exportDraftFile(id));
    expect(reviewsOf(text)).toEqual([{ rule: 'R-ZERO', target: { line: 'expenses[4]', field: 'amount' }, note }]);
    expect(JSON.parse(text).expenses[4]).toEqual(zero);

    const other = freshRepo();
    const copy = unwrap(await other.repo.importDraftFile(text));
    const imported = unwrap(await other.repo.loadDraft(copy.id));
    expect(zeroWarnings(imported).map((w) => [w.target, w.explained])).toEqual([
      [{ line: imported.lineIds.expense[4], field: 'amount' }, note],
    ]);
    expect(unwrap(await other.repo.exportDraftFile(copy.id))).toBe(text);
  });

  it('replaceFromFile and restoreSnapshot give path targets the new ids; the snapshot of what was there is in path form', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(fixtureText('zhoushan-2022.budget.json')));
    const replaced = unwrap(await repo.replaceFromFile(id, REVIEWED));
    let loaded = unwrap(await repo.loadDraft(id));
    expect(zeroWarnings(loaded).every((w) => w.explained)).toBe(true);
    expect(loaded.draft.reviews[0].target).toEqual({ line: loaded.lineIds.expense[3], field: 'amount' });
    expect(unwrap(await repo.readSnapshot(replaced.snapshot.id)).text).toBe(
      saveDraftText(unwrap(loadDraftText(fixtureText('zhoushan-2022.budget.json'))).draft),
    );

    // Replace again (the reviewed content becomes an `import` snapshot, in path form), then restore it.
    const plain = unwrap(await repo.replaceFromFile(id, fixtureText('zhoushan-2022.budget.json')));
    expect(unwrap(await repo.readSnapshot(plain.snapshot.id)).text).toBe(REVIEWED);
    expect(unwrap(await repo.loadDraft(id)).draft.reviews).toEqual([]);
    const restored = unwrap(await repo.restoreSnapshot(plain.snapshot.id));
    loaded = unwrap(await repo.loadDraft(id));
    expect(loaded.draft.reviews[2].target).toEqual({ line: loaded.lineIds.income[0], field: 'amount' });
    expect(zeroWarnings(loaded).map((w) => w.explained)).toEqual(['本年度收入由上级统筹', '绩效工资待考核后另行安排']);
    expect(unwrap(await repo.readSnapshot(restored.snapshot.id)).text).toBe(
      saveDraftText(unwrap(loadDraftText(fixtureText('zhoushan-2022.budget.json'))).draft),
    );
    expect(unwrap(await repo.exportDraftFile(id))).toBe(REVIEWED);
  });

  it('a duplicated draft keeps its explanations on its own (new) line ids', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(REVIEWED));
    const copy = unwrap(await repo.duplicateDraft(id));
    const original = unwrap(await repo.loadDraft(id));
    const loaded = unwrap(await repo.loadDraft(copy.id));
    expect(loaded.lineIds.expense[3]).not.toBe(original.lineIds.expense[3]);
    expect(loaded.draft.reviews[0].target).toEqual({ line: loaded.lineIds.expense[3], field: 'amount' });
    expect(zeroWarnings(loaded).map((w) => w.explained)).toEqual(['本年度收入由上级统筹', '绩效工资待考核后另行安排']);
    expect(unwrap(await repo.exportDraftFile(copy.id))).toBe(REVIEWED);
  });

  it('a backup holds the draft file with path targets', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(REVIEWED));
    const written: string[] = [];
    const service = {
      write: async (_draftId: string, text: string) => {
        written.push(text);
        return { ok: true as const, value: { draftId: id, file: 'x.budget.json', savedAt: 1, size: text.length } };
      },
    } as unknown as BackupService;
    const memory = new Map<string, string>();
    const marks = new BackupMarks({ getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) });
    const done = await backupDraft(repo, service, marks, id);
    expect(done.ok).toBe(true);
    expect(written).toEqual([REVIEWED]);
  });
});
