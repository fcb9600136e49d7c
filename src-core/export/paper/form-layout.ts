import type { DerivedColumn, DerivedRow, DerivedTable } from '../../domain/tables/derived';
import { longLabelKeys } from './long-labels';

/**
 * The paper form of a published table, independent of where it is drawn (Excel sheet, printed
 * report, on-screen preview): which columns are printed and in which order, the merged header
 * cells (收入 | 支出 over the sides of a 收支总表, 基本支出 over 人员经费/公用经费), the 栏次 row and
 * the body lines — a two-sided table pairs its sides' rows by index with the closing totals
 * (本年收入合计 … 收入总计) aligned on the last lines. Only printed rows and columns appear.
 */

/** Titles above the two sides of a 收支总表. */
export const SECTION_TITLES: Record<string, string> = { in: '收　　入', out: '支　　出' };

export { PROSE_LENGTH } from './long-labels';

/** Printed in the 栏次 row under each descriptive column (as the 舟山 seed prints it). */
export const LABEL_COLUMN_NUMBER = '**';

export type LabelKind = 'code' | 'name' | 'text' | 'prose';

export interface FormSide {
  section: string;
  labels: DerivedTable['labelColumns'];
  labelKinds: LabelKind[];
  columns: DerivedColumn[];
  rows: DerivedRow[];
  /** First form column of this side (0-based). */
  start: number;
  width: number;
}

/** A header cell at its form position (row within the header block, column), with its span. */
export interface HeaderCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  kind: 'section' | 'label' | 'group' | 'amount';
  /** The column key of an amount header, the label key of a label header. */
  key?: string;
}

export interface FormLayout {
  sides: FormSide[];
  width: number;
  header: { depth: number; cells: HeaderCell[] };
  /** The 栏次 row (form column → text), when the layout prints it. */
  columnNumbers: { col: number; text: string }[] | null;
  /** Body lines: per line, the row of each side (undefined where a side has no row on that line). */
  lines: (DerivedRow | undefined)[][];
}

/** Amounts of zero are printed blank, as on the published forms. */
export function printedAmount(value: string | undefined): string {
  if (value === undefined || /^-?0*(\.0*)?$/.test(value)) return '';
  return value;
}

export function formSides(table: DerivedTable): FormSide[] {
  const columns = table.columns.filter((c) => c.printed);
  const rows = table.rows.filter((r) => r.printed);
  const sections = [...new Set(columns.map((c) => c.section))];
  if (sections.length === 0) sections.push(rows[0]?.section ?? 'main');
  const long = table.labelColumns.some((l) => l.key !== 'code' && l.key !== 'name') ? longLabelKeys(rows) : null;
  const labelKinds = table.labelColumns.map((l): LabelKind => {
    if (l.key === 'code') return 'code';
    if (l.key === 'name') return 'name';
    return long?.has(l.key) ? 'prose' : 'text';
  });
  let start = 0;
  return sections.map((section) => {
    const cols = columns.filter((c) => c.section === section);
    const side: FormSide = {
      section,
      labels: table.labelColumns,
      labelKinds,
      columns: cols,
      rows: sections.length === 1 ? rows : rows.filter((r) => r.section === section),
      start,
      width: table.labelColumns.length + cols.length,
    };
    start += side.width;
    return side;
  });
}

/** The label texts of a row on a side (code, name, or the row's text fields). */
export function labelTexts(side: FormSide, row: DerivedRow | undefined): string[] {
  return side.labels.map((l) =>
    !row ? '' : l.key === 'code' ? row.code : l.key === 'name' ? row.name : (row.text?.[l.key] ?? ''),
  );
}

/**
 * A total (合计) of a table labelled by other fields (unit name, project name …): its name is
 * printed across all the label columns.
 */
export function spansLabels(side: FormSide, row: DerivedRow | undefined): boolean {
  return (
    row !== undefined && !side.labels.some((l) => l.key === 'name') && labelTexts(side, row).every((t) => t === '')
  );
}

