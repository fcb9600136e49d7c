import {
  ECONOMIC_SYN,
  fd,
  FUNCTION_SYN,
  KIND_SYN,
  PROJECT_SYN,
  SHEET_FIELDS,
  SHEET_NAMES,
  SOURCE_SYN,
  UNIT_NAME_SYN,
  UNIT_SYN,
  type FieldDef,
  type SheetKindSet,
} from './fields';

/**
 * The sheets of a 决算 import (docs/final-accounts.md, “Import”) and the headers that name their
 * fields — data, read by the same header mapping as the 预算 import (mapping.ts). Lines carry
 * 决算数 and no 是否上年结转 (spending out of money carried in is still 本年支出); income is by
 * function 项 (公开02表); a 结转结余 sheet gives 年初结转和结余, 使用非财政拨款结余 and 结余分配.
 * 单位 and 项目 sheets are the 预算 template's.
 */
export type FinalSheetKind = 'finalExpenses' | 'finalIncome' | 'balances' | 'units' | 'projects';

const FINAL_AMOUNT_SYN = [
  '决算数',
  '本年决算数',
  '决算金额',
  '金额',
  '本年支出',
  '支出决算数',
  '本年收入',
  '收入决算数',
  '合计',
  '数额',
];

export const FINAL_SHEET_FIELDS: Record<FinalSheetKind, FieldDef[]> = {
  finalExpenses: [
    fd('unit', '单位编码', false, UNIT_SYN),
    fd('unitName', '单位名称', false, UNIT_NAME_SYN),
    fd('function', '功能科目编码', true, FUNCTION_SYN),
    fd('economic', '经济科目编码', true, ECONOMIC_SYN),
    fd('kind', '支出类型', true, KIND_SYN),
    fd('source', '资金来源', true, SOURCE_SYN),
    fd('project', '项目编码', false, PROJECT_SYN),
    fd('projectName', '项目名称', false, []),
    fd('amount', '决算数', true, FINAL_AMOUNT_SYN),
    fd('note', '备注', false, ['说明']),
  ],
  finalIncome: [
    fd('unit', '单位编码', true, UNIT_SYN),
    fd('source', '资金来源', true, SOURCE_SYN),
    fd('function', '功能科目编码', true, FUNCTION_SYN),
    fd('amount', '决算数', true, FINAL_AMOUNT_SYN),
  ],
  balances: [
    fd('unit', '单位编码', true, UNIT_SYN),
    fd('source', '资金来源', true, SOURCE_SYN),
    fd('function', '功能科目编码', false, FUNCTION_SYN),
    fd('opening', '年初结转和结余', true, ['年初结转结余', '年初结转', '上年结转和结余', '年初数'], { money: true }),
    fd('surplusUsed', '使用非财政拨款结余', false, ['使用非财政拨款结余（含专用结余）', '使用结余'], { money: true }),
    fd('distribution', '结余分配', false, ['结余分配数'], { money: true }),
  ],
  units: SHEET_FIELDS.units,
  projects: SHEET_FIELDS.projects,
};

/** Sheet names of the 决算 template, and the names of other files' sheets that say the same. */
export const FINAL_SHEET_NAMES: Record<FinalSheetKind, string[]> = {
  finalExpenses: ['支出决算明细', '支出决算', '支出明细', '支出决算明细表', '支出'],
  finalIncome: ['收入决算', '收入决算明细', '收入决算表', '收入'],
  balances: ['结转结余', '年初结转和结余', '结转和结余', '结转结余表'],
  units: SHEET_NAMES.units,
  projects: SHEET_NAMES.projects,
};

/** The 决算 sheets' names as the messages say them. */
export const FINAL_KIND_NAMES: Record<FinalSheetKind, string> = {
  finalExpenses: '支出决算明细',
  finalIncome: '收入决算',
  balances: '结转结余',
  units: '单位',
  projects: '项目',
};

/** The 决算 import's sheets, 支出决算明细 the primary one (a file of one sheet is taken for it). */
export const FINAL_SHEET_KINDS: SheetKindSet<FinalSheetKind> = {
  names: FINAL_SHEET_NAMES,
  order: ['finalExpenses', 'balances', 'finalIncome', 'projects', 'units'],
  primary: 'finalExpenses',
};
