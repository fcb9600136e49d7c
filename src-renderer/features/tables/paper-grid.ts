import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import {
  formLayout,
  labelTexts,
  printedAmount,
  spansLabels,
  type FormSide,
} from '../../../src-core/export/paper/form-layout';

/**
 * The cells of a table for the on-screen preview, from the same paper form as the Excel sheet and
 * the printed report (export/paper/form-layout.ts): header rows with merged cells, the 栏次 row,
 * body rows with the two sides of a 收支总表 side by side.
 */
export interface PaperGrid {
  header: HeaderCell[][];
  columnNumbers: HeaderCell[] | null;
  body: BodyRow[];
}

export interface HeaderCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  /** label: over descriptive columns; amount: over one amount column; group: merged above several. */
  kind: 'label' | 'amount' | 'group';
}

export interface BodyCell {
  text: string;
  /** code: 科目编码; name: 科目/项目名称; text: short descriptive cells; prose: long ones (目标); amount: money. */
  kind: 'code' | 'name' | 'text' | 'prose' | 'amount';
  colSpan: number;
  /** Indentation steps of a name cell (level below the first). */
  indent: number;
  /** A total or subtotal printed bold. */
  emphasis: boolean;
}

export interface BodyRow {
  key: string;
  cells: BodyCell[];
}

export { printedAmount };

function sideCells(side: FormSide, row: DerivedTable['rows'][number] | undefined): BodyCell[] {
  const emphasis = row?.emphasis === true;
  const cells: BodyCell[] = [];
  if (row && spansLabels(side, row)) {
    cells.push({ text: row.name, kind: 'name', colSpan: side.labels.length, indent: 0, emphasis });
  } else {
    const texts = labelTexts(side, row);
    side.labelKinds.forEach((kind, j) => {
      cells.push({
        text: texts[j],
        kind,
        colSpan: 1,
        indent: kind === 'name' && row ? Math.max(0, row.level - 1) : 0,
        emphasis,
      });
    });
  }
  for (const c of side.columns)
    cells.push({ text: row ? printedAmount(row.values[c.key]) : '', kind: 'amount', colSpan: 1, indent: 0, emphasis });
  return cells;
}

export function paperGrid(table: DerivedTable): PaperGrid {
  const form = formLayout(table);
  const header: HeaderCell[][] = Array.from({ length: form.header.depth }, () => []);
  for (const h of [...form.header.cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    header[h.row].push({
      text: h.text,
      colSpan: h.colSpan,
      rowSpan: h.rowSpan,
      kind: h.kind === 'section' ? 'group' : h.kind,
    });
  }
  const numbers =
    form.columnNumbers?.map((n): HeaderCell => ({
      text: n.text,
      colSpan: 1,
      rowSpan: 1,
      kind: n.text === '**' ? 'label' : 'amount',
    })) ?? null;
  const body = form.lines.map((line, i) => ({
    key: `${i}:${line.map((r) => r?.key ?? '').join('|')}`,
    cells: form.sides.flatMap((side, k) => sideCells(side, line[k])),
  }));
  return { header, columnNumbers: numbers, body };
}
