/**
 * The rectangular selection of a grid, as pure functions over `{ rows, cols }` (the model
 * glide-data-grid and react-data-grid keep outside their views).
 *
 * A selection is an `anchor` — the active cell, where typing goes and where plain moves start —
 * and a `focus` — the corner that Shift+moves drag. Plain moves collapse the selection onto the
 * cell reached from the anchor; extending moves only the focus. Everything is clamped to the grid;
 * an empty grid (0 rows or 0 columns) keeps the selection at {0, 0} and callers check `isEmptyGrid`.
 */

export interface Cell {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export interface Selection {
  anchor: Cell;
  focus: Cell;
}

/** Inclusive bounds of a selection. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Where a key takes the cursor:
 * - `up` `down` `left` `right`: one cell (Enter is `down`, Shift+Enter `up`);
 * - `top` `bottom`: first/last row of the column (Ctrl+↑/↓); `home` `end`: first/last column of
 *   the row (Home/End, Ctrl+←/→); `first` `last`: the grid's corners (Ctrl+Home/End);
 * - `pageUp` `pageDown`: by the page size in rows;
 * - `next` `prev`: Tab/Shift+Tab, wrapping to the next/previous row at the row's end.
 */
export type Motion =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'top'
  | 'bottom'
  | 'home'
  | 'end'
  | 'first'
  | 'last'
  | 'pageUp'
  | 'pageDown'
  | 'next'
  | 'prev';

export const DEFAULT_PAGE_SIZE = 20;

export function isEmptyGrid(size: GridSize): boolean {
  return size.rows <= 0 || size.cols <= 0;
}

function clampIndex(i: number, count: number): number {
  return Math.max(0, Math.min(Math.trunc(i), count - 1));
}

export function clampCell(cell: Cell, size: GridSize): Cell {
  return { row: clampIndex(cell.row, size.rows), col: clampIndex(cell.col, size.cols) };
}

/** A selection of one cell. */
export function cellSelection(cell: Cell, size: GridSize): Selection {
  const c = clampCell(cell, size);
  return { anchor: c, focus: c };
}

export function clampSelection(sel: Selection, size: GridSize): Selection {
  return { anchor: clampCell(sel.anchor, size), focus: clampCell(sel.focus, size) };
}

export function selectionRange(sel: Selection): CellRange {
  return {
    top: Math.min(sel.anchor.row, sel.focus.row),
    bottom: Math.max(sel.anchor.row, sel.focus.row),
    left: Math.min(sel.anchor.col, sel.focus.col),
    right: Math.max(sel.anchor.col, sel.focus.col),
  };
}

export function rangeSize(range: CellRange): { rows: number; cols: number } {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}

export function isSingleCell(sel: Selection): boolean {
  return sel.anchor.row === sel.focus.row && sel.anchor.col === sel.focus.col;
}

export function rangeContains(range: CellRange, cell: Cell): boolean {
  return cell.row >= range.top && cell.row <= range.bottom && cell.col >= range.left && cell.col <= range.right;
}

/** The cell `motion` leads to from `from`, inside the grid. */
export function step(from: Cell, motion: Motion, size: GridSize, pageSize = DEFAULT_PAGE_SIZE): Cell {
  const { row, col } = clampCell(from, size);
  const page = Math.max(1, Math.trunc(pageSize));
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  switch (motion) {
    case 'up':
      return { row: Math.max(0, row - 1), col };
    case 'down':
      return { row: Math.min(lastRow, row + 1), col };
    case 'left':
      return { row, col: Math.max(0, col - 1) };
    case 'right':
      return { row, col: Math.min(lastCol, col + 1) };
    case 'top':
      return { row: 0, col };
    case 'bottom':
      return { row: lastRow, col };
    case 'home':
      return { row, col: 0 };
    case 'end':
      return { row, col: lastCol };
    case 'first':
      return { row: 0, col: 0 };
    case 'last':
      return { row: lastRow, col: lastCol };
    case 'pageUp':
      return { row: Math.max(0, row - page), col };
    case 'pageDown':
      return { row: Math.min(lastRow, row + page), col };
    case 'next':
      if (col < lastCol) return { row, col: col + 1 };
      return row < lastRow ? { row: row + 1, col: 0 } : { row, col };
    case 'prev':
      if (col > 0) return { row, col: col - 1 };
      return row > 0 ? { row: row - 1, col: lastCol } : { row, col };
  }
}

/** A plain move (no Shift): the selection collapses onto the cell reached from the anchor. */
export function moveSelection(sel: Selection, motion: Motion, size: GridSize, pageSize = DEFAULT_PAGE_SIZE): Selection {
  return cellSelection(step(sel.anchor, motion, size, pageSize), size);
}

/** A Shift+move: the anchor stays, the focus moves (Shift+Tab/Tab are treated as left/right, without wrapping). */
export function extendSelection(
  sel: Selection,
  motion: Motion,
  size: GridSize,
  pageSize = DEFAULT_PAGE_SIZE,
): Selection {
  const m: Motion = motion === 'next' ? 'right' : motion === 'prev' ? 'left' : motion;
  return { anchor: clampCell(sel.anchor, size), focus: step(sel.focus, m, size, pageSize) };
}

/** Shift+click: the anchor stays, the focus goes to `cell`. */
export function extendTo(sel: Selection, cell: Cell, size: GridSize): Selection {
  return { anchor: clampCell(sel.anchor, size), focus: clampCell(cell, size) };
}

/** Ctrl+A: the whole grid. The anchor (active cell) goes to the top-left corner, since it is a corner of the range. */
export function selectAll(size: GridSize): Selection {
  return { anchor: { row: 0, col: 0 }, focus: { row: Math.max(0, size.rows - 1), col: Math.max(0, size.cols - 1) } };
}

/** Whole rows `from`..`to` (clicking row headers). */
export function selectRows(from: number, to: number, size: GridSize): Selection {
  const lastCol = Math.max(0, size.cols - 1);
  return {
    anchor: { row: clampIndex(from, size.rows), col: 0 },
    focus: { row: clampIndex(to, size.rows), col: lastCol },
  };
}

/** Whole columns `from`..`to` (clicking column headers). */
export function selectColumns(from: number, to: number, size: GridSize): Selection {
  const lastRow = Math.max(0, size.rows - 1);
  return {
    anchor: { row: 0, col: clampIndex(from, size.cols) },
    focus: { row: lastRow, col: clampIndex(to, size.cols) },
  };
}
