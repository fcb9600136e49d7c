import type { TableSpec } from '../spec';
import { totalRow } from './common';

/**
 * T13 财政拨款重点项目支出预算表 (Zhejiang, 舟山 2022): the projects paid from 财政拨款, one row
 * `project:<code>` each with 单位代码, 单位名称, 二级项目名称 and the project's 绩效目标 (`goal`,
 * printed right of the amount as the seed prints it); one amount, `fiscal` 财政拨款金额 = 一般公共预算 + 政府性基金 + 国有资本经营预算, this year's and
 * carried-over money together.
 */
export const T13: TableSpec = {
  id: 'T13',
  variant: 'default',
  title: '财政拨款重点项目支出预算表',
  labelColumns: [
    { key: 'unitCode', title: '单位代码' },
    { key: 'unitName', title: '单位名称' },
    { key: 'projectName', title: '二级项目名称' },
    { key: 'goal', title: '绩效目标', afterAmounts: true },
  ],
  sections: [
    {
      id: 'main',
      filter: { stream: 'expense', kind: ['project'], source: ['gpb', 'gf', 'soc'] },
      columns: [{ key: 'fiscal', title: '财政拨款金额' }],
      rows: [totalRow(), { type: 'group', by: 'project', prefix: 'project:' }],
    },
  ],
};
