/**
 * A layout (版式, docs/layouts.md) is data: which tables in which order, their numbering, titles
 * and header lines, which optional rows and columns are printed, and the sentence of an empty
 * table. Layout files live in resources/layouts/*.json or are imported by the officer; their
 * structure is checked by `readLayout` (read-layout.ts) against the schema in schema.ts.
 */
export interface Layout {
  id: string;
  name: string;
  /** What the layout follows (e.g. “垫江县 2024 单位预算”); shown when a layout file is imported. */
  description?: string;
  /** Title pattern of the whole set, e.g. “{department}{year}年部门预算公开表”. */
  title?: string;
  tables: LayoutTable[];
  /** Who counts for 机关运行经费: admin + civil units (default) or every unit (Xinjiang). */
  officeOperationScope?: 'adminCivil' | 'all';
  /** Rules: severity overrides and disabled rules for this region. */
  rules?: { severity?: Record<string, 'error' | 'warning'>; disabled?: string[] };
  /** Comparison basis per prior key (`actual` 执行数 or `budget` 预算数); default: actual if present. */
  priorBasis?: Record<string, 'actual' | 'budget'>;
  /** How the printed report words what regions word differently (docs/layouts.md “Report wording”). */
  report?: LayoutReport;
}

/** Report wording of a layout, laid over the report profile (src-core/domain/report/profile.ts). */
export interface LayoutReport {
  /** Structure and titles of the report: `national` (财政部 reference) or `zhejiang` (舟山 2022). */
  style?: 'national' | 'zhejiang';
  /** What the document calls the budget, e.g. “单位预算” (default “部门预算”). */
  budgetName?: string;
  /** Titles of the parts, by part id (overview, tables, explanation, glossary, contact). */
  partTitles?: Partial<Record<'overview' | 'tables' | 'explanation' | 'glossary' | 'contact', string>>;
  /** Titles of the 情况说明 sections, by section id (overall, income, … other). */
  sectionTitles?: Partial<
    Record<'overall' | 'income' | 'expense' | 'fiscal' | 'gpb' | 'basic' | 'gf' | 'soc' | 'three' | 'other', string>
  >;
  /** Names the sentences give to income sources (gpb, gf, soc, special, … carryover). */
  incomeNames?: Partial<Record<string, string>>;
}

/** Function-code lengths: 3 = 类, 5 = 款, 7 = 项. */
export type FunctionLevel = 3 | 5 | 7;

export interface LayoutTable {
  /** T01…T12, T14. */
  table: string;
  /** Variant of the table definition; `default` when absent. */
  variant?: string;
  /** Numbering label printed before the title: “表一”, “公开01表”; none when absent. */
  number?: string;
  /** Title pattern: {year}, {department}, {shortName}. */
  title: string;
  /** Sheet / tab name; defaults to number + title. */
  sheetName?: string;
  /** Row keys (exact) or prefixes ending in `*` that are not printed. */
  hideRows?: string[];
  /** Column keys not printed. */
  hideColumns?: string[];
  /** Rows (keys or prefixes ending in `*`) printed only when they hold an amount (Zhejiang 上年结转). */
  hideRowsIfZero?: string[];
  /** Columns printed only when some row holds an amount in them (Zhejiang 财政拨款结转结余). */
  hideColumnsIfZero?: string[];
  /** Column titles replaced for this region (e.g. personnel → 人员支出). */
  columnTitles?: Record<string, string>;
  /** Row names replaced for this region. */
  rowNames?: Record<string, string>;
  /** Prints the 栏次 row (** 1 2 3 …) under the header. */
  columnNumbers?: boolean;
  /** Sentence printed when the table has no data, e.g. “{shortName}{year}年没有使用政府性基金预算拨款安排的支出”. */
  emptySentence?: string;
  /**
   * T01 (variant `classes`): the 类 listed even when zero, in code order; default every 类 of the
   * catalog. Non-zero 类 are always listed.
   */
  listClasses?: string[];
  /** T03: use unit blocks only when the department has several units (default true). */
  unitBlocksOnlyIfMultiUnit?: boolean;
  /** Columns printed first, in this order; the others follow in the definition's order. */
  columnOrder?: string[];
  /** Levels of the function rows (by code length: 3 类, 5 款, 7 项); default the definition's. */
  functionLevels?: FunctionLevel[];
  /** Prints the function code in three columns 类 | 款 | 项 instead of one 科目编码 column. */
  splitCode?: boolean;
  /** Amount unit of this table when it differs from the draft's publish unit (Shanghai 三公 in 万元). */
  unit?: 'yuan' | 'wanyuan';
  /**
   * Prints a 单位编码 column before 单位名称 when the table is in 元 (Zhejiang documents in 元); tables
   * whose rows are units or projects (T02 by unit, T07, T10, T10A, T12).
   */
  unitCodeIfYuan?: boolean;
}
