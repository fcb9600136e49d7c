import { describe, expect, it } from 'vitest';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { budgetLineEdits } from '../../../src-renderer/features/grid/budget-grid-session';
import { deleteRowEdits, insertRowEdit, type GridSource } from '../../../src-renderer/features/grid/grid-edits';
import { invertEdits, type LineEdit } from '../../../src-renderer/features/session/line-edits';

const line = (amount: string): ExpenseLine => ({
  unit: '001',
  function: '2010301',
  economic: '30101',
  kind: 'personnel',
  source: 'gpb',
  carryover: false,
  amount,
  project: null,
  note: '',
});

/** The stored order after edits, as the engine applies them (add before `beforeId` or at the end). */
function apply(order: string[], edits: readonly LineEdit[]): string[] {
  const out = [...order];
  for (const e of edits) {
    if (e.type === 'remove') out.splice(out.indexOf(e.id), 1);
    else if (e.type === 'add') {
      const at = e.beforeId ? out.indexOf(e.beforeId) : -1;
      if (e.beforeId && at < 0) throw new Error(`beforeId ${e.beforeId} is not there`);
      out.splice(at < 0 ? out.length : at, 0, e.id);
    }
  }
  return out;
}

const STORED = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const source = (ids: string[]): GridSource => ({
  ids,
  stored: STORED,
  line: () => line('1.00'),
  draft: { units: [{ code: '001', name: '单位', type: 'admin' }] },
});

describe('deleting rows of a filtered or sorted view', () => {
  it('removes exactly the rows shown in the range, and undo restores the stored order', () => {
    const view = ['f', 'b', 'e', 'a']; // e.g. sorted by amount, c d g filtered out
    const edits = budgetLineEdits(deleteRowEdits(source(view), { top: 0, bottom: 2 }));
    expect(edits.map((e) => e.id).sort()).toEqual(['b', 'e', 'f']);
    const after = apply(STORED, edits);
    expect(after).toEqual(['a', 'c', 'd', 'g']);
    expect(apply(after, invertEdits(edits))).toEqual(STORED);
  });

  it('deleting the last stored line and its neighbours comes back at the end', () => {
    const edits = budgetLineEdits(deleteRowEdits(source(['g', 'f', 'a']), { top: 0, bottom: 2 }));
    const after = apply(STORED, edits);
    expect(after).toEqual(['b', 'c', 'd', 'e']);
    expect(apply(after, invertEdits(edits))).toEqual(STORED);
  });

  it('without a view the rows are the stored rows', () => {
    const edits = budgetLineEdits(deleteRowEdits({ ...source(STORED), stored: undefined }, { top: 2, bottom: 4 }));
    expect(edits.map((e) => e.id)).toEqual(['c', 'd', 'e']);
    expect(apply(apply(STORED, edits), invertEdits(edits))).toEqual(STORED);
  });

  it('插入行 in a view goes before the line shown at that row', () => {
    const [edit] = budgetLineEdits([insertRowEdit(source(['f', 'b']), 1)]);
    expect(edit).toMatchObject({ type: 'add', beforeId: 'b' });
    expect(apply(STORED, [edit]).indexOf(edit.id)).toBe(1);
  });
});
