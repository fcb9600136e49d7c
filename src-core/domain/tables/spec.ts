/**
 * Declarative table definitions (docs/tables.md). A table is sections of rows × columns; every cell is
 * the exact sum of the facts (draft lines) that pass the section's, the row's and the column's
 * filters, rounded on its own to the publish unit. Definitions are data: the derivation engine
 * (engine/pivot.ts) interprets them; export, preview, report and CLI read what it derives.
 */

/** Which draft array a fact comes from. */
export type Stream = 'income' | 'expense' | 'carryForward' | 'procurement';

/**
 * Facts of a 决算 draft (docs/final-accounts.md) besides its income, expense and procurement lines:
 * the three amounts of a balance line (年初结转和结余, 使用非财政拨款结余, 结余分配) and the
 * `fn:<code>` figures of its 年初预算数 / 全年预算数.
 */
export type FinalStream = 'opening' | 'surplusUsed' | 'distribution' | 'budgetInitial' | 'budgetAdjusted';

/** Any stream a fact can come from. */
export type FactStream = Stream | FinalStream;

/** A filter on facts. Absent keys do not filter. All present keys must match. */
export interface FactFilter {
  stream?: FactStream | readonly FactStream[];
  source?: readonly string[];
  carryover?: boolean;
  kind?: readonly string[];
  /** Economic 款 codes (exact, 5 digits). */
  economic?: readonly string[];
  /** Economic 类 codes (3 digits): codes starting with one of them (T14 columns by class). */
  economicClass?: readonly string[];
  /** Procurement kind (goods/works/services). */
  procKind?: readonly string[];
  /** Type of the line's unit (admin/civil/institution). */
  unitType?: readonly string[];
}

/**
 * `functionProject`: 类/款/项 rows, each 项 followed by the projects spending under it (T14).
 * `projectParent`: one row per 一级项目, the projects summed by their `parent` (T10A); a project
 * without a parent is its own 一级项目.
 */
export type GroupBy =
  'function' | 'economic' | 'unit' | 'project' | 'unitFunction' | 'functionProject' | 'projectParent';

export interface FixedRowSpec {
  type: 'fixed';
  key: string;
  name: string;
  filter?: FactFilter;
  /** The row is the sum of these rows ('@top': the top-level rows of the section's group). */
  sumOf?: readonly string[];
  /** 0 for 合计/总计 rows, 1 for first-level headings, … */
  level?: number;
  /** Rows printed bold (合计, 总计). */
  emphasis?: boolean;
  /** Shows the department's name instead of `name` (T02 `dept`). */
  nameFrom?: 'department';
  /**
   * Facts (among those the row takes) that count negatively: a derived balance such as 年末结转和结余
   * = opening + income + surplusUsed − expenses − distribution is a row taking all five streams and
   * subtracting the last two. Combines with a column's `subtract` (minus times minus adds).
   */
  subtract?: FactFilter;
}

export interface GroupRowSpec {
  type: 'group';
  by: GroupBy;
  /** Key prefix: `fn:` → `fn:201`, `out:fn:` → `out:fn:201`, `econ:`, `unit:`, `project:`. */
  prefix: string;
  /** Classification levels listed, as code lengths: [3, 5, 7] for 类/款/项. */
  levels?: readonly number[];
  filter?: FactFilter;
  /** List every 类 of the catalog even when zero (财政部 template T01). */
  listCatalogClasses?: boolean;
}

export type RowSpec = FixedRowSpec | GroupRowSpec;

export interface ColumnSpec {
  key: string;
  title: string;
  filter?: FactFilter;
  /** The column is the sum of these columns (checked by R-ROUND). */
  sumOf?: readonly string[];
  /** Title of the merged header cell above this column (基本支出 over 人员经费/公用经费). */
  group?: string;
  /** An extra the layout may or may not print (T03 `basic`, T07 `prior.*`). */
  optional?: boolean;
  /** Value taken from the draft's `prior` (sum of these keys) instead of facts; only on `priorRow`. */
  prior?: readonly string[];
  priorRow?: string;
  /** Facts (among those the column takes) that count negatively, as `FixedRowSpec.subtract`. */
  subtract?: FactFilter;
  /**
   * Value taken from figures the draft records rather than from facts (决算 公开09 预算数: the
   * 全年预算数 of `budget.adjusted`), on one row only; the engine resolves the keys.
   */
  figure?: { from: 'budget.initial' | 'budget.adjusted'; keys: readonly string[]; row: string };
}

export interface SectionSpec {
  /** `in`/`out` for two-sided tables (收入 / 支出), `main` otherwise. */
  id: string;
  title?: string;
  filter: FactFilter;
  rows: readonly RowSpec[];
  columns: readonly ColumnSpec[];
}

export interface TableSpec {
  /** Stable id, T01…T14 (T10A). */
  id: string;
  /** Variant id, chosen by the layout (e.g. T02 `byUnit` / `byFunction`). */
  variant: string;
  title: string;
  /** Descriptive header columns, printed left of the amounts unless `afterAmounts` (科目编码, 科目名称, 单位名称…). */
  labelColumns: readonly LabelColumn[];
  sections: readonly SectionSpec[];
  /** Text tables (T11) are built by a dedicated builder, not by the pivot engine. */
  kind?: 'pivot' | 'text';
  /**
   * How a text table is printed: `list` (default) one table with a block of rows per project;
   * `perProject` one form per project (Chongqing 表十 项目绩效目标表: 项目名称, 项目负责人及联系电话,
   * 主管部门, 实施单位, amounts, 绩效目标, 预算执行率权重, then the indicators).
   */
  print?: 'list' | 'perProject';
  /** Amount unit of the table when a layout sets one (`LayoutTable.unit`); the draft's publish unit otherwise. */
  unit?: 'yuan' | 'wanyuan';
}

export interface LabelColumn {
  /**
   * `fnClass`/`fnItem`/`fnSection`: the 类/款/项 digits of a function code in columns of their own;
   * `unitCode`: the 单位编码 of a unit or project row; `goal`: a project's 绩效目标 text (T13).
   */
  key:
    | 'code'
    | 'name'
    | 'unitName'
    | 'unitCode'
    | 'projectName'
    | 'category'
    | 'parent'
    | 'goal'
    | 'fnClass'
    | 'fnItem'
    | 'fnSection';
  title: string;
  /**
   * Printed right of the amounts instead of left of them (T13's 绩效目标, after 财政拨款金额, as the
   * 舟山 seed prints it). Every paper form (Excel sheet, printed report, preview) honours it.
   */
  afterAmounts?: boolean;
}
