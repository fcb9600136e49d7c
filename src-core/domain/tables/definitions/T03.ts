import type { ColumnSpec, TableSpec } from '../spec';
import { basicColumns, CODE_NAME, fnRows, totalRow } from './common';

/** T03 部门支出总表: every expense line (all sources, current and carried over). */
export const T03_COLUMNS: ColumnSpec[] = [
  { key: 'total', title: '总计', sumOf: ['basic', 'project', 'operating', 'toSuperior', 'toSubsidiary'] },
  { ...basicColumns('人员经费')[0], optional: true },
  basicColumns('人员经费')[1],
  basicColumns('人员经费')[2],
  { key: 'project', title: '项目支出', filter: { kind: ['project'] } },
  { key: 'operating', title: '事业单位经营支出', filter: { kind: ['operating'] } },
  { key: 'toSuperior', title: '上缴上级支出', filter: { kind: ['toSuperior'] } },
  { key: 'toSubsidiary', title: '对附属单位补助支出', filter: { kind: ['toSubsidiary'] } },
];

const base = { id: 'T03', title: '部门支出总表', labelColumns: CODE_NAME } as const;

export const T03_BY_FUNCTION: TableSpec = {
  ...base,
  variant: 'byFunction',
  sections: [{ id: 'main', filter: { stream: 'expense' }, columns: T03_COLUMNS, rows: [totalRow(), fnRows()] }],
};

/** Zhejiang, department of several units: a block per unit (its subtotal, then its functions). */
export const T03_UNIT_BLOCKS: TableSpec = {
  ...base,
  variant: 'unitBlocks',
  sections: [
    {
      id: 'main',
      filter: { stream: 'expense' },
      columns: T03_COLUMNS,
      rows: [totalRow(), { type: 'group', by: 'unitFunction', prefix: 'unit:', levels: [3, 5, 7] }],
    },
  ],
};
