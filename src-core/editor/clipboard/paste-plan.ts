import type { AmountUnit } from '../../domain/money/units';
import { readCellInput, type CodeCatalogs } from '../cell-input';
import { cellName, type CellChange, type CellIssue, type GridColumn } from '../grid-model';
import { rangeSize, type Cell, type CellRange } from '../selection';

/**
 * Planning a paste: turning a block of clipboard cells (from `parseTsv` / `parseHtmlTable`) into the
 * cell changes of one undo step, or into the list of every cell that cannot be taken.
 *
 * All or nothing (docs/architecture.md “Bad input never corrupts what is stored”): when any cell is refused
 * nothing is applied, and the user sees each refused cell named as it is displayed
 * (第 3 行“金额”列：无法识别金额“13,6”：…), so the source can be fixed and pasted again.
 */

export interface PasteInput {
  columns: readonly GridColumn[];
  /** Top-left cell of the paste (the active cell). */
  anchor: Cell;
  block: readonly (readonly string[])[];
  /** Rows the grid has now; block rows past the end become `rowsToAdd`. */
  rowCount: number;
  unit: AmountUnit;
  /** When given, codes missing from the catalogs are accepted with a warning. */
  catalogs?: CodeCatalogs;
  /**
   * The selected range, when the user selected more than one cell: a block that fits into it a
   * whole number of times in both directions is repeated over it (Excel pastes one value into
   * every selected cell this way). Otherwise the block is pasted once at `anchor`.
   */
  target?: CellRange;
  /** False for a grid of fixed rows: a block running past the last row is then refused. Default true. */
  canAddRows?: boolean;
}

export type PastePlan =
  { ok: true; changes: CellChange[]; rowsToAdd: number; warnings: CellIssue[] } | { ok: false; errors: CellIssue[] };

export function planPaste(input: PasteInput): PastePlan {
  const { columns, block } = input;
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return { ok: true, changes: [], rowsToAdd: 0, warnings: [] };

  // Where the block goes and how often it repeats.
  let start = input.anchor;
  let rowsOut = height;
  let colsOut = width;
  if (input.target) {
    const t = rangeSize(input.target);
    if ((t.rows > height || t.cols > width) && t.rows % height === 0 && t.cols % width === 0) {
      start = { row: input.target.top, col: input.target.left };
      rowsOut = t.rows;
      colsOut = t.cols;
    }
  }

  const anchorColumn = columns[start.col];
  if (!anchorColumn || start.row < 0) {
    throw new Error(`paste anchor outside the grid: ${JSON.stringify(start)}`);
  }
  const remaining = columns.length - start.col;
  if (colsOut > remaining) {
    return {
      ok: false,
      errors: [
        {
          row: start.row,
          col: start.col,
          message: `粘贴的内容有 ${colsOut} 列，但从“${anchorColumn.label}”列起只有 ${remaining} 列，没有粘贴任何内容。请少复制几列，或从更靠左的列开始粘贴。`,
        },
      ],
    };
  }

  const lastRow = start.row + rowsOut - 1;
  const rowsToAdd = Math.max(0, lastRow + 1 - input.rowCount);
  if (rowsToAdd > 0 && input.canAddRows === false) {
    return {
      ok: false,
      errors: [
        {
          row: start.row,
          col: start.col,
          message: `粘贴的内容有 ${rowsOut} 行，但从第 ${start.row + 1} 行起只有 ${Math.max(0, input.rowCount - start.row)} 行，这张表不能增加行，没有粘贴任何内容。`,
        },
      ],
    };
  }

  const changes: CellChange[] = [];
  const warnings: CellIssue[] = [];
  const errors: CellIssue[] = [];
  const ctx = { unit: input.unit, catalogs: input.catalogs };
  for (let r = 0; r < rowsOut; r++) {
    const source = block[r % height];
    const row = start.row + r;
    for (let c = 0; c < colsOut; c++) {
      const col = start.col + c;
      const column = columns[col];
      if (column.readOnly) continue;
      const read = readCellInput(column, source[c % width] ?? '', ctx);
      if (!read.ok) {
        errors.push({ row, col, message: `${cellName(row, column)}：${read.error}` });
        continue;
      }
      if (read.warning) warnings.push({ row, col, message: `${cellName(row, column)}：${read.warning}` });
      changes.push({ row, key: column.key, value: read.value });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, changes, rowsToAdd, warnings };
}
