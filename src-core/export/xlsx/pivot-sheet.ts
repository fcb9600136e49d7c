import type { DerivedRow, DerivedTable } from '../../domain/tables/derived';
import {
  formLayout,
  labelTexts,
  printedAmount,
  spansLabels,
  trailingStart,
  trailingTexts,
  type FormLayout,
  type FormSide,
} from '../paper/form-layout';
import { breakHeader } from './widths';
import { GridBuilder, sideKey, writeNotes, writeTitleLines, type ColumnKind, type SheetLayout } from './grid';

export { LABEL_COLUMN_NUMBER } from '../paper/form-layout';

/** Writes the lines above a table's header (表号, title, unit line); returns the title row and the first free row. */
export type TitleLinesWriter = (g: GridBuilder, table: DerivedTable) => { titleRow: number; next: number };

/**
 * Lays out a pivot table (everything but the text table T11) on a sheet, from its paper form. The
 * lines above the header are the budget's (编制单位 / 单位) unless `titleLines` writes others (决算);
 * `form` is the table's paper form unless the caller lines it up otherwise (决算 行次).
 */
export function layoutPivotSheet(
  table: DerivedTable,
  departmentName: string,
  titleLines: TitleLinesWriter = (g, t) => writeTitleLines(g, t, departmentName),
  form: FormLayout = formLayout(table),
): SheetLayout {
  const { sides, width } = form;
  const g = new GridBuilder(width);
  const { titleRow, next } = titleLines(g, table);

  const columnKinds: ColumnKind[] = sides.flatMap((s) => [
    ...s.labelKinds,
    ...s.columns.map(() => 'amount' as const),
    ...s.trailingKinds,
  ]);
  const columnIndex = new Map<string, number>();
  const labelIndex = new Map<string, number>();
  for (const s of sides) {
    s.labels.forEach((l, j) => labelIndex.set(sideKey(s.section, l.key), s.start + j));
    s.columns.forEach((c, j) => columnIndex.set(sideKey(s.section, c.key), s.start + s.labels.length + j));
    s.trailing.forEach((l, j) => labelIndex.set(sideKey(s.section, l.key), trailingStart(s) + j));
  }

  const headerTop = next;
  for (let i = 0; i < form.header.depth; i++) g.addRow();
  for (const h of form.header.cells) {
    g.put(
      headerTop + h.row,
      h.col,
      { kind: 'header', text: h.kind === 'amount' ? breakHeader(h.text) : h.text },
      h.rowSpan,
      h.colSpan,
    );
  }
  let r = headerTop + form.header.depth;
  if (form.columnNumbers) {
    g.addRow();
    for (const n of form.columnNumbers) g.put(r, n.col, { kind: 'columnNumber', text: n.text });
    r++;
  }
  const headerBottom = r - 1;

  const rowIndex = new Map<string, number>();
  const bodyTop = r;
  for (const line of form.lines) {
    const row = g.addRow();
    sides.forEach((s, k) => {
      const dr = line[k];
      if (dr) rowIndex.set(sideKey(dr.section, dr.key), row);
      writeSideRow(g, s, dr, row, s.start);
    });
  }
  const bodyBottom = g.rows - 1;
  writeNotes(g, table.notes);
  return {
    width,
    columnKinds,
    cells: g.cells,
    merges: g.merges,
    mergeAt: g.mergeAt,
    titleRow,
    headerTop,
    headerBottom,
    bodyTop,
    bodyBottom: Math.max(bodyBottom, headerBottom),
    rowIndex,
    columnIndex,
    labelIndex,
  };
}

function writeSideRow(g: GridBuilder, side: FormSide, row: DerivedRow | undefined, r: number, left: number): void {
  const emphasis = row?.emphasis === true;
  const texts = labelTexts(side, row);
  if (row && spansLabels(side, row)) {
    // A total (合计) of a table labelled by other fields: its name spans the label columns.
    g.put(r, left, { kind: 'total', text: row.name, emphasis }, 1, side.labels.length);
  } else {
    side.labels.forEach((l, j) => {
      const kind = side.labelKinds[j];
      const isTotal = kind === 'name' && row !== undefined && row.level === 0 && emphasis;
      g.put(r, left + j, {
        kind: isTotal ? 'total' : kind,
        text: texts[j],
        ...(kind === 'name' && row ? { indent: Math.max(0, row.level - 1) } : {}),
        ...(emphasis ? { emphasis } : {}),
      });
    });
  }
  side.columns.forEach((c, j) => {
    const amount = row ? printedAmount(row.values[c.key]) : undefined;
    g.put(r, left + side.labels.length + j, {
      kind: 'amount',
      ...(amount ? { amount } : {}),
      ...(emphasis ? { emphasis } : {}),
    });
  });
  const after = trailingTexts(side, row);
  side.trailingKinds.forEach((kind, j) =>
    g.put(r, left + side.labels.length + side.columns.length + j, {
      kind,
      text: after[j],
      ...(emphasis ? { emphasis } : {}),
    }),
  );
}
