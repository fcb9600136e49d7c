import type { CellChange, GridColumn } from './grid-model';
import type { CellRange } from './selection';

/**
 * Ctrl+D (向下填充), as in Excel/WPS: each selected column's top cell is copied into the selected
 * cells below it. With a single selected row, the row above is copied into it instead (and with
 * the first row selected there is nothing to copy). Read-only columns are left alone, and cells
 * that already hold the value produce no change, so the undo step holds only real edits.
 *
 * The values copied are already valid cell values (they were accepted when entered), so no
 * parsing happens here. The changes form one undo step (`cellChangeStep(‘向下填充’, …)`).
 */
export interface FillDownInput {
  columns: readonly GridColumn[];
  range: CellRange;
  /** Current value of a cell. */
  get(row: number, key: string): string;
}

export function planFillDown({ columns, range, get }: FillDownInput): CellChange[] {
  const single = range.top === range.bottom;
  const sourceRow = single ? range.top - 1 : range.top;
  if (sourceRow < 0) return [];
  const firstTarget = single ? range.top : range.top + 1;

  const editable = columns
    .slice(Math.max(0, range.left), Math.min(range.right, columns.length - 1) + 1)
    .filter((c) => !c.readOnly);
  const source = editable.map((c) => get(sourceRow, c.key));
  const changes: CellChange[] = [];
  for (let row = firstTarget; row <= range.bottom; row++) {
    editable.forEach((column, i) => {
      if (get(row, column.key) !== source[i]) changes.push({ row, key: column.key, value: source[i] });
    });
  }
  return changes;
}
