import { UNIT_LABEL } from '../../domain/money/units';
import type { DerivedTable } from '../../domain/tables/derived';

/**
 * Where every cell of one published table goes on its sheet, as on the paper form: the 表号 and
 * title rows, the 编制单位 / 单位 line, multi-level merged column headers (from
 * `DerivedColumn.group`), the 栏次 row, the body, the notes. Two-sided tables (收入 | 支出) put
 * their sections side by side. Pure data: the workbook writer turns it into cells and styles.
 * Only printed rows and columns appear.
 */
export type CellKind =
  | 'number'
  | 'title'
  | 'metaLeft'
  | 'metaRight'
  /** The middle of a 决算 header line (2024年度). */
  | 'metaCenter'
  | 'header'
  | 'columnNumber'
  | 'code'
  | 'name'
  | 'total'
  | 'text'
  | 'centered'
  | 'prose'
  | 'amount'
  | 'note';

export type ColumnKind = 'code' | 'name' | 'text' | 'prose' | 'amount';

export interface SheetCell {
  kind: CellKind;
  text?: string;
  /** An amount cell's value as a decimal string; absent when zero or empty (printed blank). */
  amount?: string;
  /** Indentation steps of a name (level below the first). */
  indent?: number;
  /** A total printed bold. */
  emphasis?: boolean;
}

/** A merged range, 0-based, inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetLayout {
  width: number;
  columnKinds: ColumnKind[];
  /** Row-major; null where nothing is written (outside the table or covered by a merge). */
  cells: (SheetCell | null)[][];
  merges: Merge[];
  /** Merges by their top-left position (`row * width + column`). */
  mergeAt: Map<number, Merge>;
  titleRow: number;
  headerTop: number;
  headerBottom: number;
  bodyTop: number;
  bodyBottom: number;
  /** Sheet row of each printed table row, by `${section}|${rowKey}` (0-based). */
  rowIndex: Map<string, number>;
  /** Sheet column of each printed amount column, by `${section}|${columnKey}` (0-based). */
  columnIndex: Map<string, number>;
  /** Sheet column of each descriptive column, by `${section}|${labelKey}` (0-based). */
  labelIndex: Map<string, number>;
  /** Rows (0-based) after which a new printed page begins (one form per page: form-sheet.ts). */
  pageBreaks?: number[];
}

export const sideKey = (section: string, key: string) => `${section}|${key}`;

/** Builds the grid row by row; merges record their range and keep the covered cells null. */
export class GridBuilder {
  readonly cells: (SheetCell | null)[][] = [];
  readonly merges: Merge[] = [];
  readonly mergeAt = new Map<number, Merge>();

  constructor(readonly width: number) {}

  get rows(): number {
    return this.cells.length;
  }

  /** Adds an empty row and returns its index. */
  addRow(): number {
    this.cells.push(new Array<SheetCell | null>(this.width).fill(null));
    return this.cells.length - 1;
  }

  put(row: number, col: number, cell: SheetCell, rowSpan = 1, colSpan = 1): void {
    while (this.cells.length <= row + rowSpan - 1) this.addRow();
    this.cells[row][col] = cell;
    if (rowSpan > 1 || colSpan > 1) {
      const m = { top: row, left: col, bottom: row + rowSpan - 1, right: col + colSpan - 1 };
      this.merges.push(m);
      this.mergeAt.set(row * this.width + col, m);
    }
  }
}

/** Rows 0…: 表号 (if any), title, 编制单位 / 单位 line. Returns the first free row. */
export function writeTitleLines(
  g: GridBuilder,
  table: DerivedTable,
  departmentName: string,
): { titleRow: number; next: number } {
  if (table.number) g.put(g.addRow(), 0, { kind: 'number', text: table.number }, 1, g.width);
  const titleRow = g.addRow();
  g.put(titleRow, 0, { kind: 'title', text: table.title }, 1, g.width);
  const meta = g.addRow();
  const right = g.width >= 3 ? Math.max(1, Math.floor(g.width / 3)) : 1;
  const left = Math.max(1, g.width - right);
  g.put(meta, 0, { kind: 'metaLeft', text: `编制单位：${departmentName}` }, 1, left);
  if (left < g.width)
    g.put(meta, left, { kind: 'metaRight', text: `单位：${UNIT_LABEL[table.unit]}` }, 1, g.width - left);
  return { titleRow, next: meta + 1 };
}

/** Notes (尾数 note, the empty table's sentence) under the table, each across the sheet. */
export function writeNotes(g: GridBuilder, notes: readonly string[]): void {
  for (const note of notes) g.put(g.addRow(), 0, { kind: 'note', text: note }, 1, g.width);
}
