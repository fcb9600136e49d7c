import type { DerivedColumn, DerivedRow, DerivedTable } from '../../domain/tables/derived';
import { breakHeader } from './widths';
import { GridBuilder, printedAmount, sideKey, writeNotes, writeTitleLines, type ColumnKind, type SheetLayout } from './grid';

/** Titles above the two sides of a 收支总表. */
const SECTION_TITLES: Record<string, string> = { in: '收　　入', out: '支　　出' };
/** A descriptive column with cells longer than this is set as prose (wrapped at a fixed width). */
const PROSE_LENGTH = 16;
/** Printed in a 栏次 row under each descriptive column (as the 舟山 seed prints it). */
export const LABEL_COLUMN_NUMBER = '**';

interface Side {
  section: string;
  labels: DerivedTable['labelColumns'];
  labelKinds: ColumnKind[];
  columns: DerivedColumn[];
  rows: DerivedRow[];
}

function sidesOf(table: DerivedTable): Side[] {
  const columns = table.columns.filter((c) => c.printed);
  const rows = table.rows.filter((r) => r.printed);
  const sections = [...new Set(columns.map((c) => c.section))];
  if (sections.length === 0) sections.push(rows[0]?.section ?? 'main');
  const labelKinds = table.labelColumns.map((l): ColumnKind => {
    if (l.key === 'code') return 'code';
    if (l.key === 'name') return 'name';
    return rows.some((r) => (r.text?.[l.key]?.length ?? 0) > PROSE_LENGTH) ? 'prose' : 'text';
  });
  return sections.map((section) => ({
    section,
    labels: table.labelColumns,
    labelKinds,
    columns: columns.filter((c) => c.section === section),
    rows: sections.length === 1 ? rows : rows.filter((r) => r.section === section),
  }));
}

const sideWidth = (s: Side) => s.labels.length + s.columns.length;

/** Lays out a pivot table (everything but the text table T11). */
export function layoutPivotSheet(table: DerivedTable, departmentName: string): SheetLayout {
  const sides = sidesOf(table);
  const twoSided = sides.length > 1;
  const width = sides.reduce((s, x) => s + sideWidth(x), 0);
  const g = new GridBuilder(width);
  const { titleRow, next } = writeTitleLines(g, table, departmentName);

  const columnKinds: ColumnKind[] = sides.flatMap((s) => [...s.labelKinds, ...s.columns.map(() => 'amount' as const)]);
  const starts: number[] = [];
  sides.reduce((at, s) => (starts.push(at), at + sideWidth(s)), 0);
  const columnIndex = new Map<string, number>();
  const labelIndex = new Map<string, number>();
  sides.forEach((s, i) => {
    s.labels.forEach((l, j) => labelIndex.set(sideKey(s.section, l.key), starts[i] + j));
    s.columns.forEach((c, j) => columnIndex.set(sideKey(s.section, c.key), starts[i] + s.labels.length + j));
  });

  // Header: [收入 | 支出], then one or two rows (groups over their columns).
  const headerTop = next;
  let r = headerTop;
  if (twoSided) {
    g.addRow();
    sides.forEach((s, i) => g.put(r, starts[i], { kind: 'header', text: SECTION_TITLES[s.section] ?? s.section }, 1, sideWidth(s)));
    r++;
  }
  const depth = sides.some((s) => s.columns.some((c) => c.group)) ? 2 : 1;
  for (let i = 0; i < depth; i++) g.addRow();
  sides.forEach((s, i) => writeSideHeader(g, s, r, starts[i], depth));
  r += depth;
  if (table.columnNumbers) {
    g.addRow();
    let n = 0;
    sides.forEach((s, i) => {
      s.labels.forEach((_, j) => g.put(r, starts[i] + j, { kind: 'columnNumber', text: LABEL_COLUMN_NUMBER }));
      s.columns.forEach((_, j) => g.put(r, starts[i] + s.labels.length + j, { kind: 'columnNumber', text: String(++n) }));
    });
    r++;
  }
  const headerBottom = r - 1;

  // Body: the sides' rows paired by index, closing totals aligned on the last rows.
  const rowIndex = new Map<string, number>();
  const lines = alignedSides(sides);
  const height = Math.max(0, ...lines.map((l) => l.length));
  const bodyTop = r;
  for (let i = 0; i < height; i++) {
    const row = g.addRow();
    sides.forEach((s, k) => {
      const dr = lines[k][i];
      if (dr) rowIndex.set(sideKey(dr.section, dr.key), row);
      writeSideRow(g, s, dr, row, starts[k]);
    });
  }
  const bodyBottom = g.rows - 1;
  writeNotes(g, table.notes);
  return {
    width, columnKinds, cells: g.cells, merges: g.merges, mergeAt: g.mergeAt,
    titleRow, headerTop, headerBottom, bodyTop, bodyBottom: Math.max(bodyBottom, headerBottom), rowIndex, columnIndex, labelIndex,
  };
}

/** A side's header rows (`depth` of them): labels and ungrouped columns span all of them. */
function writeSideHeader(g: GridBuilder, side: Side, top: number, left: number, depth: number): void {
  side.labels.forEach((l, j) => g.put(top, left + j, { kind: 'header', text: l.title }, depth, 1));
  let c = left + side.labels.length;
  const cols = side.columns;
  for (let j = 0; j < cols.length;) {
    const group = cols[j].group;
    if (!group) {
      g.put(top, c, { kind: 'header', text: breakHeader(cols[j].title) }, depth, 1);
      j++;
      c++;
      continue;
    }
    let span = 1;
    while (j + span < cols.length && cols[j + span].group === group) span++;
    g.put(top, c, { kind: 'header', text: group }, 1, span);
    for (let k = 0; k < span; k++) g.put(top + 1, c + k, { kind: 'header', text: breakHeader(cols[j + k].title) }, depth - 1, 1);
    j += span;
    c += span;
  }
}

function writeSideRow(g: GridBuilder, side: Side, row: DerivedRow | undefined, r: number, left: number): void {
  const emphasis = row?.emphasis === true;
  const texts = side.labels.map((l) => (!row ? '' : l.key === 'code' ? row.code : l.key === 'name' ? row.name : row.text?.[l.key] ?? ''));
  const hasName = side.labels.some((l) => l.key === 'name');
  if (row && !hasName && texts.every((t) => t === '')) {
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
    g.put(r, left + side.labels.length + j, { kind: 'amount', ...(amount ? { amount } : {}), ...(emphasis ? { emphasis } : {}) });
  });
}

/**
 * Lines of a two-sided table: each side's items from the top, its closing totals (the trailing
 * level-0 rows: 本年收入合计 … 收入总计) aligned at the bottom, as on the paper form.
 */
function alignedSides(sides: Side[]): (DerivedRow | undefined)[][] {
  if (sides.length === 1) return [sides[0].rows];
  const split = sides.map((s) => {
    let cut = s.rows.length;
    while (cut > 0 && s.rows[cut - 1].level === 0) cut--;
    return { items: s.rows.slice(0, cut), totals: s.rows.slice(cut) };
  });
  const itemHeight = Math.max(...split.map((p) => p.items.length));
  const totalHeight = Math.max(...split.map((p) => p.totals.length));
  return split.map((p) => [
    ...p.items, ...Array<undefined>(itemHeight - p.items.length).fill(undefined),
    ...Array<undefined>(totalHeight - p.totals.length).fill(undefined), ...p.totals,
  ]);
}
