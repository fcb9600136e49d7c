import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadNodeResources } from '../../../src-main/cli/node-resources';
import type { DraftChange } from '../../../src-renderer/data/changes';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { syntheticDraft } from '../../bench/synthetic';
import { canonical, freshRepo, unwrap } from './helpers';

/**
 * A draft of many blocks (10,000 lines: 50 blocks of 200) survives import, ordered reads, edits in the
 * middle, block splits, export and duplication unchanged. Timings of the same steps at 50,000 lines
 * are in `npm run bench` (tests never time).
 */
describe('a 10,000-line draft', () => {
  it('imports, loads in order, takes edits, exports', async () => {
    const draft = syntheticDraft(loadNodeResources().catalogs.forYear(2025), { units: 100, lines: 10_000 });
    const text = saveDraftText(draft);
    const expected = unwrap(loadDraftText(text)).draft;
    const { repo } = freshRepo();
    const time = <T>(_label: string, fn: () => Promise<T>): Promise<T> => fn();

    const { id } = unwrap(await time('import', () => repo.importDraftFile(text)));
    const loaded = unwrap(await time('loadDraft', () => repo.loadDraft(id)));
    expect(loaded.draft.expenses).toHaveLength(expected.expenses.length);
    expect(loaded.draft.expenses.length).toBeGreaterThanOrEqual(10_000);
    expect(loaded.draft.expenses).toEqual(expected.expenses);
    expect(loaded.draft.income).toEqual(expected.income);
    expect(loaded.lineIds.expense).toHaveLength(expected.expenses.length);

    const mid = loaded.lineIds.expense[5_000];
    const keystroke = unwrap(
      await time('keystroke (1 line)', () =>
        repo.applyChanges(id, loaded.revision, [
          { type: 'setLine', id: mid, line: { ...loaded.draft.expenses[5_000], amount: '1.00' } },
        ]),
      ),
    );
    const paste: DraftChange[] = loaded.lineIds.expense.slice(100, 300).map((lineId, i) => ({
      type: 'setLine',
      id: lineId,
      line: { ...loaded.draft.expenses[100 + i], amount: `${i}.00` },
    }));
    const pasted = unwrap(await time('paste (200 cells)', () => repo.applyChanges(id, keystroke.revision, paste)));
    unwrap(
      await time('insert 200 lines mid-draft', () =>
        repo.applyChanges(
          id,
          pasted.revision,
          Array.from(
            { length: 200 },
            () =>
              ({ type: 'addLine', stream: 'expense', line: loaded.draft.expenses[0], beforeId: mid }) as DraftChange,
          ),
        ),
      ),
    );

    const after = unwrap(await time('loadDraft (after edits)', () => repo.loadDraft(id)));
    expect(after.draft.expenses).toHaveLength(expected.expenses.length + 200);
    expect(after.draft.expenses[5_200].amount).toBe('1.00');
    expect(after.draft.expenses[150].amount).toBe('50.00');

    unwrap(await time('openDraft (+ open snapshot)', () => repo.openDraft(id)));
    const exported = unwrap(await time('export (+ export snapshot)', () => repo.exportDraftFile(id)));
    expect(JSON.parse(exported).expenses).toHaveLength(expected.expenses.length + 200);
    const copy = unwrap(await time('duplicate', () => repo.duplicateDraft(id)));
    expect(canonical(unwrap(await repo.exportDraftFile(copy.id)))).toBe(canonical(exported));
  }, 120_000);
});
