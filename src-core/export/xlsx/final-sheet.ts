import type { FinalDerivedTable } from '../../domain/final/final-tables';
import type { DerivedTable } from '../../domain/tables/derived';
import type { GridBuilder, SheetLayout } from './grid';
import { formLayout } from '../paper/form-layout';
import { layoutPivotSheet } from './pivot-sheet';
import { displayWidth } from './widths';

/**
 * The sheet of a published 决算 table (公开01–09表), laid out like a budget table from its paper
 * form, with what the 决算 forms print differently: the layout's header lines (单位：… | 2024年度 |
 * 金额单位：万元) instead of 编制单位 / 单位, a 行次 column beside each side's 项目 where the layout
 * numbers the rows (公开01/04表, blank padding lines numbered too, as the seed prints them), and
 * “栏次” under the 项目 / 科目名称 column of the 栏次 row. The notes (“注：本表反映…”, the empty
 * table's sentence) are the table's own, written as they are. A table with column blocks (公开06表)
 * comes here already laid out as blocks side by side (final-workbook.ts, export/paper/column-blocks.ts).
 */
export const LINE_NUMBER_KEY = 'lineNo';
export const LINE_NUMBER_TITLE = '行次';
export const COLUMN_NUMBER_LABEL = '栏次';
/** Width of a 行次 column (in character widths): two digits, centred. */
export const LINE_NUMBER_WIDTH = 6;

/** Sheet columns holding 行次 (one per side of a two-sided table). */
export function lineNumberColumns(layout: SheetLayout): number[] {
  return [...layout.labelIndex].filter(([key]) => key.endsWith(`|${LINE_NUMBER_KEY}`)).map(([, col]) => col);
}

/**
 * `widths` (the sheet's column widths, from a first layout) let the header lines take the columns
 * their texts need.
 */
export function layoutFinalSheet(table: FinalDerivedTable, widths?: readonly number[]): SheetLayout {
  const numbered = table.lineNumbers ? withLineNumberColumn(table, table.lineNumbers) : table;
  const form = formLayout(numbered, table.lineNumbers ? { lineNumbers: table.lineNumbers } : {});
  const layout = layoutPivotSheet(numbered, '', (g, t) => writeFinalTitleLines(g, t, table.header, widths), form);
  if (table.lineNumbers) numberPaddingLines(layout);
  if (table.columnNumbers) labelColumnNumberRow(layout);
  return layout;
}

/**
 * 表号, title, and the header lines on one row: the first at the left, the last at the right, the
 * others centred between them. Given the column widths, the first and last take as many columns as
 * their text needs and the middle the rest (joined to the first when no column is left); without
 * widths the columns are shared evenly.
 */
function writeFinalTitleLines(
  g: GridBuilder,
  table: DerivedTable,
  header: readonly string[],
  widths?: readonly number[],
): { titleRow: number; next: number } {
  if (table.number) g.put(g.addRow(), 0, { kind: 'number', text: table.number }, 1, g.width);
  const titleRow = g.addRow();
  g.put(titleRow, 0, { kind: 'title', text: table.title }, 1, g.width);
  if (header.length === 0) return { titleRow, next: titleRow + 1 };
  const row = g.addRow();
  if (header.length === 1 || g.width === 1) {
    g.put(row, 0, { kind: 'metaLeft', text: header.join(HEADER_GAP) }, 1, g.width);
    return { titleRow, next: row + 1 };
  }
  const first = header[0];
  const last = header[header.length - 1];
  const middle = header.slice(1, -1).join(HEADER_GAP);
  let left: number;
  let right: number;
  if (widths) {
    left = Math.min(g.width - 1, spanFor(widths, displayWidth(first)));
    right = Math.min(g.width - left, spanFor([...widths].reverse(), displayWidth(last)));
  } else {
    right = Math.max(1, Math.floor(g.width / 3));
    left = Math.max(1, Math.floor((g.width - right) / (middle ? 2 : 1)));
  }
  const centre = g.width - left - right;
  const leftText = middle && centre === 0 ? `${first}${HEADER_GAP}${middle}` : first;
  g.put(row, 0, { kind: 'metaLeft', text: leftText }, 1, left + (middle ? 0 : centre));
  if (middle && centre > 0) g.put(row, left, { kind: 'metaCenter', text: middle }, 1, centre);
  g.put(row, g.width - right, { kind: 'metaRight', text: last }, 1, right);
  return { titleRow, next: row + 1 };
}

/** Space between header lines that share a cell. */
const HEADER_GAP = '　　';

/** Columns (from the first of `widths`) a text of this display width needs, at least one. */
function spanFor(widths: readonly number[], textWidth: number): number {
  let sum = 0;
  for (let i = 0; i < widths.length; i++) {
    sum += widths[i];
    if (sum >= textWidth + 2) return i + 1;
  }
  return widths.length;
}

/** The table with a 行次 label column after 项目, each row's number as its text. */
function withLineNumberColumn(table: DerivedTable, numbers: Record<string, number>): DerivedTable {
  return {
    ...table,
    labelColumns: [...table.labelColumns, { key: LINE_NUMBER_KEY, title: LINE_NUMBER_TITLE }],
    rows: table.rows.map((r) =>
      numbers[r.key] === undefined ? r : { ...r, text: { ...r.text, [LINE_NUMBER_KEY]: String(numbers[r.key]) } },
    ),
  };
}

/**
 * Padding lines of a side (blank lines before its totals, so that both sides' totals face each
 * other) still carry their 行次, counted on from the row above.
 */
function numberPaddingLines(layout: SheetLayout): void {
  for (const [key, col] of layout.labelIndex) {
    if (!key.endsWith(`|${LINE_NUMBER_KEY}`)) continue;
    let previous: number | undefined;
    for (let r = layout.bodyTop; r <= layout.bodyBottom; r++) {
      const cell = layout.cells[r][col];
      if (cell) cell.kind = 'centered';
      const n = cell?.text ? Number(cell.text) : undefined;
      if (n !== undefined) previous = n;
      else if (previous !== undefined && cell) {
        // Only up to the next numbered row: padding lies between the items and the totals.
        const next = nextNumber(layout, col, r);
        if (next !== undefined && next > previous + 1) {
          previous += 1;
          cell.text = String(previous);
        }
      }
    }
  }
}

function nextNumber(layout: SheetLayout, col: number, from: number): number | undefined {
  for (let r = from + 1; r <= layout.bodyBottom; r++) {
    const text = layout.cells[r][col]?.text;
    if (text) return Number(text);
  }
  return undefined;
}

/** The 栏次 row as the 决算 forms print it: “栏次” under the name column, other label columns blank. */
function labelColumnNumberRow(layout: SheetLayout): void {
  const row = layout.cells[layout.headerBottom];
  for (const [key, col] of layout.labelIndex) {
    const cell = row[col];
    if (cell?.kind !== 'columnNumber') continue;
    cell.text = key.endsWith(`|name`) ? COLUMN_NUMBER_LABEL : '';
  }
}
