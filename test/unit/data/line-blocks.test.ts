import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DraftChange } from '../../../src-renderer/data/changes';
import { DraftRepository } from '../../../src-renderer/data/draft-repository';
import { BLOCK_LINES, MAX_BLOCK_LINES } from '../../../src-renderer/data/line-blocks';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import type { Draft, ExpenseLine } from '../../../src-core/domain/draft/types';
import { FIXTURE_TEXT, freshRepo, unwrap } from './helpers';

const line = (amount: string): ExpenseLine => ({
  unit: '167001',
  function: '2010301',
  economic: '30201',
  kind: 'public',
  source: 'gpb',
  carryover: false,
  amount,
  project: null,
  note: '',
});

/** The fixture with `n` numbered expense lines (amount = its number). */
function draftWith(n: number): string {
  const base = unwrap(loadDraftText(FIXTURE_TEXT)).draft;
  const d: Draft = { ...base, expenses: Array.from({ length: n }, (_, i) => line(`${i}.00`)) };
  return saveDraftText(d);
}

async function blocksOf(repo: DraftRepository, id: string, stream = 'expense') {
  return repo.db.lineBlocks.where('[draftId+stream+order]').between([id, stream], [id, stream, []]).toArray();
}

describe('lines stored in blocks', () => {
  it('a large draft is stored as blocks of BLOCK_LINES lines, read back in order', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(draftWith(1000)));
    const blocks = await blocksOf(repo, id);
    expect(blocks.map((b) => b.lines.length)).toEqual([
      BLOCK_LINES,
      BLOCK_LINES,
      BLOCK_LINES,
      BLOCK_LINES,
      BLOCK_LINES,
    ]);
    const loaded = unwrap(await repo.loadDraft(id));
    expect(loaded.draft.expenses.map((l) => l.amount)).toEqual(Array.from({ length: 1000 }, (_, i) => `${i}.00`));
    expect(new Set(loaded.lineIds.expense).size).toBe(1000);
    expect(blocks.flatMap((b) => b.ids)).toEqual(loaded.lineIds.expense);
  });

  it('inserting many lines splits the block; order and ids stay right, every block stays small', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(draftWith(600)));
    const d = unwrap(await repo.loadDraft(id));
    const before = d.lineIds.expense[350];
    const paste: DraftChange[] = Array.from({ length: 700 }, (_, i) => ({
      type: 'addLine',
      stream: 'expense',
      line: line(`new${i}`),
      beforeId: before,
    }));
    const r = unwrap(await repo.applyChanges(id, d.revision, paste));
    // Then, in the next batch (index kept by the repository), edits in the split parts.
    const edits: DraftChange[] = [
      { type: 'setLine', id: r.added[650], line: line('edited') },
      { type: 'removeLine', id: d.lineIds.expense[599] },
      { type: 'addLine', stream: 'expense', line: line('end') },
      { type: 'addLine', stream: 'expense', line: line('before-first'), beforeId: d.lineIds.expense[0] },
    ];
    unwrap(await repo.applyChanges(id, r.revision, edits));

    const expected = [
      'before-first',
      ...Array.from({ length: 350 }, (_, i) => `${i}.00`),
      ...Array.from({ length: 700 }, (_, i) => (i === 650 ? 'edited' : `new${i}`)),
      ...Array.from({ length: 249 }, (_, i) => `${350 + i}.00`),
      'end',
    ];
    const after = unwrap(await repo.loadDraft(id));
    expect(after.draft.expenses.map((l) => l.amount)).toEqual(expected);
    expect(after.lineIds.expense.slice(351, 1051)).toEqual(r.added);
    expect(after.summary.lineCount).toBe(d.summary.lineCount + 700 + 1);
    const blocks = await blocksOf(repo, id);
    expect(
      blocks.every((b) => b.lines.length > 0 && b.lines.length <= MAX_BLOCK_LINES && b.ids.length === b.lines.length),
    ).toBe(true);
    expect(blocks.flatMap((b) => b.ids)).toEqual(after.lineIds.expense);
  });

  it('a block whose lines are all removed is deleted; an empty stream gets a first block', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(draftWith(250)));
    const d = unwrap(await repo.loadDraft(id));
    const r = unwrap(
      await repo.applyChanges(
        id,
        d.revision,
        d.lineIds.expense.slice(0, BLOCK_LINES).map((lineId) => ({ type: 'removeLine', id: lineId })),
      ),
    );
    expect((await blocksOf(repo, id)).map((b) => b.lines.length)).toEqual([50]);
    expect(d.draft.carryForward).toEqual([]);
    const cf = { unit: '167001', function: '2010301', economic: '30201', source: 'gpb', amount: '5.00' };
    unwrap(
      await repo.applyChanges(id, r.revision, [
        { type: 'addLine', stream: 'carryForward', line: cf as never, id: 'cf-1' },
      ]),
    );
    const after = unwrap(await repo.loadDraft(id));
    expect(after.draft.expenses.map((l) => l.amount)).toEqual(Array.from({ length: 50 }, (_, i) => `${200 + i}.00`));
    expect(after.draft.carryForward).toEqual([cf]);
    expect(after.lineIds.carryForward).toEqual(['cf-1']);
  });

  it('a window whose line index is out of date (another window wrote) still finds every line', async () => {
    const { db, repo: a } = freshRepo();
    const b = new DraftRepository(db);
    const { id } = unwrap(await a.importDraftFile(draftWith(300)));
    const inA = unwrap(await a.loadDraft(id));
    const inB = unwrap(await b.loadDraft(id));
    // Window B inserts a named line into the first block, splitting nothing but moving lines.
    const rb = unwrap(
      await b.applyChanges(id, inB.revision, [
        { type: 'addLine', stream: 'expense', line: line('from-b'), beforeId: inB.lineIds.expense[10], id: 'b-line' },
      ]),
    );
    // Window A, told of the new revision, edits B's line and one of its own: its index is rebuilt.
    const ra = unwrap(
      await a.applyChanges(id, rb.revision, [
        { type: 'setLine', id: 'b-line', line: line('edited-in-a') },
        { type: 'setLine', id: inA.lineIds.expense[299], line: line('last') },
      ]),
    );
    expect(ra.revision).toBe(rb.revision + 1);
    // A name already used (by B's line) is refused, and nothing is written.
    const clash = await a.applyChanges(id, ra.revision, [
      { type: 'addLine', stream: 'expense', line: line('x'), id: 'b-line' },
    ]);
    expect(clash.ok).toBe(false);
    const after = unwrap(await b.loadDraft(id));
    expect(after.revision).toBe(ra.revision);
    expect(after.draft.expenses[10].amount).toBe('edited-in-a');
    expect(after.draft.expenses.at(-1)!.amount).toBe('last');
    expect(after.draft.expenses).toHaveLength(301);
  });

  it('renaming keeps the window able to edit (the rename changes no line)', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(draftWith(10)));
    const d = unwrap(await repo.loadDraft(id));
    const renamed = unwrap(await repo.renameDraft(id, '新名字'));
    unwrap(
      await repo.applyChanges(id, renamed.revision, [
        { type: 'setLine', id: d.lineIds.expense[3], line: line('3.50') },
      ]),
    );
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[3].amount).toBe('3.50');
  });
});
