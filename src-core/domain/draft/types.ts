import type { AmountUnit } from '../money/units';
import type { ExpenseKind, ProcurementKind, Source, UnitType } from './vocabulary';

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
