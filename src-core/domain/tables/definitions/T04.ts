import type { TableSpec } from '../spec';

/** T04 财政拨款收支总表: lines paid by 财政拨款 (gpb/gf/soc), current and carried over. */
export const T04: TableSpec = {
  id: 'T04', variant: 'default', title: '财政拨款收支总表', labelColumns: [{ key: 'name', title: '项目' }],
  sections: [
    {
      id: 'in', title: '收入', filter: { stream: 'income', source: ['gpb', 'gf', 'soc'] },
      columns: [{ key: 'amount', title: '预算数' }],
      rows: [
        { type: 'fixed', key: 'in:current', name: '一、本年收入', level: 1, filter: { carryover: false }, sumOf: ['in:gpb', 'in:gf', 'in:soc'] },
        { type: 'fixed', key: 'in:gpb', name: '一般公共预算', level: 2, filter: { source: ['gpb'], carryover: false } },
        { type: 'fixed', key: 'in:gf', name: '政府性基金预算', level: 2, filter: { source: ['gf'], carryover: false } },
        { type: 'fixed', key: 'in:soc', name: '国有资本经营预算', level: 2, filter: { source: ['soc'], carryover: false } },
        { type: 'fixed', key: 'in:carryover', name: '二、上年结转', level: 1, filter: { carryover: true }, sumOf: ['in:co.gpb', 'in:co.gf', 'in:co.soc'] },
        { type: 'fixed', key: 'in:co.gpb', name: '一般公共预算', level: 2, filter: { source: ['gpb'], carryover: true } },
        { type: 'fixed', key: 'in:co.gf', name: '政府性基金预算', level: 2, filter: { source: ['gf'], carryover: true } },
        { type: 'fixed', key: 'in:co.soc', name: '国有资本经营预算', level: 2, filter: { source: ['soc'], carryover: true } },
        { type: 'fixed', key: 'in:total', name: '收入总计', level: 0, emphasis: true, sumOf: ['in:current', 'in:carryover'] },
      ],
    },
    {
      id: 'out', title: '支出', filter: { stream: ['expense', 'carryForward'], source: ['gpb', 'gf', 'soc'] },
      columns: [
        { key: 'total', title: '合计', sumOf: ['gpb', 'gf', 'soc'] },
        { key: 'gpb', title: '一般公共预算', filter: { source: ['gpb'] } },
        { key: 'gf', title: '政府性基金预算', filter: { source: ['gf'] } },
        { key: 'soc', title: '国有资本经营预算', filter: { source: ['soc'] } },
      ],
      rows: [
        { type: 'fixed', key: 'out:subtotal', name: '一、本年支出', level: 1, emphasis: true, filter: { stream: 'expense' }, sumOf: ['@top'] },
        { type: 'group', by: 'function', prefix: 'out:fn:', levels: [3, 5, 7], filter: { stream: 'expense' } },
        { type: 'fixed', key: 'out:carryForward', name: '二、年终结转结余', level: 1, filter: { stream: 'carryForward' } },
        { type: 'fixed', key: 'out:total', name: '支出总计', level: 0, emphasis: true, sumOf: ['out:subtotal', 'out:carryForward'] },
      ],
    },
  ],
};