/** Header cells of the sides: [收入 | 支出], then one or two rows (groups over their columns). */
function headerOf(sides: FormSide[]): FormLayout['header'] {
  const cells: HeaderCell[] = [];
  let top = 0;
  if (sides.length > 1) {
    for (const s of sides)
      cells.push({
        row: 0,
        col: s.start,
        rowSpan: 1,
        colSpan: s.width,
        text: SECTION_TITLES[s.section] ?? s.section,
        kind: 'section',
      });
    top = 1;
  }
  const depth = sides.some((s) => s.columns.some((c) => c.group)) ? 2 : 1;
  for (const side of sides) {
    side.labels.forEach((l, j) =>
      cells.push({
        row: top,
        col: side.start + j,
        rowSpan: depth,
        colSpan: 1,
        text: l.title,
        kind: 'label',
        key: l.key,
      }),
    );
    let c = side.start + side.labels.length;
    const cols = side.columns;
    for (let j = 0; j < cols.length;) {
      const group = cols[j].group;
      if (!group) {
        cells.push({
          row: top,
          col: c,
          rowSpan: depth,
          colSpan: 1,
          text: cols[j].title,
          kind: 'amount',
          key: cols[j].key,
        });
        j++;
        c++;
        continue;
      }
      let span = 1;
      while (j + span < cols.length && cols[j + span].group === group) span++;
      cells.push({ row: top, col: c, rowSpan: 1, colSpan: span, text: group, kind: 'group' });
      for (let k = 0; k < span; k++) {
        cells.push({
          row: top + 1,
          col: c + k,
          rowSpan: depth - 1,
          colSpan: 1,
          text: cols[j + k].title,
          kind: 'amount',
          key: cols[j + k].key,
        });
      }
      j += span;
      c += span;
    }
  }
  return { depth: top + depth, cells };
}

/** Lines of the body: a two-sided table's items from the top, its closing totals at the bottom. */
function linesOf(sides: FormSide[]): (DerivedRow | undefined)[][] {
  if (sides.length === 1) return sides[0].rows.map((r) => [r]);
  const split = sides.map((s) => {
    let cut = s.rows.length;
    while (cut > 0 && s.rows[cut - 1].level === 0) cut--;
    return { items: s.rows.slice(0, cut), totals: s.rows.slice(cut) };
  });
  const itemHeight = Math.max(...split.map((p) => p.items.length));
  const totalHeight = Math.max(...split.map((p) => p.totals.length));
  const columns = split.map((p) => [
    ...p.items,
    ...Array<undefined>(itemHeight - p.items.length).fill(undefined),
    ...Array<undefined>(totalHeight - p.totals.length).fill(undefined),
    ...p.totals,
  ]);
  return Array.from({ length: itemHeight + totalHeight }, (_, i) => columns.map((c) => c[i]));
}

/**
 * Lines of a two-sided table placed by their 行次 (公开01/04表 of a 决算): each side's rows on the
 * line of their number counted from the side's first, so that rows with the same place in the
 * form (本年收入合计 | 本年支出合计, 年初 | 年末结转和结余, 总计 | 总计) face each other. Rows without a
 * number follow the numbered ones.
 */
function linesByNumber(sides: FormSide[], numbers: Readonly<Record<string, number>>): (DerivedRow | undefined)[][] {
  const placed = sides.map((s) => {
    const numbered = s.rows.filter((r) => numbers[r.key] !== undefined);
    const first = Math.min(...numbered.map((r) => numbers[r.key]));
    const at: (DerivedRow | undefined)[] = [];
    for (const r of numbered) at[numbers[r.key] - first] = r;
    return [...Array.from(at), ...s.rows.filter((r) => numbers[r.key] === undefined)];
  });
  const height = Math.max(...placed.map((p) => p.length));
  return Array.from({ length: height }, (_, i) => placed.map((p) => p[i]));
}

export interface FormOptions {
  /** 行次 by row key: a two-sided table's sides are lined up by them instead of by their totals. */
  lineNumbers?: Readonly<Record<string, number>>;
}

export function formLayout(table: DerivedTable, options: FormOptions = {}): FormLayout {
  const sides = formSides(table);
  const width = sides.reduce((a, s) => a + s.width, 0);
  let n = 0;
  const columnNumbers = table.columnNumbers
    ? sides.flatMap((s) => [
        ...s.labels.map((_, j) => ({ col: s.start + j, text: LABEL_COLUMN_NUMBER })),
        ...s.columns.map((_, j) => ({ col: s.start + s.labels.length + j, text: String(++n) })),
      ])
    : null;
  const lines = options.lineNumbers && sides.length > 1 ? linesByNumber(sides, options.lineNumbers) : linesOf(sides);
  return { sides, width, header: headerOf(sides), columnNumbers, lines };
}
