import type { RowSpec, SectionSpec, TableSpec } from '../../tables/spec';
import { CLOSING, GRAND_TOTAL_STREAMS, row } from './common';

/** 本年收入 rows of 公开01表, in its order. */
const SOURCES: readonly [string, string][] = [
  ['gpb', '一、一般公共预算财政拨款收入'],
  ['gf', '二、政府性基金预算财政拨款收入'],
  ['soc', '三、国有资本经营预算财政拨款收入'],
  ['superior', '四、上级补助收入'],
  ['business', '五、事业收入'],
  ['operating', '六、经营收入'],
  ['subsidiary', '七、附属单位上缴收入'],
  ['other', '八、其他收入'],
];

const income: SectionSpec = {
  id: 'in',
  title: '收入',
  filter: GRAND_TOTAL_STREAMS,
  columns: [{ key: 'amount', title: '金额' }],
  rows: [
    ...SOURCES.map(([s, name]) => row(`in:${s}`, name, 1, { stream: 'income', source: [s] })),
    row(
      'in:subtotal',
      '本年收入合计',
      0,
      { stream: 'income' },
      { emphasis: true, sumOf: SOURCES.map(([s]) => `in:${s}`) },
    ),
    row('in:surplusUsed', '使用非财政拨款结余（含专用结余）', 0, { stream: 'surplusUsed' }),
    row('in:opening', '年初结转和结余', 0, { stream: 'opening' }),
    row('in:total', '总计', 0, GRAND_TOTAL_STREAMS, {
      emphasis: true,
      sumOf: ['in:subtotal', 'in:surplusUsed', 'in:opening'],
    }),
  ],
};

const expenseRows: RowSpec[] = [
  {
    type: 'group',
    by: 'function',
    prefix: 'out:fn:',
    levels: [3],
    filter: { stream: 'expense' },
    listCatalogClasses: true,
  },
  row('out:subtotal', '本年支出合计', 0, { stream: 'expense' }, { emphasis: true, sumOf: ['@top'] }),
  row('out:distribution', '结余分配', 0, { stream: 'distribution' }),
  row('out:closing', '年末结转和结余', 0, CLOSING.filter, { subtract: CLOSING.subtract }),
  row('out:total', '总计', 0, GRAND_TOTAL_STREAMS, {
    emphasis: true,
    sumOf: ['out:subtotal', 'out:distribution', 'out:closing'],
  }),
];

/**
 * F01 收入支出决算总表 (公开01表): two-sided. 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余;
 * 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余, the last derived, so both 总计 agree by construction.
 */
export const F01: TableSpec = {
  id: 'F01',
  variant: 'default',
  title: '收入支出决算总表',
  labelColumns: [{ key: 'name', title: '项目' }],
  sections: [
    income,
    {
      id: 'out',
      title: '支出',
      filter: CLOSING.filter,
      columns: [{ key: 'amount', title: '金额' }],
      rows: expenseRows,
    },
  ],
};
