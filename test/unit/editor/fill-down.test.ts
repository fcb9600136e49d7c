import { describe, expect, it } from 'vitest';
import { planFillDown } from '../../../src-core/editor/fill-down';
import { cellChangeStep } from '../../../src-core/editor/undo';
import { EXPENSE_COLUMNS, col } from './sample-grid';

const rows: Record<string, string>[] = [
  { unit: '167001', function: '2010301', functionName: '行政运行', economic: '30101', amount: '100', note: '' },
  { unit: '167001', function: '', functionName: '', economic: '30102', amount: '', note: 'x' },
  { unit: '', function: '2010302', functionName: '一般行政管理事务', economic: '', amount: '100', note: '' },
];
const get = (row: number, key: string) => rows[row]?.[key] ?? '';

describe('planFillDown (Ctrl+D)', () => {
  it('copies the top row of the selection into the rows below, per column, only where it changes something', () => {
    const range = { top: 0, bottom: 2, left: col('function'), right: col('amount') };
    expect(planFillDown({ columns: EXPENSE_COLUMNS, range, get })).toEqual([
      { row: 1, key: 'function', value: '2010301' },
      { row: 1, key: 'economic', value: '30101' },
      { row: 1, key: 'amount', value: '100' },
      { row: 2, key: 'function', value: '2010301' },
      { row: 2, key: 'economic', value: '30101' },
    ]);
  });

  it('skips read-only columns (derived names)', () => {
    const range = { top: 0, bottom: 1, left: col('functionName'), right: col('functionName') };
    expect(planFillDown({ columns: EXPENSE_COLUMNS, range, get })).toEqual([]);
  });

  it('with one row selected copies the row above into it; nothing above the first row', () => {
    const range = { top: 2, bottom: 2, left: col('unit'), right: col('unit') };
    expect(planFillDown({ columns: EXPENSE_COLUMNS, range, get })).toEqual([{ row: 2, key: 'unit', value: '167001' }]);
    const first = { top: 0, bottom: 0, left: 0, right: 3 };
    expect(planFillDown({ columns: EXPENSE_COLUMNS, range: first, get })).toEqual([]);
  });

  it('with one row selected fills from the row above, across several columns', () => {
    const range = { top: 1, bottom: 1, left: col('unit'), right: col('function') };
    expect(planFillDown({ columns: EXPENSE_COLUMNS, range, get })).toEqual([
      { row: 1, key: 'function', value: '2010301' },
    ]);
  });

  it('ignores columns of the range past the grid', () => {
    const range = { top: 0, bottom: 1, left: col('note'), right: col('note') + 5 };
    expect(planFillDown({ columns: EXPENSE_COLUMNS, range, get })).toEqual([{ row: 1, key: 'note', value: '' }]);
  });

  it('its changes make one undo step', () => {
    type S = Record<string, string>[];
    const range = { top: 0, bottom: 2, left: col('amount'), right: col('amount') };
    const step = cellChangeStep<S>('向下填充', planFillDown({ columns: EXPENSE_COLUMNS, range, get }), {
      get: (s, r, k) => s[r][k],
      set: (s, cs) => {
        const next = s.map((r) => ({ ...r }));
        for (const c of cs) next[c.row][c.key] = c.value;
        return next;
      },
    });
    const after = step.apply(rows);
    expect(after.map((r) => r.amount)).toEqual(['100', '100', '100']);
    expect(step.revert(after)).toEqual(rows);
  });
});
