import type { ColumnSpec, TableSpec } from '../spec';
import { FN_LEVELS, GPB_CURRENT, totalRow } from './common';

/** The economic 类 of the year's catalogs, in code order (T14 prints one column per 类). */
const ECONOMIC_CLASSES: readonly [string, string][] = [
  ['301', '工资福利支出'],
  ['302', '商品和服务支出'],
  ['303', '对个人和家庭的补助'],
  ['307', '债务利息及费用支出'],
  ['309', '资本性支出（基本建设）'],
  ['310', '资本性支出'],
  ['311', '对企业补助（基本建设）'],
  ['312', '对企业补助'],
  ['313', '对社会保障基金补助'],
  ['399', '其他支出'],
];

const classColumns: ColumnSpec[] = ECONOMIC_CLASSES.map(([code, title]) => ({
  key: `econ:${code}`,
  title,
  group: '按经济分类',
  filter: { economicClass: [code] },
}));

/**
 * T14 一般公共预算项目支出情况表 (Xinjiang 表七): gpb current project spending, rows 类/款/项 with
 * each 项 followed by the projects spending under it (`fn:<code>/project:<code>`), columns the
 * 项目支出 total and one column per economic 类 (`econ:<class>`).
 */
export const T14: TableSpec = {
  id: 'T14',
  variant: 'default',
  title: '一般公共预算项目支出情况表',
  labelColumns: [
    { key: 'code', title: '科目编码' },
    { key: 'name', title: '科目名称（项目名称）' },
  ],
  sections: [
    {
      id: 'main',
      filter: { ...GPB_CURRENT, kind: ['project'] },
      columns: [{ key: 'total', title: '项目支出合计', sumOf: classColumns.map((c) => c.key) }, ...classColumns],
      rows: [totalRow(), { type: 'group', by: 'functionProject', prefix: 'fn:', levels: FN_LEVELS }],
    },
  ],
};
