import type { TableSpec } from '../spec';
import { basicColumns, CODE_NAME, ECON_LEVELS, fnRows, GPB_CURRENT, totalRow } from './common';

/** T05 一般公共预算支出表: lines paid by 一般公共预算 当年拨款. */
export const T05: TableSpec = {
  id: 'T05',
  variant: 'default',
  title: '一般公共预算支出表',
  labelColumns: CODE_NAME,
  sections: [
    {
      id: 'main',
      filter: GPB_CURRENT,
      columns: [
        { key: 'total', title: '合计', sumOf: ['basic', 'project'] },
        ...basicColumns('人员经费'),
        { key: 'project', title: '项目支出', filter: { kind: ['project'] } },
      ],
      rows: [totalRow(), fnRows()],
    },
  ],
};

/** T06 一般公共预算基本支出表: 基本支出 by economic 类/款. */
export const T06: TableSpec = {
  id: 'T06',
  variant: 'default',
  title: '一般公共预算基本支出表',
  labelColumns: CODE_NAME,
  sections: [
    {
      id: 'main',
      filter: { ...GPB_CURRENT, kind: ['personnel', 'public'] },
      columns: [
        { key: 'total', title: '合计', sumOf: ['personnel', 'public'] },
        { key: 'personnel', title: '人员经费', filter: { kind: ['personnel'] } },
        { key: 'public', title: '公用经费', filter: { kind: ['public'] } },
      ],
      rows: [totalRow(), { type: 'group', by: 'economic', prefix: 'econ:', levels: ECON_LEVELS }],
    },
  ],
};
