import type { TableSpec } from '../../tables/spec';
import { FISCAL, FISCAL_CLOSING, row } from './common';

const NAMES: readonly [string, string][] = [
  ['gpb', '一般公共预算财政拨款'],
  ['gf', '政府性基金预算财政拨款'],
  ['soc', '国有资本经营预算财政拨款'],
];
const ORDINALS = ['一、', '二、', '三、'];

/**
 * F04 财政拨款收入支出决算总表 (公开04表): the 财政拨款 part of F01, expenses by source. Per source:
 * 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余 (the last derived).
 */
export const F04: TableSpec = {
  id: 'F04',
  variant: 'default',
  title: '财政拨款收入支出决算总表',
  labelColumns: [{ key: 'name', title: '项目' }],
  sections: [
    {
      id: 'in',
      title: '收入',
      filter: { stream: ['income', 'opening'], source: FISCAL },
      columns: [{ key: 'amount', title: '决算数' }],
      rows: [
        ...NAMES.map(([s, name], i) => row(`in:${s}`, `${ORDINALS[i]}${name}`, 1, { stream: 'income', source: [s] })),
        row(
          'in:subtotal',
          '本年收入合计',
          0,
          { stream: 'income' },
          { emphasis: true, sumOf: NAMES.map(([s]) => `in:${s}`) },
        ),
        row(
          'in:opening',
          '年初财政拨款结转和结余',
          0,
          { stream: 'opening' },
          { sumOf: NAMES.map(([s]) => `in:opening.${s}`) },
        ),
        ...NAMES.map(([s, name]) => row(`in:opening.${s}`, name, 1, { stream: 'opening', source: [s] })),
        row('in:total', '总计', 0, {}, { emphasis: true, sumOf: ['in:subtotal', 'in:opening'] }),
      ],
    },
    {
      id: 'out',
      title: '支出',
      filter: { ...FISCAL_CLOSING.filter, source: FISCAL },
      columns: [
        { key: 'total', title: '小计', sumOf: ['gpb', 'gf', 'soc'] },
        ...NAMES.map(([s, name]) => ({ key: s, title: name, filter: { source: [s] } })),
      ],
      rows: [
        {
          type: 'group',
          by: 'function',
          prefix: 'out:fn:',
          levels: [3],
          filter: { stream: 'expense' },
          listCatalogClasses: true,
        },
        row('out:subtotal', '本年支出合计', 0, { stream: 'expense' }, { emphasis: true, sumOf: ['@top'] }),
        row('out:closing', '年末财政拨款结转和结余', 0, FISCAL_CLOSING.filter, {
          subtract: FISCAL_CLOSING.subtract,
          sumOf: NAMES.map(([s]) => `out:closing.${s}`),
        }),
        ...NAMES.map(([s, name]) =>
          row(
            `out:closing.${s}`,
            name,
            1,
            { ...FISCAL_CLOSING.filter, source: [s] },
            {
              subtract: FISCAL_CLOSING.subtract,
            },
          ),
        ),
        row(
          'out:total',
          '总计',
          0,
          { stream: ['opening', 'income'] },
          {
            emphasis: true,
            sumOf: ['out:subtotal', 'out:closing'],
          },
        ),
      ],
    },
  ],
};
