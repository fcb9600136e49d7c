import type { Cents } from '../money/cents';
import type { TableSpec } from '../tables/spec';
import type { Pivot, RowState } from './pivot';

/**
 * The status bar's figures — 收入总计 and 支出总计 of the draft as the officer types — as a definition
 * of their own, maintained by the same incremental engine as the published tables (never printed).
 * 支出总计 includes 年终结转结余 (the budget's 收支平衡: income = expenses + carry-forward).
 */
export const STATUS_TABLE_ID = '_STATUS';

export function statusTotalsSpec(): TableSpec {
  return {
    id: STATUS_TABLE_ID,
    variant: 'default',
    title: '状态栏合计',
    labelColumns: [],
    sections: [
      {
        id: 'totals',
        filter: {},
        columns: [{ key: 'amount', title: '金额' }],
        rows: [
          { type: 'fixed', key: 'income', name: '收入总计', filter: { stream: 'income' } },
          { type: 'fixed', key: 'expense', name: '支出总计', filter: { stream: ['expense', 'carryForward'] } },
        ],
      },
    ],
  };
}

/** Reads the status totals of a pivot built with `statusTotalsSpec()`. */
export class StatusTotals {
  private readonly income: RowState;
  private readonly expense: RowState;

  constructor(pivot: Pivot) {
    const section = pivot.table(STATUS_TABLE_ID)?.section('totals');
    const income = section?.fixedByKey.get('income');
    const expense = section?.fixedByKey.get('expense');
    if (!income || !expense) throw new Error('状态栏合计未建立');
    this.income = income;
    this.expense = expense;
  }

  /** 收入总计, 支出总计 (incl. 年终结转结余) and their difference, in 分. */
  read(): { income: Cents; expense: Cents; difference: Cents } {
    const income = this.income.cells[0];
    const expense = this.expense.cells[0];
    return { income, expense, difference: income - expense };
  }
}
