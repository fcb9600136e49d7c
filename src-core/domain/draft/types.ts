import type { AmountUnit } from '../money/units';
import type { ExpenseKind, FinalSource, ProcurementKind, Source, ThreeCountKey, UnitType } from './vocabulary';

/**
 * The budget draft (docs/draft-format.md, format version 1): only what a person decides.
 * Amounts are decimal strings in `amountUnit`. Unknown keys of any object are kept in `extra`
 * so that a file round-trips losslessly. Optional keys absent from the file stay `undefined`.
 */
export interface Draft {
  format: 'dept-budget-draft';
  formatVersion: number;
  stage: 'budget';
  year: number;
  amountUnit: AmountUnit;
  publishUnit: AmountUnit;
  department: Department;
  units: BudgetUnit[];
  income: IncomeLine[];
  expenses: ExpenseLine[];
  carryForward: CarryForwardLine[];
  projects: Project[];
  procurement: ProcurementItem[];
  assets: Assets;
  prior: Prior;
  text: DraftText;
  catalogExtras: CatalogExtra[];
  reviews: Review[];
  extra?: Extra;
}

export type Extra = Record<string, unknown>;

export interface Department {
  code: string;
  name: string;
  shortName?: string;
  extra?: Extra;
}

/** 预算单位. */
export interface BudgetUnit {
  code: string;
  name: string;
  type: UnitType;
  extra?: Extra;
}

export interface IncomeLine {
  unit: string;
  source: Source;
  carryover: boolean;
  amount: string;
  extra?: Extra;
}

/** One expenditure line: both classification codes, the kind, the fund it is paid from. */
export interface ExpenseLine {
  unit: string;
  /** 支出功能分类 项 code, 7 digits. */
  function: string;
  /** 部门预算支出经济分类 款 code, 5 digits. */
  economic: string;
  kind: ExpenseKind;
  source: Source;
  carryover: boolean;
  amount: string;
  project?: string | null;
  note?: string;
  extra?: Extra;
}

/** 年终结转结余. */
export interface CarryForwardLine {
  unit: string;
  source: Source;
  amount: string;
  extra?: Extra;
}

export interface Indicator {
  level1: string;
  level2: string;
  level3: string;
  op: string;
  value: string;
  unit: string;
  weight: number | null;
  extra?: Extra;
}

export interface Project {
  code: string;
  unit: string;
  name: string;
  parent?: string;
  category?: string;
  period?: string;
  basis?: string;
  goal?: string;
  executionWeight?: number | null;
  indicators: Indicator[];
  extra?: Extra;
}

export interface ProcurementItem {
  unit: string;
  project?: string | null;
  item: string;
  kind: ProcurementKind;
  amount: string;
  extra?: Extra;
}

/** Free-form asset facts (国有资产占有使用情况); kept as the file has them. */
export type Assets = Record<string, unknown>;

export interface Prior {
  year?: number;
  /** 上年执行数, keyed by PriorKey or `fn:<code>`; decimal strings in amountUnit. */
  actual?: Record<string, string>;
  /** 上年预算数. */
  budget?: Record<string, string>;
  extra?: Extra;
}

export interface DraftText {
  functions?: string;
  composition?: string;
  staffing?: string;
  reasons?: Record<string, string>;
  purposes?: Record<string, string>;
  notes?: Record<string, string>;
  contact?: string;
  extra?: Extra;
}

export interface CatalogExtra {
  scheme: 'function' | 'economic';
  code: string;
  name: string;
  description?: string;
  extra?: Extra;
}

/** 出错说明: a warning the officer has explained. */
export interface Review {
  rule: string;
  target: unknown;
  note: string;
  extra?: Extra;
}

/** The line type of each stream of lines (expenses[], income[], carryForward[], procurement[]). */
export interface LinesByStream {
  expense: ExpenseLine;
  income: IncomeLine;
  carryForward: CarryForwardLine;
  procurement: ProcurementItem;
}

/** A draft without its four line arrays: units, projects, texts, prior figures, unknown keys … */
export type DraftHead = Omit<Draft, 'expenses' | 'income' | 'carryForward' | 'procurement'>;

