import type { ColumnSpec, FactFilter, LabelColumn, RowSpec } from '../spec';

/** Shared pieces of the table definitions. */
export const FN_LEVELS = [3, 5, 7] as const;
export const ECON_LEVELS = [3, 5] as const;

export const CURRENT: FactFilter = { carryover: false };
export const GPB_CURRENT: FactFilter = { stream: 'expense', source: ['gpb'], carryover: false };

export const CODE_NAME: readonly LabelColumn[] = [
  { key: 'code', title: '科目编码' },
  { key: 'name', title: '科目名称' },
];
export const UNIT_NAME: readonly LabelColumn[] = [{ key: 'name', title: '单位名称' }];

export const totalRow = (key = 'total', name = '合计'): RowSpec => ({
  type: 'fixed',
  key,
  name,
  sumOf: ['@top'],
  level: 0,
  emphasis: true,
});

export const fnRows = (prefix = 'fn:'): RowSpec => ({ type: 'group', by: 'function', prefix, levels: FN_LEVELS });

/** 基本支出 (人员经费 + 公用经费) and its parts, as T03/T05 print them. */
export const basicColumns = (personnelTitle: string): ColumnSpec[] => [
  {
    key: 'basic',
    title: '小计',
    group: '基本支出',
    filter: { kind: ['personnel', 'public'] },
    sumOf: ['personnel', 'public'],
  },
  { key: 'personnel', title: personnelTitle, group: '基本支出', filter: { kind: ['personnel'] } },
  { key: 'public', title: '公用经费', group: '基本支出', filter: { kind: ['public'] } },
];
