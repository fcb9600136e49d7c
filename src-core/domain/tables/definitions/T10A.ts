import { projectSpendingTable, T10_CARRYOVER_APART, T10_MERGED, T10_SPLIT } from './T10_T12';
import type { TableSpec } from '../spec';

/**
 * T10A 项目支出预算表 by 一级项目, as Zhejiang prints it after the 项目支出表 (舟山 2022): the same
 * spending and columns as T10, one row `parent:<一级项目名称>` per 一级项目 (the projects' `parent`;
 * a project without one is its own). One variant per T10 variant, so that a layout prints both
 * with the same columns.
 */
const byParent = (t10: TableSpec): TableSpec =>
  projectSpendingTable('T10A', t10.variant, '项目支出预算表（按一级项目）', [...t10.sections[0].columns]);

export const T10A_SPLIT = byParent(T10_SPLIT);
export const T10A_MERGED = byParent(T10_MERGED);
export const T10A_CARRYOVER_APART = byParent(T10_CARRYOVER_APART);
