import type { RowSpec, SectionSpec, TableSpec } from '../spec';

/** T01 部门收支总表: two-sided, one value column. Income rows are fixed; expense rows by function. */
const income: SectionSpec = {
  id: 'in',
  title: '收入',
  filter: { stream: 'income' },
  columns: [{ key: 'amount', title: '预算数' }],
  rows: [
    {
      type: 'fixed',
      key: 'in:fiscal',
      name: '一、财政拨款',
      level: 1,
      filter: { source: ['gpb', 'gf', 'soc'], carryover: false },
      sumOf: ['in:gpb', 'in:gf', 'in:soc'],
    },
    { type: 'fixed', key: 'in:gpb', name: '一般公共预算', level: 2, filter: { source: ['gpb'], carryover: false } },
    { type: 'fixed', key: 'in:gf', name: '政府性基金预算', level: 2, filter: { source: ['gf'], carryover: false } },
    { type: 'fixed', key: 'in:soc', name: '国有资本经营预算', level: 2, filter: { source: ['soc'], carryover: false } },
    {
      type: 'fixed',
      key: 'in:special',
      name: '二、财政专户管理资金',
      level: 1,
      filter: { source: ['special'], carryover: false },
    },
    {
      type: 'fixed',
      key: 'in:business',
      name: '三、事业收入',
      level: 1,
      filter: { source: ['business'], carryover: false },
    },
    {
      type: 'fixed',
      key: 'in:operating',
      name: '四、事业单位经营收入',
      level: 1,
      filter: { source: ['operating'], carryover: false },
    },
    {
      type: 'fixed',
      key: 'in:superior',
      name: '五、上级补助收入',
      level: 1,
      filter: { source: ['superior'], carryover: false },
    },
    {
      type: 'fixed',
      key: 'in:subsidiary',
      name: '六、附属单位上缴收入',
      level: 1,
      filter: { source: ['subsidiary'], carryover: false },
    },
    { type: 'fixed', key: 'in:other', name: '七、其他收入', level: 1, filter: { source: ['other'], carryover: false } },
    {
      type: 'fixed',
      key: 'in:subtotal',
      name: '本年收入合计',
      level: 0,
      emphasis: true,
      filter: { carryover: false },
      sumOf: ['in:fiscal', 'in:special', 'in:business', 'in:operating', 'in:superior', 'in:subsidiary', 'in:other'],
    },
    { type: 'fixed', key: 'in:carryover', name: '上年结转结余', level: 0, filter: { carryover: true } },
    {
      type: 'fixed',
      key: 'in:total',
      name: '收入总计',
      level: 0,
      emphasis: true,
      sumOf: ['in:subtotal', 'in:carryover'],
    },
  ],
};

const expenseTail: RowSpec[] = [
  {
    type: 'fixed',
    key: 'out:subtotal',
    name: '本年支出合计',
    level: 0,
    emphasis: true,
    filter: { stream: 'expense' },
    sumOf: ['@top'],
  },
  { type: 'fixed', key: 'out:carryForward', name: '年终结转结余', level: 0, filter: { stream: 'carryForward' } },
  {
    type: 'fixed',
    key: 'out:total',
    name: '支出总计',
    level: 0,
    emphasis: true,
    sumOf: ['out:subtotal', 'out:carryForward'],
  },
];

const expense = (levels: number[], listCatalogClasses: boolean): SectionSpec => ({
  id: 'out',
  title: '支出',
  filter: { stream: ['expense', 'carryForward'] },
  columns: [{ key: 'amount', title: '预算数' }],
  rows: [
    { type: 'group', by: 'function', prefix: 'out:fn:', levels, filter: { stream: 'expense' }, listCatalogClasses },
    ...expenseTail,
  ],
});

const base = { id: 'T01', title: '部门收支总表', labelColumns: [{ key: 'name', title: '项目' }] } as const;

/** 财政部 template: every 类 of the catalog, zero rows included. */
export const T01_CLASSES: TableSpec = { ...base, variant: 'classes', sections: [income, expense([3], true)] };
/** Zhejiang: 类/款/项 with non-zero amounts. */
export const T01_TREE: TableSpec = { ...base, variant: 'tree', sections: [income, expense([3, 5, 7], false)] };
