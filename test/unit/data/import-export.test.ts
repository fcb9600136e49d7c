import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { canonical, dump, FIXTURE_TEXT, freshRepo, problemOf, unwrap } from './helpers';

describe('import and export of draft files', () => {
  it('round trip: import → export equals the fixture, key order included', async () => {
    const { repo } = freshRepo();
    const { id, revision } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    expect(revision).toBe(1);
    const text = unwrap(await repo.exportDraftFile(id));
    expect(JSON.parse(text)).toEqual(JSON.parse(FIXTURE_TEXT));
    expect(canonical(text)).toBe(canonical(FIXTURE_TEXT));
    // The exported file is exactly what the domain's writer makes of the file.
    expect(text).toBe(saveDraftText(unwrap(loadDraftText(FIXTURE_TEXT)).draft));
  });

  it('loadDraft gives the draft with line ids parallel to its arrays', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const loaded = unwrap(await repo.loadDraft(id));
    const expected = unwrap(loadDraftText(FIXTURE_TEXT)).draft;
    expect(loaded.draft).toEqual(expected);
    expect(loaded.lineIds.expense).toHaveLength(expected.expenses.length);
    expect(loaded.lineIds.income).toHaveLength(expected.income.length);
    expect(loaded.lineIds.procurement).toHaveLength(expected.procurement.length);
    expect(new Set(Object.values(loaded.lineIds).flat()).size).toBe(
      expected.expenses.length + expected.income.length + expected.procurement.length,
    );
    expect(loaded.summary).toMatchObject({
      name: '2022年舟山市人民政府办公室部门预算',
      year: 2022,
      departmentName: '舟山市人民政府办公室',
      lineCount: 45,
      deletedAt: null,
    });
  });

  it('a rejected file changes nothing stored and returns every problem by path', async () => {
    const { db, repo } = freshRepo();
    unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const before = await dump(db);

    const broken = JSON.parse(FIXTURE_TEXT);
    broken.expenses[3].unit = '999999';
    broken.expenses[5].amount = '12,30';
    const problems = problemOf(await repo.importDraftFile(JSON.stringify(broken)));
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['expenses[3].unit', 'expenses[5].amount']));
    expect(problemOf(await repo.importDraftFile('{ not json'))[0].message).toContain('JSON');
    expect(problemOf(await repo.importDraftFile(JSON.stringify({ ...broken, format: 'x' })))[0].path).toBe('format');

    expect(await dump(db)).toEqual(before);
    expect(await repo.listDrafts()).toHaveLength(1);
  });

  it('replacing a draft by a file keeps the old content as an “import” snapshot', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const changed = JSON.parse(FIXTURE_TEXT);
    changed.expenses[0].amount = '1.00';
    changed.text.contact = '新联系人';
    const { revision, snapshot } = unwrap(await repo.replaceFromFile(id, JSON.stringify(changed)));
    expect(revision).toBe(2);
    expect(snapshot.reason).toBe('import');
    expect(canonical(unwrap(await repo.readSnapshot(snapshot.id)).text)).toBe(canonical(FIXTURE_TEXT));
    expect(canonical(unwrap(await repo.exportDraftFile(id)))).toBe(JSON.stringify(changed));

    const rejected = problemOf(await repo.replaceFromFile(id, '[]'));
    expect(rejected.kind).toBe('file');
    expect(unwrap(await repo.loadDraft(id)).revision).toBe(2);
  });

  it('creates a blank draft that exports as a valid file', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(
      await repo.createBlankDraft({
        year: 2025,
        department: { code: '167', name: '示范局' },
        units: [{ code: '167001', name: '示范局本级', type: 'admin' }],
      }),
    );
    const text = unwrap(await repo.exportDraftFile(id));
    const draft = unwrap(loadDraftText(text)).draft;
    expect(draft).toMatchObject({ year: 2025, amountUnit: 'yuan', publishUnit: 'wanyuan', expenses: [], income: [] });
    expect((await repo.listDrafts())[0]).toMatchObject({ id, name: '2025年示范局部门预算', lineCount: 0 });

    const bad = problemOf(
      await repo.createBlankDraft({
        year: 2025,
        department: { code: '167', name: '示范局' },
        units: [
          { code: '1', name: 'a', type: 'admin' },
          { code: '1', name: 'b', type: 'admin' },
        ],
      }),
    );
    expect(bad.kind).toBe('file');
    expect(bad.message).toContain('重复');
    expect(await repo.listDrafts()).toHaveLength(1);
  });
});
