import type { NavSection } from '../workspace/WorkspaceNav';

/** The sections of an open 决算 draft. */
export type FinalSection =
  | 'basic'
  | 'expenses'
  | 'income'
  | 'balances'
  | 'figures'
  | 'three'
  | 'other'
  | 'texts'
  | 'tables'
  | 'report'
  | 'review'
  | 'history';

/** The 决算 workspace's navigation (drawn by WorkspaceNav). */
export const FINAL_SECTIONS: readonly NavSection<FinalSection>[] = [
  { id: 'basic', label: '基本信息', hint: '部门与单位' },
  { id: 'expenses', label: '支出决算', hint: '逐行填写决算数' },
  { id: 'income', label: '收入决算', hint: '按来源和功能科目' },
  { id: 'balances', label: '结转结余', hint: '年初结转、结余分配' },
  { id: 'figures', label: '预算数与上年数', hint: '预算数、上年数、原因' },
  { id: 'three', label: '“三公”经费', hint: '团组、车辆、接待' },
  { id: 'other', label: '采购与资产', hint: '政府采购、国有资产' },
  { id: 'texts', label: '文字说明', hint: '绩效自评、重点工作' },
  { id: 'tables', label: '公开表', hint: '公开01–09表' },
  { id: 'report', label: '情况说明', hint: '决算说明预览' },
  { id: 'review', label: '审核', hint: '错误与提示' },
  { id: 'history', label: '历史版本', hint: '保存与恢复' },
];