// ---- 部门决算 (final accounts, docs/final-accounts.md; format version 2) --------------------------

/**
 * The 决算 draft of the closed `year`: what was actually received and spent, by unit. Same file
 * family as the budget draft (`format`, units, projects, texts …); income and expense lines change
 * shape (income by function, no carry-over flag), and balances, budget figures, 三公 counts come in.
 * Everything printed — tables, totals, 年末结转和结余, rates — is derived from it.
 */
export interface FinalDraft {
  format: 'dept-budget-draft';
  formatVersion: number;
  stage: 'final';
  year: number;
  amountUnit: AmountUnit;
  publishUnit: AmountUnit;
  department: Department;
  units: BudgetUnit[];
  income: FinalIncomeLine[];
  expenses: FinalExpenseLine[];
  balances: BalanceLine[];
  projects: Project[];
  budget: FinalBudget;
  prior: FinalPrior;
  three: ThreeCounts;
  procurement: FinalProcurementItem[];
  assets: Assets;
  text: FinalText;
  catalogExtras: CatalogExtra[];
  reviews: Review[];
  extra?: Extra;
}

/** 本年收入 by unit, source and function 项 (公开02表 is by function). */
export interface FinalIncomeLine {
  unit: string;
  source: FinalSource;
  /** 支出功能分类 项 code the income was received for, 7 digits. */
  function: string;
  amount: string;
  extra?: Extra;
}

/** 本年支出 (决算数): spending from money carried in from earlier years is still 本年支出. */
export interface FinalExpenseLine {
  unit: string;
  function: string;
  economic: string;
  kind: ExpenseKind;
  source: FinalSource;
  amount: string;
  project?: string | null;
  note?: string;
  extra?: Extra;
}

/**
 * 年初结转和结余, 使用非财政拨款结余 and 结余分配 of a unit × source (× function 项 for 政府性基金).
 * 年末结转和结余 is not here: it is derived (opening + income + surplusUsed − expenses − distribution).
 */
export interface BalanceLine {
  unit: string;
  source: FinalSource;
  function?: string;
  opening: string;
  surplusUsed?: string;
  distribution?: string;
  extra?: Extra;
}

/** 年初预算数 and 全年预算数 (after adjustments), keyed like `prior` (`fn:<code>`, `threeTotal` …). */
export interface FinalBudget {
  initial?: Record<string, string>;
  adjusted?: Record<string, string>;
  extra?: Extra;
}

/**
 * Last year's 决算数: a flat object, `year` (optional) and amounts keyed like the budget draft's
 * `prior.actual` (`incomeTotal`, `fiscal`, `threeTotal`, `fn:<code>` …), as decimal strings.
 */
export type FinalPrior = { year?: number } & Record<string, string | number | undefined>;

/** Counts for the “三公” text, and `receptionForeign`: the part of 公务接待费 spent on 外宾接待. */
export type ThreeCounts = Partial<Record<ThreeCountKey, number>> & { receptionForeign?: string; extra?: Extra };

/** 政府采购 contract amounts by kind; `sme`: the part granted to 中小企业. */
export interface FinalProcurementItem {
  unit: string;
  kind: ProcurementKind;
  amount: string;
  sme?: string;
  extra?: Extra;
}

/** 预算绩效 texts: 管理工作开展情况, 整体支出自评结果, 项目支出自评结果, 自评结果应用. */
export interface PerformanceText {
  management?: string;
  overall?: string;
  projects?: string;
  application?: string;
  extra?: Extra;
}

/** The budget draft's texts plus 预算绩效 and 重点工作完成情况; `reasons` also keyed `exec:fn:<code>`. */
export interface FinalText extends DraftText {
  performance?: PerformanceText;
  achievements?: string;
}

/** The line type of each stream of lines of a 决算 draft. */
export interface FinalLinesByStream {
  expense: FinalExpenseLine;
  income: FinalIncomeLine;
  balance: BalanceLine;
  procurement: FinalProcurementItem;
}

/** A 决算 draft without its line arrays. */
export type FinalDraftHead = Omit<FinalDraft, 'expenses' | 'income' | 'balances' | 'procurement'>;
