import { UNIT_LABEL } from '../../domain/money/units';
import type { DerivedColumn, DerivedRow, DerivedTable } from '../../domain/tables/derived';
import { esc } from './escape';

/**
 * A published table as printed: only printed rows and columns, zero amounts blank, group headers
 * merged (基本支出 over 人员经费/公用经费), two-sided tables (T01/T04 收入 | 支出) side by side with
 * their closing totals aligned at the bottom, the 栏次 row where the layout prints it. The header
 * is a <thead> (repeated on every printed page) and rows do not split across pages (styles.ts).
 */

/** Titles over the two sides of a 收支总表. */
const SECTION_TITLES: Record<string, string> = { in: '收　　入', out: '支　　出' };

/** A descriptive column with cells longer than this is set as prose (wrapped in a wide column). */
const PROSE_LENGTH = 16;

interface Side {
  section: string;
  labels: DerivedTable['labelColumns'];
  prose: ReadonlySet<string>;
  columns: DerivedColumn[];
  rows: DerivedRow[];
}

interface Cell { html: string; cls: string; colSpan?: number; rowSpan?: number }

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
    section, labels: table.labelColumns, prose,
    columns: columns.filter((c) => c.section === section),
    rows: sections.length === 1 ? rows : rows.filter((r) => r.section === section),
  }));
}

/** Printed columns of a table (labels and amounts, both sides). */
export function printedWidth(table: DerivedTable): number {
  return sidesOf(table).reduce((a, s) => a + s.labels.length + s.columns.length, 0);
}

/** Wide tables go on landscape pages: more than 6 printed columns, or long descriptive text. */
export function isWide(table: DerivedTable): boolean {
  const sides = sidesOf(table);
  return printedWidth(table) > 6 || sides.some((s) => s.prose.size > 0);
}

function headerRows(sides: Side[]): Cell[][] {
  const depth = sides.some((s) => s.columns.some((c) => c.group)) ? 2 : 1;
  const rows: Cell[][] = [];
  if (sides.length > 1) {
    rows.push(sides.map((s) => ({ html: esc(SECTION_TITLES[s.section] ?? s.section), cls: 'h-group', colSpan: s.labels.length + s.columns.length })));
  }
  const perSide = sides.map((side) => {
    const r: Cell[][] = Array.from({ length: depth }, () => []);
    for (const l of side.labels) r[0].push({ html: esc(l.title), cls: `h-label h-${l.key}`, rowSpan: depth });
    let open: Cell | null = null;
    let openName: string | undefined;
    for (const c of side.columns) {
      if (!c.group) {
        r[0].push({ html: esc(c.title), cls: 'h-amount', rowSpan: depth });
        open = null;
        openName = undefined;
        continue;
      }
      if (open && openName === c.group) open.colSpan = (open.colSpan ?? 1) + 1;
      else {
        open = { html: esc(c.group), cls: 'h-group', colSpan: 1 };
        openName = c.group;
        r[0].push(open);
      }
      r[1].push({ html: esc(c.title), cls: 'h-amount', rowSpan: depth - 1 });
    }
    return r;
  });
  for (let i = 0; i < depth; i++) rows.push(perSide.flatMap((r) => r[i]));
  return rows;
}

function columnNumbers(sides: Side[]): Cell[] {
  let n = 0;
  return sides.flatMap((s) => [
    ...(s.labels.length > 0 ? [{ html: '栏次', cls: 'h-number', colSpan: s.labels.length }] : []),
    ...s.columns.map(() => ({ html: String(++n), cls: 'h-number' })),
  ]);
}

function labelCells(side: Side, row: DerivedRow): Cell[] {
  const indent = Math.max(0, row.level - 1);
  const texts = side.labels.map((l) => (l.key === 'code' ? row.code : l.key === 'name' ? row.name : row.text?.[l.key] ?? ''));
  if (!side.labels.some((l) => l.key === 'name') && texts.every((t) => t === '')) {
    // A total row (合计) of a table labelled by other fields: its name spans the label columns.
    return [{ html: esc(row.name), cls: 'c-name c-total-name', colSpan: side.labels.length }];
  }
  return side.labels.map((l, i) => {
    const kind = l.key === 'code' ? 'c-code' : l.key === 'name' ? 'c-name' : side.prose.has(l.key) ? 'c-prose' : 'c-text';
    const pad = l.key === 'name' && indent > 0 ? ` indent-${Math.min(indent, 4)}` : '';
    return { html: esc(texts[i]), cls: `${kind}${pad}` };
  });
}

