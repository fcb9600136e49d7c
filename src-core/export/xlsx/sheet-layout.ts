import type { DerivedTable } from '../../domain/tables/derived';
import type { SheetLayout } from './grid';
import { isProjectForms, layoutFormSheet } from './form-sheet';
import { layoutPivotSheet } from './pivot-sheet';
import { isTextTable, layoutTextSheet } from './text-sheet';

export type { CellKind, ColumnKind, Merge, SheetCell, SheetLayout } from './grid';

/** The sheet layout of one published table: pivot tables, the text table T11, or its form per project. */
export function layoutSheet(table: DerivedTable, departmentName: string): SheetLayout {
  if (isProjectForms(table)) return layoutFormSheet(table, departmentName);
  return isTextTable(table) ? layoutTextSheet(table, departmentName) : layoutPivotSheet(table, departmentName);
}
