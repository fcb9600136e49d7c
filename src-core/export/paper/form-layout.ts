import { findTableSpec } from '../../domain/tables/definitions';
import type { DerivedColumn, DerivedRow, DerivedTable } from '../../domain/tables/derived';
import { longLabelKeys } from './long-labels';

/**
 * The paper form of a published table, independent of where it is drawn (Excel sheet, printed
 * report, on-screen preview): which columns are printed and in which order, the merged header
 * cells (收入 | 支出 over the sides of a 收支总表, 基本支出 over 人员经费/公用经费), the 栏次 row and
 * the body lines — a two-sided table pairs its sides' rows by index with the closing totals
 * (本年收入合计 … 收入总计) aligned on the last lines. Only printed rows and columns appear. The
 * descriptive columns stand left of the amounts, except those the definition prints after them
 * (`LabelColumn.afterAmounts`: T13's 绩效目标): a side is labels, amounts, trailing labels.
 */

/** Titles above the two sides of a 收支总表. */
export const SECTION_TITLES: Record<string, string> = { in: '收　　入', out: '支　　出' };

export { PROSE_LENGTH } from './long-labels';

/** Printed in the 栏次 row under each descriptive column (as the 舟山 seed prints it). */
export const LABEL_COLUMN_NUMBER = '**';

export type LabelKind = 'code' | 'name' | 'text' | 'prose';

export interface FormSide {
  section: string;
  /** Descriptive columns left of the amounts. */
  labels: DerivedTable['labelColumns'];
  labelKinds: LabelKind[];
  columns: DerivedColumn[];
  /** Descriptive columns right of the amounts (`LabelColumn.afterAmounts`), often none. */
  trailing: DerivedTable['labelColumns'];
  trailingKinds: LabelKind[];
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

/** Keys of the table's descriptive columns printed right of the amounts (its definition's `afterAmounts`). */
export function trailingLabelKeys(table: Pick<DerivedTable, 'id' | 'variant'>): ReadonlySet<string> {
  const spec = findTableSpec(table.id, table.variant);
  return new Set(spec?.labelColumns.filter((l) => l.afterAmounts === true).map((l) => l.key) ?? []);
}

export function formSides(table: DerivedTable): FormSide[] {
  const columns = table.columns.filter((c) => c.printed);
  const rows = table.rows.filter((r) => r.printed);
  const sections = [...new Set(columns.map((c) => c.section))];
  if (sections.length === 0) sections.push(rows[0]?.section ?? 'main');
  const long = table.labelColumns.some((l) => l.key !== 'code' && l.key !== 'name') ? longLabelKeys(rows) : null;
  const kindOf = (l: { key: string }): LabelKind => {
    if (l.key === 'code') return 'code';
    if (l.key === 'name') return 'name';
    return long?.has(l.key) ? 'prose' : 'text';
  };
  const after = trailingLabelKeys(table);
  const labels = table.labelColumns.filter((l) => !after.has(l.key));
  const trailing = table.labelColumns.filter((l) => after.has(l.key));
  const labelKinds = labels.map(kindOf);
  const trailingKinds = trailing.map(kindOf);
  let start = 0;
  return sections.map((section) => {
    const cols = columns.filter((c) => c.section === section);
    const side: FormSide = {
      section,
      labels,
      labelKinds,
      columns: cols,
      trailing,
      trailingKinds,
      rows: sections.length === 1 ? rows : rows.filter((r) => r.section === section),
      start,
      width: table.labelColumns.length + cols.length,
    };
    start += side.width;
    return side;
  });
}

function textsOf(labels: FormSide['labels'], row: DerivedRow | undefined): string[] {
  return labels.map((l) =>
    !row ? '' : l.key === 'code' ? row.code : l.key === 'name' ? row.name : (row.text?.[l.key] ?? ''),
  );
}

/** The label texts of a row on a side, left of the amounts (code, name, or the row's text fields). */
export function labelTexts(side: FormSide, row: DerivedRow | undefined): string[] {
  return textsOf(side.labels, row);
}

/** The texts of a row's descriptive columns right of the amounts (`FormSide.trailing`). */
export function trailingTexts(side: FormSide, row: DerivedRow | undefined): string[] {
  return textsOf(side.trailing, row);
}

/** First form column of the side's trailing labels (right of its amounts). */
export function trailingStart(side: FormSide): number {
  return side.start + side.labels.length + side.columns.length;
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
function headerOf(sides: FormSide[], titles?: Readonly<Record<string, string>>): FormLayout['header'] {
  const cells: HeaderCell[] = [];
  let top = 0;
  if (sides.length > 1) {
    for (const s of sides) {
      const text = titles?.[s.section] ?? SECTION_TITLES[s.section] ?? s.section;
      const before = cells[cells.length - 1];
      // Sides under one heading (table.sectionTitles) share its cell.
      if (before && titles && before.text === text) before.colSpan += s.width;
      else cells.push({ row: 0, col: s.start, rowSpan: 1, colSpan: s.width, text, kind: 'section' });
    }
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
    side.trailing.forEach((l, j) =>
      cells.push({
        row: top,
        col: c + j,
        rowSpan: depth,
        colSpan: 1,
        text: l.title,
        kind: 'label',
        key: l.key,
      }),
    );
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
        ...s.trailing.map((_, j) => ({ col: trailingStart(s) + j, text: LABEL_COLUMN_NUMBER })),
      ])
    : null;
  const lines = options.lineNumbers && sides.length > 1 ? linesByNumber(sides, options.lineNumbers) : linesOf(sides);
  return { sides, width, header: headerOf(sides, table.sectionTitles), columnNumbers, lines };
}
