/**
 * A layout (template) is data (docs/tables.md “Layouts”): which tables in which order, their numbering,
 * titles and header lines, which optional rows and columns are printed, and the sentence of an
 * empty table. Layout files live in resources/layouts/*.json; adding one needs no code.
 */
export interface Layout {
  id: string;
  name: string;
  /** Title pattern of the whole set, e.g. “{department}{year}年部门预算公开表”. */
  title?: string;
  tables: LayoutTable[];
  /** Who counts for 机关运行经费: admin + civil units (default) or every unit (Xinjiang). */
  officeOperationScope?: 'adminCivil' | 'all';
  /** Rules: severity overrides and disabled rules for this region. */
  rules?: { severity?: Record<string, 'error' | 'warning'>; disabled?: string[] };
  /** Comparison basis per prior key (`actual` 执行数 or `budget` 预算数); default: actual if present. */
  priorBasis?: Record<string, 'actual' | 'budget'>;
}

export interface LayoutTable {
  /** T01…T12. */
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
}
