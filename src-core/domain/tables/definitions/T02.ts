import type { ColumnSpec, TableSpec } from '../spec';
import { CODE_NAME, fnRows, totalRow, UNIT_NAME } from './common';

/** T02 部门收入总表 columns: 总计, 本年收入 (小计 + sources), 上年结转结余 (小计 + sources). */
const cur = (key: string, title: string): ColumnSpec => ({
  key: `cur.${key}`,
  title,
  group: '本年收入',
  filter: { source: [key], carryover: false },
});
const co = (key: string, title: string): ColumnSpec => ({
  key: `co.${key}`,
  title,
  group: '上年结转结余',
  filter: { source: [key], carryover: true },
});

const CUR_KEYS = ['gpb', 'gf', 'soc', 'special', 'business', 'operating', 'superior', 'subsidiary', 'other'];
const CO_KEYS = ['gpb', 'gf', 'soc', 'special', 'unit'];

export const T02_COLUMNS: ColumnSpec[] = [
  { key: 'total', title: '总计', sumOf: ['cur', 'co'] },
  {
    key: 'cur',
    title: '小计',
    group: '本年收入',
    filter: { carryover: false },
    sumOf: CUR_KEYS.map((k) => `cur.${k}`),
  },
  cur('gpb', '一般公共预算'),
  cur('gf', '政府性基金预算'),
  cur('soc', '国有资本经营预算'),
  cur('special', '财政专户管理资金'),
  cur('business', '事业收入'),
  cur('operating', '事业单位经营收入'),
  cur('superior', '上级补助收入'),
  cur('subsidiary', '附属单位上缴收入'),
  cur('other', '其他收入'),
  {
    key: 'co',
    title: '小计',
    group: '上年结转结余',
    filter: { carryover: true },
    sumOf: CO_KEYS.map((k) => `co.${k}`),
  },
  co('gpb', '一般公共预算'),
  co('gf', '政府性基金预算'),
  co('soc', '国有资本经营预算'),
  co('special', '专户资金结转结余'),
  co('unit', '单位资金结转结余'),
];

/** Zhejiang: 合计, the department, then each unit (from income lines). */
export const T02_BY_UNIT: TableSpec = {
  id: 'T02',
  variant: 'byUnit',
  title: '部门收入总表',
  labelColumns: UNIT_NAME,
  sections: [
    {
      id: 'main',
      filter: { stream: 'income' },
      columns: T02_COLUMNS,
      rows: [
        totalRow(),
        { type: 'fixed', key: 'dept', name: '部门', nameFrom: 'department', level: 1, sumOf: ['@top'] },
        { type: 'group', by: 'unit', prefix: 'unit:' },
      ],
    },
  ],
};

/** 财政部 template: by function, the expense lines by the source that pays them. */
export const T02_BY_FUNCTION: TableSpec = {
  id: 'T02',
  variant: 'byFunction',
  title: '部门收入总表',
  labelColumns: CODE_NAME,
  sections: [{ id: 'main', filter: { stream: 'expense' }, columns: T02_COLUMNS, rows: [totalRow(), fnRows()] }],
};
