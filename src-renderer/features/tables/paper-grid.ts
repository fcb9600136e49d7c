import type { DerivedRow, DerivedTable } from '../../../src-core/domain/tables/derived';
import {
  formLayout,
  labelTexts,
  printedAmount,
  spansLabels,
  trailingTexts,
  type FormSide,
} from '../../../src-core/export/paper/form-layout';

/**
 * The on-screen preview's view of a table, from the same paper form as the Excel sheet and the
 * printed report (export/paper/form-layout.ts): header rows with merged cells, the 栏次 row, and
 * body lines with the two sides of a 收支总表 side by side. Cells of a body line are made only when
 * that line is drawn (`lineCells`), and `sameLine` tells whether a line would be drawn as before,
 * so that after an edit only the lines whose text changed are drawn again.
 */
export interface PaperForm {
  header: HeaderCell[][];
  columnNumbers: HeaderCell[] | null;
  sides: FormSide[];
  /** Per body line, the row of each side (undefined where a side has no row on that line). */
  lines: PaperLine[];
  /** Form columns. */
  width: number;
  /**
   * What the header and the cells' kinds depend on (titles, columns, label kinds): two forms of
   * the same shape draw equal lines identically, so their lines can be compared by text alone.
   */
  shape: string;
}

export type PaperLine = readonly (DerivedRow | undefined)[];

export interface HeaderCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  /** label: over descriptive columns; amount: over one amount column; group: merged above several. */
  kind: 'label' | 'amount' | 'group';
  /** The form column of a header cell over exactly one column (the one cell naming that column). */
  col?: number;
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

export { printedAmount };

function sideCells(side: FormSide, row: DerivedRow | undefined): BodyCell[] {
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
  const after = trailingTexts(side, row);
  side.trailingKinds.forEach((kind, j) => cells.push({ text: after[j], kind, colSpan: 1, indent: 0, emphasis }));
  return cells;
}

/** The cells of one body line, left to right across the sides. */
export function lineCells(sides: readonly FormSide[], line: PaperLine): BodyCell[] {
  return sides.flatMap((side, k) => sideCells(side, line[k]));
}

/** True when a row is drawn the same on a side: same label texts, amounts, level and weight. */
function sameRow(side: FormSide, a: DerivedRow | undefined, b: DerivedRow | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.code !== b.code || a.name !== b.name || a.level !== b.level || a.emphasis !== b.emphasis) return false;
  for (const l of side.labels) {
    if (l.key !== 'code' && l.key !== 'name' && a.text?.[l.key] !== b.text?.[l.key]) return false;
  }
  for (const l of side.trailing) if (a.text?.[l.key] !== b.text?.[l.key]) return false;
  for (const c of side.columns) if (a.values[c.key] !== b.values[c.key]) return false;
  return true;
}

/** True when two lines of forms of the same shape are drawn identically. */
export function sameLine(sides: readonly FormSide[], a: PaperLine, b: PaperLine): boolean {
  if (a === b) return true;
  for (let k = 0; k < sides.length; k++) if (!sameRow(sides[k], a[k], b[k])) return false;
  return true;
}

function headerRows(form: ReturnType<typeof formLayout>): HeaderCell[][] {
  const header: HeaderCell[][] = Array.from({ length: form.header.depth }, () => []);
  for (const h of [...form.header.cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    header[h.row].push({
      text: h.text,
      colSpan: h.colSpan,
      rowSpan: h.rowSpan,
      kind: h.kind === 'section' ? 'group' : h.kind,
      ...(h.colSpan === 1 ? { col: h.col } : {}),
    });
  }
  return header;
}

/**
 * Keys of lines drawn together (React keys): the rows' sections and keys, stable while a line
 * shows the same rows, made unique should a combination ever repeat.
 */
export function lineKeys(lines: readonly PaperLine[]): string[] {
  const seen = new Set<string>();
  return lines.map((line) => {
    const base = line.map((r) => (r ? `${r.section}/${r.key}` : '')).join('|');
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base}#${n}`;
    seen.add(key);
    return key;
  });
}

export function paperForm(table: DerivedTable): PaperForm {
  const form = formLayout(table);
  const header = headerRows(form);
  const columnNumbers =
    form.columnNumbers?.map((n): HeaderCell => ({
      text: n.text,
      colSpan: 1,
      rowSpan: 1,
      kind: n.text === '**' ? 'label' : 'amount',
    })) ?? null;
  const shape = JSON.stringify([
    header,
    columnNumbers,
    form.sides.map((s) => [
      s.labels.map((l) => l.key),
      s.labelKinds,
      s.columns.map((c) => c.key),
      s.trailing.map((l) => l.key),
      s.trailingKinds,
    ]),
  ]);
  return {
    header,
    columnNumbers,
    sides: form.sides,
    lines: form.lines,
    width: form.width,
    shape,
  };
}
