import type { AmountUnit } from '../money/units';

/** A derived table as `tables --json` prints it (docs/tables.md “Conventions”). */
export interface DerivedTable {
  id: string;
  variant: string;
  title: string;
  /** Numbering label (表一 …) from the layout, '' when none. */
  number: string;
  unit: AmountUnit;
  /** Descriptive columns (科目编码, 科目名称 …) printed left of the amounts. */
  labelColumns: { key: string; title: string }[];
  columns: DerivedColumn[];
  rows: DerivedRow[];
  notes: string[];
  /** True when the table has no data (the layout's sentence is then in `notes`). */
  empty: boolean;
  /** Prints the 栏次 row. */
  columnNumbers: boolean;
  /**
   * Headings over the sections printed side by side, by section id (收入 / 支出 by default); adjacent
   * sections with the same heading share one cell (公开06表: 人员经费 | 公用经费 over two blocks).
   */
  sectionTitles?: Record<string, string>;
}

export interface DerivedColumn {
  key: string;
  title: string;
  /** Merged header cell above (基本支出 …). */
  group?: string;
  /** Section the column belongs to in a two-sided table (`in` / `out`). */
  section: string;
  /** False when the layout does not print it (an optional extra still in the JSON). */
  printed: boolean;
  /** Keys of the columns (same section) this column is the sum of (T03 `total` = basic + project …). */
  sumOf?: string[];
}

export interface DerivedRow {
  key: string;
  code: string;
  name: string;
  level: number;
  section: string;
  values: Record<string, string>;
  /**
   * Each cell at full precision in the publish unit (decimal string, e.g. `"103.8049"`): what
   * `values` rounds. 舍位平衡 (balance rounding) at export starts from these.
   */
  exact: Record<string, string>;
  /**
   * Keys of the rows (same section) this row is the sum of: a group row's listed children, or a
   * fixed row's `sumOf` with `@top` expanded to the top-level group rows. Absent: it sums nothing.
   */
  parts?: string[];
  /** Descriptive cells (unit name, project name, category, parent, goal, indicator fields). */
  text?: Record<string, string>;
  emphasis?: boolean;
  printed: boolean;
}
