import type { AmountUnit } from '../money/units';

/** A derived table as `tables --json` prints it (tables.md “Conventions”). */
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
}

export interface DerivedRow {
  key: string;
  code: string;
  name: string;
  level: number;
  section: string;
  values: Record<string, string>;
  /** Descriptive cells (unit name, project name, category, parent, goal, indicator fields). */
  text?: Record<string, string>;
  emphasis?: boolean;
  printed: boolean;
}
