import type { DerivedColumn, DerivedRow, DerivedTable } from '../../domain/tables/derived';

/**
 * The cells of a table as printed on the paper form: header rows with merged group cells, an
 * optional 栏次 row, and body rows. Two-sided tables (收入 | 支出) put their sections side by side.
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

export interface BodyRow { key: string; cells: BodyCell[] }

/** Titles above the two sides of a 收支总表. */
const SECTION_TITLES: Record<string, string> = { in: '收　　入', out: '支　　出' };

/** A descriptive column with cells longer than this is set as prose (wrapped at a fixed width). */
const PROSE_LENGTH = 16;

interface Side {
  section: string;
  labels: DerivedTable['labelColumns'];
  /** Keys of descriptive columns holding long text. */
  prose: ReadonlySet<string>;
  columns: DerivedColumn[];
  rows: DerivedRow[];
}

/** Amounts of zero are printed blank, as on the published forms. */
export function printedAmount(value: string | undefined): string {
  if (value === undefined || /^-?0*(\.0*)?$/.test(value)) return '';
  return value;
}

function sidesOf(table: DerivedTable): Side[] {
  const columns = table.columns.filter((c) => c.printed);
  const rows = table.rows.filter((r) => r.printed);
  const sections = [...new Set(columns.map((c) => c.section))];
  const prose = new Set(table.labelColumns
    .filter((l) => rows.some((r) => (r.text?.[l.key]?.length ?? 0) > PROSE_LENGTH))
    .map((l) => l.key));
  return sections.map((section) => ({
    section,
    labels: table.labelColumns,
    prose,
    columns: columns.filter((c) => c.section === section),
    rows: sections.length === 1 ? rows : rows.filter((r) => r.section === section),
  }));
}

function sideWidth(side: Side): number {
  return side.labels.length + side.columns.length;
}

/** A side's header rows (`depth` of them): labels and ungrouped columns span all rows. */
function sideHeader(side: Side, depth: number): HeaderCell[][] {
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  for (const l of side.labels) rows[0].push({ text: l.title, colSpan: 1, rowSpan: depth, kind: 'label' });
  let previousGroup: HeaderCell | null = null;
  let previousName: string | undefined;
  for (const c of side.columns) {
    if (!c.group) {
      rows[0].push({ text: c.title, colSpan: 1, rowSpan: depth, kind: 'amount' });
      previousGroup = null;
      previousName = undefined;
      continue;
    }
    if (previousGroup && previousName === c.group) previousGroup.colSpan += 1;
    else {
      previousGroup = { text: c.group, colSpan: 1, rowSpan: 1, kind: 'group' };
      previousName = c.group;
      rows[0].push(previousGroup);
    }
    rows[1].push({ text: c.title, colSpan: 1, rowSpan: depth - 1, kind: 'amount' });
  }
  return rows;
}

function labelCells(side: Side, row: DerivedRow): BodyCell[] {
  const indent = Math.max(0, row.level - 1);
  const emphasis = row.emphasis === true;
  const texts = side.labels.map((l) => (l.key === 'code' ? row.code : l.key === 'name' ? row.name : row.text?.[l.key] ?? ''));
  const hasName = side.labels.some((l) => l.key === 'name');
  if (!hasName && texts.every((t) => t === '')) {
    // A total row (合计) of a table labelled by other fields: its name spans the label columns.
    return [{ text: row.name, kind: 'name', colSpan: side.labels.length, indent: 0, emphasis }];
  }
  return side.labels.map((l, i) => ({ text: texts[i], kind: labelKind(side, l.key), colSpan: 1, indent: l.key === 'name' ? indent : 0, emphasis }));
}

function labelKind(side: Side, key: string): BodyCell['kind'] {
  if (key === 'code') return 'code';
  if (key === 'name') return 'name';
  return side.prose.has(key) ? 'prose' : 'text';
}

function rowCells(side: Side, row: DerivedRow | undefined): BodyCell[] {
  if (!row) return Array.from({ length: sideWidth(side) }, () => ({ text: '', kind: 'amount' as const, colSpan: 1, indent: 0, emphasis: false }));
  const emphasis = row.emphasis === true;
  return [
    ...labelCells(side, row),
    ...side.columns.map((c) => ({ text: printedAmount(row.values[c.key]), kind: 'amount' as const, colSpan: 1, indent: 0, emphasis })),
  ];
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

export function paperGrid(table: DerivedTable): PaperGrid {
  const sides = sidesOf(table);
  const twoSided = sides.length > 1;
  const depth = sides.some((s) => s.columns.some((c) => c.group)) ? 2 : 1;

  const header: HeaderCell[][] = [];
  if (twoSided) {
    header.push(sides.map((s) => ({ text: SECTION_TITLES[s.section] ?? s.section, colSpan: sideWidth(s), rowSpan: 1, kind: 'group' as const })));
  }
  const sideHeaders = sides.map((s) => sideHeader(s, depth));
  for (let i = 0; i < depth; i++) header.push(sideHeaders.flatMap((h) => h[i]));

  let number = 0;
  const columnNumbers = table.columnNumbers
    ? sides.flatMap((s) => [
      ...(s.labels.length > 0 ? [{ text: '栏次', colSpan: s.labels.length, rowSpan: 1, kind: 'label' as const }] : []),
      ...s.columns.map(() => ({ text: String(++number), colSpan: 1, rowSpan: 1, kind: 'amount' as const })),
    ])
    : null;

  const lines = alignedSides(sides);
  const height = Math.max(0, ...lines.map((l) => l.length));
  const body: BodyRow[] = [];
  for (let i = 0; i < height; i++) {
    const rows = lines.map((l) => l[i]);
    const key = rows.map((r) => r?.key ?? '').join('|');
    body.push({ key: `${i}:${key}`, cells: sides.flatMap((side, s) => rowCells(side, rows[s])) });
  }
  return { header, columnNumbers, body };
}
