import type { DerivedTable } from '../../domain/tables/derived';
import {
  PROJECT_FORM_WIDTH,
  projectForms,
  type ProjectFormCell,
  type ProjectFormCellKind,
} from '../paper/project-form';
import {
  GridBuilder,
  sideKey,
  writeNotes,
  writeTitleLines,
  type CellKind,
  type SheetCell,
  type SheetLayout,
} from './grid';

export { FORM_LABELS, INDICATOR_FIELDS, isProjectForms } from '../paper/project-form';

/** The sheet's cell kind of each kind of form cell (a field's name is styled as a header). */
const SHEET_KIND: Record<Exclude<ProjectFormCellKind, 'amount'>, CellKind> = {
  label: 'header',
  text: 'text',
  centered: 'centered',
  prose: 'prose',
};

function sheetCell(c: ProjectFormCell): SheetCell {
  if (c.kind === 'amount') return { kind: 'amount', ...(c.text ? { amount: c.text } : {}) };
  return { kind: SHEET_KIND[c.kind], text: c.text };
}

/**
 * The projects of a text table (T11 rows) as forms one below the other, each on a page of its own
 * (Chongqing 表十 项目绩效目标表), from the paper model of a project form (export/paper/project-form.ts).
 * A blank line separates two forms; no header repeats, as each form carries its own labels.
 */
export function layoutFormSheet(table: DerivedTable, departmentName: string): SheetLayout {
  const g = new GridBuilder(PROJECT_FORM_WIDTH);
  const { titleRow, next } = writeTitleLines(g, table, departmentName);
  const rowIndex = new Map<string, number>();
  const pageBreaks: number[] = [];
  const bodyTop = next;
  for (const form of projectForms(table, departmentName)) {
    // A blank line between two forms, and a new page for each form.
    if (g.rows > bodyTop) pageBreaks.push(g.addRow());
    for (const line of form.lines) {
      const r = g.addRow();
      if (line.row) rowIndex.set(sideKey(line.row.section, line.row.key), r);
      for (const c of line.cells) g.put(r, c.col, sheetCell(c), 1, c.colSpan);
    }
  }
  const bodyBottom = Math.max(bodyTop, g.rows - 1);
  writeNotes(g, table.notes);
  return {
    width: PROJECT_FORM_WIDTH,
    columnKinds: Array.from({ length: PROJECT_FORM_WIDTH }, () => 'text' as const),
    cells: g.cells,
    merges: g.merges,
    mergeAt: g.mergeAt,
    titleRow,
    // No header repeats: each form carries its own labels. The 编制单位 line heads every page.
    headerTop: bodyTop - 1,
    headerBottom: bodyTop - 1,
    bodyTop,
    bodyBottom,
    rowIndex,
    columnIndex: new Map(),
    labelIndex: new Map(),
    pageBreaks,
  };
}
