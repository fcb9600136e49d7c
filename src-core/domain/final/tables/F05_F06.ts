import type { TableSpec } from '../../tables/spec';
import { CODE_NAME, ECON_LEVELS, fnRows, totalRow } from '../../tables/definitions/common';
import { row } from './common';

const SPENT = { stream: 'expense' } as const;

/**
 * F05 一般公共预算财政拨款支出决算表 (公开05表): 一般公共预算 spending by function. `initial` and
 * `adjusted` (年初预算数 / 全年预算数, from the draft's `budget` `fn:` figures) are extras the
 * national layout does not print; the 情况说明 compares each 项 with its 年初预算数.
 */
export const F05: TableSpec = {
  id: 'F05',
  variant: 'default',
  title: '一般公共预算财政拨款支出决算表',
  labelColumns: CODE_NAME,
  sections: [
    {
      id: 'main',
      filter: { stream: ['expense', 'budgetInitial', 'budgetAdjusted'], source: ['gpb'] },
      columns: [
        { key: 'total', title: '小计', group: '本年支出', filter: SPENT, sumOf: ['basic', 'project'] },
        { key: 'basic', title: '基本支出', group: '本年支出', filter: { ...SPENT, kind: ['personnel', 'public'] } },
        { key: 'project', title: '项目支出', group: '本年支出', filter: { ...SPENT, kind: ['project'] } },
        { key: 'initial', title: '年初预算数', filter: { stream: 'budgetInitial' }, optional: true },
        { key: 'adjusted', title: '全年预算数', filter: { stream: 'budgetAdjusted' }, optional: true },
      ],
      rows: [totalRow(), fnRows()],
    },
  ],
};

/**
 * F06 一般公共预算财政拨款基本支出决算明细表 (公开06表): 基本支出 of 一般公共预算 by economic 类/款,
 * with 人员经费合计 and 公用经费合计 (by the lines' kind; R-KIND-ECON keeps kind and class agreeing).
 */
export const F06: TableSpec = {
  id: 'F06',
  variant: 'default',
  title: '一般公共预算财政拨款基本支出决算明细表',
  labelColumns: CODE_NAME,
  sections: [
    {
      id: 'main',
      filter: { stream: 'expense', source: ['gpb'], kind: ['personnel', 'public'] },
      columns: [{ key: 'amount', title: '决算数' }],
      rows: [
        { type: 'group', by: 'economic', prefix: 'econ:', levels: ECON_LEVELS },
        row('personnel', '人员经费合计', 0, { kind: ['personnel'] }, { emphasis: true }),
        row('public', '公用经费合计', 0, { kind: ['public'] }, { emphasis: true }),
        row('total', '合计', 0, {}, { emphasis: true, sumOf: ['personnel', 'public'] }),
      ],
    },
  ],
};
