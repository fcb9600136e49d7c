import { describe, expect, it } from 'vitest';
import { planClear } from '../../../src-core/editor/clear-range';
import { EXPENSE_COLUMNS, col } from './sample-grid';

describe('planClear (Delete over a selection)', () => {
  it('zeroes amounts and empties optional cells; required and read-only cells stay', () => {
    const range = { top: 0, bottom: 1, left: 0, right: EXPENSE_COLUMNS.length - 1 };
    expect(planClear(EXPENSE_COLUMNS, range, 5)).toEqual([
      { row: 0, key: 'amount', value: '0.00' },
      { row: 0, key: 'note', value: '' },
      { row: 1, key: 'amount', value: '0.00' },
      { row: 1, key: 'note', value: '' },
    ]);
  });

  it('ignores rows past the last line (the new row at the bottom)', () => {
    const range = { top: 2, bottom: 4, left: col('amount'), right: col('amount') };
    expect(planClear(EXPENSE_COLUMNS, range, 3)).toEqual([{ row: 2, key: 'amount', value: '0.00' }]);
    expect(planClear(EXPENSE_COLUMNS, { ...range, top: 3 }, 3)).toEqual([]);
  });
});
