import type { ColumnSpec, TableSpec } from '../spec';
import { totalRow, UNIT_NAME } from './common';

const UNIT_FUNDS = ['business', 'operating', 'superior', 'subsidiary', 'other', 'unit'];
const PROJECT_LABELS = [
  { key: 'unitName', title: '单位名称' },
  { key: 'projectName', title: '项目名称' },
] as const;

const splitColumns: ColumnSpec[] = [
  { key: 'total', title: '合计', sumOf: ['gpb', 'gf', 'soc', 'co.gpb', 'co.gf', 'co.soc', 'special', 'unitFunds'] },
  { key: 'gpb', title: '一般公共预算', group: '本年拨款', filter: { source: ['gpb'], carryover: false } },
  { key: 'gf', title: '政府性基金预算', group: '本年拨款', filter: { source: ['gf'], carryover: false } },
  { key: 'soc', title: '国有资本经营预算', group: '本年拨款', filter: { source: ['soc'], carryover: false } },
  { key: 'co.gpb', title: '一般公共预算', group: '财政拨款结转结余', filter: { source: ['gpb'], carryover: true } },
  { key: 'co.gf', title: '政府性基金预算', group: '财政拨款结转结余', filter: { source: ['gf'], carryover: true } },
  { key: 'co.soc', title: '国有资本经营预算', group: '财政拨款结转结余', filter: { source: ['soc'], carryover: true } },
  { key: 'special', title: '财政专户管理资金', filter: { source: ['special'] } },
  { key: 'unitFunds', title: '单位资金', filter: { source: UNIT_FUNDS } },
];

const mergedColumns: ColumnSpec[] = [
  { key: 'total', title: '总计', sumOf: ['gpb', 'gf', 'soc', 'special', 'unitFunds'] },
  { key: 'gpb', title: '一般公共预算', filter: { source: ['gpb'] } },
  { key: 'gf', title: '政府性基金', filter: { source: ['gf'] } },
  { key: 'soc', title: '国有资本经营预算', filter: { source: ['soc'] } },
  { key: 'special', title: '财政专户管理资金', filter: { source: ['special'] } },
  { key: 'unitFunds', title: '单位资金', filter: { source: UNIT_FUNDS } },
];

/**
 * Zhejiang with carried-over money: 一般公共预算, 政府性基金, 国有资本经营预算 of this year's 拨款,
 * then the 财政拨款结转结余 apart (a layout may print that block only when the draft has it).
 */
const carryoverApartColumns: ColumnSpec[] = [
  { ...splitColumns[0], title: '总计' },
  { key: 'gpb', title: '一般公共预算', filter: { source: ['gpb'], carryover: false } },
  { key: 'gf', title: '政府性基金', filter: { source: ['gf'], carryover: false } },
  { key: 'soc', title: '国有资本经营预算', filter: { source: ['soc'], carryover: false } },
  ...splitColumns.slice(4),
];

/**
 * A table of project spending (every expense line of kind `project`) labelled by unit and project
 * name: rows by project (T10) or by 一级项目 (T10A, `parent:` rows), in one of the column sets above.
 */
export const projectSpendingTable = (
  id: 'T10' | 'T10A',
  variant: string,
  title: string,
  columns: ColumnSpec[],
): TableSpec => ({
  id,
  variant,
  title,
  labelColumns: PROJECT_LABELS,
  sections: [
    {
      id: 'main',
      filter: { stream: 'expense', kind: ['project'] },
      columns,
      rows: [
        totalRow(),
        id === 'T10'
          ? { type: 'group', by: 'project', prefix: 'project:' }
          : { type: 'group', by: 'projectParent', prefix: 'parent:' },
      ],
    },
  ],
});

/** T10 项目支出表, current and carried-over 财政拨款 in separate columns. */
export const T10_SPLIT = projectSpendingTable('T10', 'split', '项目支出表', splitColumns);
/** T10 as Zhejiang prints it: current and carried over merged per source. */
export const T10_MERGED = projectSpendingTable('T10', 'merged', '项目支出表', mergedColumns);
/** T10 as Zhejiang prints it for a department with carried-over money: this year's 拨款 and 结转结余 apart. */
export const T10_CARRYOVER_APART = projectSpendingTable('T10', 'carryoverApart', '项目支出表', carryoverApartColumns);

/**
 * T11 项目支出绩效目标表: a text table built from the projects and their indicators
 * (engine/text-table.ts); its amounts are the engine's project sums (no accumulators of its own).
 */
export const T11: TableSpec = {
  id: 'T11',
  variant: 'default',
  title: '项目支出绩效目标表',
  kind: 'text',
  labelColumns: [
    { key: 'unitName', title: '单位名称' },
    { key: 'projectName', title: '项目名称' },
  ],
  sections: [],
};

/**
 * T11 printed as one form per project (Chongqing 表十 项目绩效目标表): the same rows as T11, each
 * project a form of its own (export/paper/project-form.ts, drawn by Excel, print and screen). Any layout may choose it.
 */
export const T11_PER_PROJECT: TableSpec = {
  ...T11,
  variant: 'perProject',
  title: '项目支出绩效目标表（每个项目一张表）',
  print: 'perProject',
};

/** T12 政府采购预算表. */
export const T12: TableSpec = {
  id: 'T12',
  variant: 'default',
  title: '政府采购预算表',
  labelColumns: UNIT_NAME,
  sections: [
    {
      id: 'main',
      filter: { stream: 'procurement' },
      columns: [
        { key: 'total', title: '合计', sumOf: ['goods', 'works', 'services'] },
        { key: 'goods', title: '货物', filter: { procKind: ['goods'] } },
        { key: 'works', title: '工程', filter: { procKind: ['works'] } },
        { key: 'services', title: '服务', filter: { procKind: ['services'] } },
      ],
      rows: [totalRow(), { type: 'group', by: 'unit', prefix: 'unit:' }],
    },
  ],
};
