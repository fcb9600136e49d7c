/**
 * The closed vocabularies of the draft file (docs/draft-format.md), with their official Chinese names.
 */

/** 收入来源 of 本年收入 (carryover: false). */
export const CURRENT_SOURCES = [
  'gpb',
  'gf',
  'soc',
  'special',
  'business',
  'operating',
  'superior',
  'subsidiary',
  'other',
] as const;
/** Sources of 上年结转结余 (carryover: true). */
export const CARRYOVER_SOURCES = ['gpb', 'gf', 'soc', 'special', 'unit'] as const;

export type CurrentSource = (typeof CURRENT_SOURCES)[number];
export type CarryoverSource = (typeof CARRYOVER_SOURCES)[number];
export type Source = CurrentSource | CarryoverSource;

/** Every source, current ones first (a source such as gpb is both a current and a carried-over one). */
export const ALL_SOURCES: readonly Source[] = [...new Set<Source>([...CURRENT_SOURCES, ...CARRYOVER_SOURCES])];

export const SOURCE_NAMES: Record<Source, string> = {
  gpb: '一般公共预算拨款收入',
  gf: '政府性基金预算拨款收入',
  soc: '国有资本经营预算拨款收入',
  special: '财政专户管理资金收入',
  business: '事业收入（不含财政专户管理资金）',
  operating: '事业单位经营收入',
  superior: '上级补助收入',
  subsidiary: '附属单位上缴收入',
  other: '其他收入',
  unit: '单位资金结转结余',
};

/** Short names used in table headers and messages. */
export const SOURCE_SHORT_NAMES: Record<Source, string> = {
  gpb: '一般公共预算',
  gf: '政府性基金预算',
  soc: '国有资本经营预算',
  special: '财政专户管理资金',
  business: '事业收入',
  operating: '事业单位经营收入',
  superior: '上级补助收入',
  subsidiary: '附属单位上缴收入',
  other: '其他收入',
  unit: '单位资金',
};

export function isValidSource(source: string, carryover: boolean): source is Source {
  const list: readonly string[] = carryover ? CARRYOVER_SOURCES : CURRENT_SOURCES;
  return list.includes(source);
}

/** 支出类型. */
export const EXPENSE_KINDS = ['personnel', 'public', 'project', 'operating', 'toSuperior', 'toSubsidiary'] as const;
export type ExpenseKind = (typeof EXPENSE_KINDS)[number];

export const EXPENSE_KIND_NAMES: Record<ExpenseKind, string> = {
  personnel: '人员经费',
  public: '公用经费',
  project: '项目支出',
  operating: '事业单位经营支出',
  toSuperior: '上缴上级支出',
  toSubsidiary: '对附属单位补助支出',
};

/** 预算单位类型. */
export const UNIT_TYPES = ['admin', 'civil', 'institution'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const UNIT_TYPE_NAMES: Record<UnitType, string> = {
  admin: '行政单位',
  civil: '参照公务员法管理的事业单位',
  institution: '事业单位',
};

export const PROCUREMENT_KINDS = ['goods', 'works', 'services'] as const;
export type ProcurementKind = (typeof PROCUREMENT_KINDS)[number];
export const PROCUREMENT_KIND_NAMES: Record<ProcurementKind, string> = {
  goods: '货物',
  works: '工程',
  services: '服务',
};

export const INDICATOR_OPS = ['=', '≥', '≤', '>', '<', '定性'] as const;

/** Keys of `prior.actual` / `prior.budget` besides `fn:<code>`. */
export const PRIOR_KEYS = [
  'incomeTotal',
  'expenseTotal',
  'fiscal',
  'gpb',
  'basic',
  'personnel',
  'public',
  'project',
  'threeTotal',
  'abroad',
  'vehiclePurchase',
  'vehicleOperation',
  'reception',
  'officeOperation',
  'procurement',
] as const;
export type PriorKey = (typeof PRIOR_KEYS)[number];

// ---- 部门决算 (final accounts, docs/final-accounts.md) ---------------------------------------------

/** 收入来源 of a 决算 draft, in the order 公开01表 prints them (财政拨款 first). */
export const FINAL_SOURCES = ['gpb', 'gf', 'soc', 'superior', 'business', 'operating', 'subsidiary', 'other'] as const;
export type FinalSource = (typeof FINAL_SOURCES)[number];

/** 财政拨款: the three budgets a 财政 department appropriates from. */
export const FISCAL_SOURCES = ['gpb', 'gf', 'soc'] as const;

/** Names of the 决算 sources as 公开01表 prints them. */
export const FINAL_SOURCE_NAMES: Record<FinalSource, string> = {
  gpb: '一般公共预算财政拨款收入',
  gf: '政府性基金预算财政拨款收入',
  soc: '国有资本经营预算财政拨款收入',
  superior: '上级补助收入',
  business: '事业收入',
  operating: '经营收入',
  subsidiary: '附属单位上缴收入',
  other: '其他收入',
};

/** Counts of the “三公” text of a 决算 (`three`): 团组/人次, vehicles, reception batches and persons. */
export const THREE_COUNT_KEYS = [
  'abroadGroups',
  'abroadPersons',
  'vehiclesBought',
  'vehiclesHeld',
  'receptionDomesticBatches',
  'receptionDomesticPersons',
  'receptionForeignBatches',
  'receptionForeignPersons',
] as const;
export type ThreeCountKey = (typeof THREE_COUNT_KEYS)[number];

export const THREE_COUNT_NAMES: Record<ThreeCountKey, string> = {
  abroadGroups: '因公出国（境）团组数',
  abroadPersons: '因公出国（境）人次',
  vehiclesBought: '购置公务用车数量',
  vehiclesHeld: '公务用车保有量',
  receptionDomesticBatches: '国内公务接待批次',
  receptionDomesticPersons: '国内公务接待人次',
  receptionForeignBatches: '外宾接待批次',
  receptionForeignPersons: '外宾接待人次',
};
