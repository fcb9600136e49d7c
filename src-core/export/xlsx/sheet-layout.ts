import type { DerivedTable } from '../../domain/tables/derived';
import type { SheetLayout } from './grid';
import { layoutPivotSheet } from './pivot-sheet';
import { isTextTable, layoutTextSheet } from './text-sheet';

export type { CellKind, ColumnKind, Merge, SheetCell, SheetLayout } from './grid';

/** The sheet layout of one published table (pivot tables and the text table T11 alike). */
export function layoutSheet(table: DerivedTable, departmentName: string): SheetLayout {
  return isTextTable(table) ? layoutTextSheet(table, departmentName) : layoutPivotSheet(table, departmentName);
}
