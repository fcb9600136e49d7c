import { isOptional, type CellChange, type GridColumn } from './grid-model';
import type { CellRange } from './selection';

/**
 * Delete / Backspace over a selection (清除), as in Excel: amounts become 0.00 and cells that may
 * be blank are emptied; cells that must hold a value (a code, a unit, a type) and read-only ones
 * are left alone, as are rows past the last line. One undo step (`清除`). Pure data, no DOM.
 */
export function planClear(columns: readonly GridColumn[], range: CellRange, rowCount: number): CellChange[] {
  const changes: CellChange[] = [];
  for (let row = range.top; row <= range.bottom && row < rowCount; row++) {
    for (let col = range.left; col <= range.right && col < columns.length; col++) {
      const column = columns[col];
      if (column.readOnly) continue;
      if (column.kind === 'amount') changes.push({ row, key: column.key, value: '0.00' });
      else if (isOptional(column)) changes.push({ row, key: column.key, value: '' });
    }
  }
  return changes;
}
