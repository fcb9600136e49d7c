import type { TableSpec } from '../../tables/spec';
import { CODE_NAME, fnRows, totalRow } from '../../tables/definitions/common';
import { FISCAL_CLOSING } from './common';

const SPENT = { stream: 'expense' } as const;

/**
 * A 财政拨款 收入支出 table of one budget by function 项: 年初结转和结余 + 本年收入 = 本年支出
 * (基本/项目) + 年末结转和结余 (derived). Balances of that budget carry their function for it.
 */
function fiscalIncomeExpense(id: string, variant: string, title: string, source: 'gf' | 'soc'): TableSpec {
  return {
    id,
    variant,
    title,
    labelColumns: CODE_NAME,
    sections: [
      {
        id: 'main',
        filter: { ...FISCAL_CLOSING.filter, source: [source] },
        columns: [
          { key: 'opening', title: '年初结转和结余', filter: { stream: 'opening' } },
          { key: 'income', title: '本年收入', filter: { stream: 'income' } },
          { key: 'total', title: '小计', group: '本年支出', filter: SPENT, sumOf: ['basic', 'project'] },
          { key: 'basic', title: '基本支出', group: '本年支出', filter: { ...SPENT, kind: ['personnel', 'public'] } },
          { key: 'project', title: '项目支出', group: '本年支出', filter: { ...SPENT, kind: ['project'] } },
          {
            key: 'closing',
            title: '年末结转和结余',
            filter: FISCAL_CLOSING.filter,
            subtract: FISCAL_CLOSING.subtract,
          },
        ],
        rows: [totalRow(), fnRows()],
      },
    ],
  };
}

/** F07 政府性基金预算财政拨款收入支出决算表 (公开07表). */
export const F07: TableSpec = fiscalIncomeExpense('F07', 'default', '政府性基金预算财政拨款收入支出决算表', 'gf');

/** F08 国有资本经营预算财政拨款支出决算表 (公开08表). */
export const F08: TableSpec = {
  id: 'F08',
  variant: 'default',
  title: '国有资本经营预算财政拨款支出决算表',
  labelColumns: CODE_NAME,
  sections: [
    {
      id: 'main',
      filter: { stream: 'expense', source: ['soc'] },
      columns: [
        { key: 'total', title: '合计', group: '本年支出', sumOf: ['basic', 'project'] },
        { key: 'basic', title: '基本支出', group: '本年支出', filter: { kind: ['personnel', 'public'] } },
        { key: 'project', title: '项目支出', group: '本年支出', filter: { kind: ['project'] } },
      ],
      rows: [totalRow(), fnRows()],
    },
  ],
};

/**
 * F08 as a 收入支出 table (variant `incomeExpense`): 国有资本经营预算财政拨款收入支出决算表, the
 * columns of F07 over 国有资本经营预算 money — as Shanghai prints its 表九. Its 年初结转和结余 rows
 * need the balances' function, as F07's do.
 */
export const F08_INCOME_EXPENSE: TableSpec = fiscalIncomeExpense(
  'F08',
  'incomeExpense',
  '国有资本经营预算财政拨款收入支出决算表',
  'soc',
);