function rowCells(side: Side, row: DerivedRow | undefined): Cell[] {
  if (!row) return Array.from({ length: side.labels.length + side.columns.length }, () => ({ html: '', cls: 'c-blank' }));
  return [...labelCells(side, row), ...side.columns.map((c) => ({ html: esc(printedAmount(row.values[c.key])), cls: 'c-amount' }))];
}

/** Lines of a two-sided table: items from the top, closing totals (trailing level-0 rows) at the bottom. */
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

function td(c: Cell, tag: 'td' | 'th'): string {
  const span = `${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
  return `<${tag} class="${c.cls}"${span}>${c.html}</${tag}>`;
}

/** Relative widths of descriptive columns by key (amount columns weigh 1). */
const LABEL_WEIGHTS: Record<string, number> = {
  code: 0.85, unitName: 1.7, projectName: 1.7, parent: 1.7, category: 1.2,
  level1: 1.1, level2: 1.1, level3: 1.5, op: 0.7, value: 0.8, unit: 0.8, weight: 0.6,
};

/**
 * <col> widths as percentages of the table, from weights: amounts 1, codes narrow, names wider
 * when there are few amount columns (and never narrower than 2.4 amounts), prose 4. Fixed
 * layout: the table always fits its page and never runs off the edge.
 */
function colgroup(sides: Side[]): string {
  const weights: number[] = [];
  for (const s of sides) {
    const name = Math.min(3.4, Math.max(2.4, 1.4 + s.columns.length * 0.5));
    for (const l of s.labels) weights.push(l.key === 'name' ? name : s.prose.has(l.key) ? 4 : LABEL_WEIGHTS[l.key] ?? 1.4);
    for (let i = 0; i < s.columns.length; i++) weights.push(1);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  return `<colgroup>${weights.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
}

/** Size class of a table by its printed columns (the font shrinks on the widest forms). */
export function densityOf(table: DerivedTable): 'normal' | 'dense' | 'tight' {
  const w = printedWidth(table);
  // Text tables (目标, 指标) stay readable: their prose column takes the width instead.
  if (sidesOf(table).some((s) => s.prose.size > 0)) return w <= 6 ? 'normal' : 'dense';
  return w <= 6 ? 'normal' : w <= 11 ? 'dense' : 'tight';
}

/** The table element with its title block and notes, for a table page. */
export function renderTableHtml(table: DerivedTable, departmentName: string): string {
  const sides = sidesOf(table);
  const head = headerRows(sides).map((r) => `<tr>${r.map((c) => td(c, 'th')).join('')}</tr>`);
  if (table.columnNumbers) head.push(`<tr class="numbers">${columnNumbers(sides).map((c) => td(c, 'th')).join('')}</tr>`);
  const lines = alignedSides(sides);
  const height = Math.max(0, ...lines.map((l) => l.length));
  // Text tables (T11): a project and its indicator rows form one block kept on one page.
  const blocks = sides.length === 1 && sides[0].prose.size > 0;
  const body: string[] = [];
  for (let i = 0; i < height; i++) {
    const rows = lines.map((l) => l[i]);
    const emphasis = rows.some((r) => r?.emphasis);
    const cells = sides.flatMap((side, s) => rowCells(side, rows[s]));
    if (blocks && i > 0 && (rows[0]?.level ?? 0) <= 1) body.push('</tbody><tbody class="block">');
    body.push(`<tr${emphasis ? ' class="emphasis"' : ''}>${cells.map((c) => td(c, 'td')).join('')}</tr>`);
  }
  const notes = table.notes.map((n) => `<p class="table-note">${table.empty ? '' : '注：'}${esc(n)}</p>`).join('');
  const title = `${table.number ? `${esc(table.number)}　` : ''}${esc(table.title)}`;
  return `<h2 class="table-title" id="table-${esc(table.id)}">${title}</h2>
<div class="table-meta"><span>编制单位：${esc(departmentName)}</span><span>单位：${UNIT_LABEL[table.unit]}</span></div>
<table class="form ${densityOf(table)}">${colgroup(sides)}<thead>${head.join('')}</thead><tbody${blocks ? ' class="block"' : ''}>${body.join('')}</tbody></table>
${notes}`;
}
