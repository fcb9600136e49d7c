import { UNIT_LABEL } from '../domain/money/units';
import type { DerivedRow, DerivedTable } from '../domain/tables/derived';
import {
  formLayout,
  formSides,
  labelTexts,
  printedAmount,
  spansLabels,
  trailingTexts,
  type FormLayout,
  type FormSide,
} from '../export/paper/form-layout';
import { isProjectForms } from '../export/paper/project-form';
import { esc } from './escape';
import { projectFormSheets } from './project-forms';
import { chunkLines } from './table-chunks';
import { colgroupHtml, TABLE_PAGE_WIDTH_MM, type Density } from './table-columns';

export { printedAmount } from '../export/paper/form-layout';

/**
 * A published table as printed (the paper form of export/paper/form-layout.ts): only printed rows and columns, zero amounts blank, group headers
 * merged (基本支出 over 人员经费/公用经费), two-sided tables (T01/T04 收入 | 支出) side by side with
 * their closing totals aligned at the bottom, the 栏次 row where the layout prints it. The header
 * is a <thead> (repeated on every printed page) and rows do not split across pages (styles.ts).
 */

interface Cell {
  html: string;
  cls: string;
  colSpan?: number;
  rowSpan?: number;
}

/** Printed columns of a table (labels and amounts, both sides). */
export function printedWidth(table: DerivedTable): number {
  return formSides(table).reduce((a, s) => a + s.width, 0);
}

const hasProse = (s: FormSide) => s.labelKinds.includes('prose') || s.trailingKinds.includes('prose');

/**
 * Wide tables go on landscape pages: more than 6 printed columns, or long descriptive text. Forms
 * printed one per project (Chongqing 表十) stand on portrait pages.
 */
export function isWide(table: DerivedTable): boolean {
  if (isProjectForms(table)) return false;
  return printedWidth(table) > 6 || formSides(table).some(hasProse);
}

const HEADER_CLASS = { section: 'h-group', group: 'h-group', label: 'h-label', amount: 'h-amount' } as const;

function headerRows(form: FormLayout): Cell[][] {
  const rows: Cell[][] = Array.from({ length: form.header.depth }, () => []);
  const cells = [...form.header.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const h of cells) {
    const cls = h.kind === 'label' ? `h-label h-${h.key}` : HEADER_CLASS[h.kind];
    rows[h.row].push({ html: esc(h.text), cls, colSpan: h.colSpan, rowSpan: h.rowSpan });
  }
  return rows;
}

const LABEL_CLASS = { code: 'c-code', name: 'c-name', prose: 'c-prose', text: 'c-text' } as const;

function labelCells(side: FormSide, row: DerivedRow): Cell[] {
  if (spansLabels(side, row)) {
    // A total row (合计) of a table labelled by other fields: its name spans the label columns.
    return [{ html: esc(row.name), cls: 'c-name c-total-name', colSpan: side.labels.length }];
  }
  const indent = Math.max(0, row.level - 1);
  const texts = labelTexts(side, row);
  return side.labels.map((l, i) => {
    const kind = side.labelKinds[i];
    const cls = LABEL_CLASS[kind];
    const pad = kind === 'name' && indent > 0 ? ` indent-${Math.min(indent, 4)}` : '';
    return { html: esc(texts[i]), cls: `${cls}${pad}` };
  });
}

function rowCells(side: FormSide, row: DerivedRow | undefined): Cell[] {
  if (!row) return Array.from({ length: side.width }, () => ({ html: '', cls: 'c-blank' }));
  return [
    ...labelCells(side, row),
    ...side.columns.map((c) => ({ html: esc(printedAmount(row.values[c.key])), cls: 'c-amount' })),
    ...trailingTexts(side, row).map((text, i) => ({ html: esc(text), cls: LABEL_CLASS[side.trailingKinds[i]] })),
  ];
}

function td(c: Cell, tag: 'td' | 'th'): string {
  const span = `${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
  return `<${tag} class="${c.cls}"${span}>${c.html}</${tag}>`;
}

/** Size class of a table by its printed columns (the font shrinks on the widest forms). */
export function densityOf(table: DerivedTable): Density {
  const w = printedWidth(table);
  // Text tables (目标, 指标) stay readable: their prose column takes the width instead.
  if (formSides(table).some(hasProse)) return w <= 6 ? 'normal' : 'dense';
  return w <= 6 ? 'normal' : w <= 11 ? 'dense' : 'tight';
}

/** Characters of the longest text printed in a code column (科目编码, 项目编码 …). */
function longestCode(sides: readonly FormSide[], lines: FormLayout['lines']): number {
  let longest = 0;
  sides.forEach((side, s) => {
    const codes = side.labelKinds.flatMap((k, i) => (k === 'code' ? [i] : []));
    if (codes.length === 0) return;
    for (const line of lines) {
      const row = line[s];
      if (!row || spansLabels(side, row)) continue;
      const texts = labelTexts(side, row);
      for (const i of codes) longest = Math.max(longest, texts[i].length);
    }
  });
  return longest;
}

export interface TableHtmlOptions {
  /** Most body lines per printed `<table>` (table-chunks.ts); CHUNK_LINES by default. */
  chunkLines?: number;
  /** Lines above the table instead of 编制单位 / 单位 (the 决算 forms: 单位：… · 2024年度 · 金额单位：万元). */
  headerLines?: readonly string[];
  /** 行次 by row key: the two sides of a 收支总表 are lined up by them (form-layout.ts). */
  lineNumbers?: Readonly<Record<string, number>>;
  /** The notes carry their own “注：” (the 决算 layouts): printed as written. */
  notesAsWritten?: boolean;
  /** The 栏次 row's text under a descriptive column, by its key (default “**”; the 决算: “栏次” under the name). */
  labelColumnNumber?: (labelKey: string) => string;
}

/**
 * The table with its title block and notes, as the contents of its printed sheets (one `<section>`
 * each, render.ts). A long table is printed as several `<table>`s of at most `chunkLines` lines
 * (table-chunks.ts), each with the header and each starting a new page: the title and the
 * 编制单位/单位 line stand above the first, the notes below the last. A text table (T11) is cut
 * only between projects. A short table is one sheet.
 */
export function renderTableHtml(table: DerivedTable, departmentName: string, options: TableHtmlOptions = {}): string[] {
  if (isProjectForms(table))
    return withTitleAndNotes(
      projectFormSheets(table, departmentName, options.chunkLines),
      table,
      departmentName,
      options,
    );
  const form = formLayout(table, options.lineNumbers ? { lineNumbers: options.lineNumbers } : {});
  const { sides } = form;
  const head = headerRows(form).map((r) => `<tr>${r.map((c) => td(c, 'th')).join('')}</tr>`);
  if (form.columnNumbers) {
    const labelAt = new Map(
      form.header.cells.flatMap((h) => (h.kind === 'label' && h.key !== undefined ? [[h.col, h.key] as const] : [])),
    );
    const text = (n: { col: number; text: string }) => {
      const key = labelAt.get(n.col);
      return key !== undefined && options.labelColumnNumber ? options.labelColumnNumber(key) : n.text;
    };
    head.push(
      `<tr class="numbers">${form.columnNumbers.map((n) => td({ html: esc(text(n)), cls: 'h-number' }, 'th')).join('')}</tr>`,
    );
  }
  // Text tables (T11): a project and its indicator rows form one block kept on one page.
  const blocks = sides.length === 1 && hasProse(sides[0]);
  const startsBlock = (i: number) => !blocks || (form.lines[i][0]?.level ?? 0) <= 1;
  const rows = form.lines.map((line) => {
    const emphasis = line.some((r) => r?.emphasis);
    const cells = sides.flatMap((side, s) => rowCells(side, line[s]));
    return `<tr${emphasis ? ' class="emphasis"' : ''}>${cells.map((c) => td(c, 'td')).join('')}</tr>`;
  });
  const fit = {
    density: densityOf(table),
    pageWidthMm: TABLE_PAGE_WIDTH_MM[isWide(table) ? 'landscape' : 'portrait'],
    codeChars: longestCode(sides, form.lines),
  };
  const opening = `<table class="form ${fit.density}">${colgroupHtml(sides, fit)}<thead>${head.join('')}</thead>`;
  const tableHtml = (start: number, end: number): string => {
    const parts: string[] = [];
    for (let i = start; i < end; i++) {
      if (blocks && i > start && startsBlock(i)) parts.push('</tbody><tbody class="block">');
      parts.push(rows[i]);
    }
    return `${opening}<tbody${blocks ? ' class="block"' : ''}>${parts.join('')}</tbody></table>`;
  };
  const chunks = chunkLines(rows.length, options.chunkLines, startsBlock);
  const tables = chunks.length === 0 ? [tableHtml(0, 0)] : chunks.map((c) => tableHtml(c.start, c.end));
  return withTitleAndNotes(tables, table, departmentName, options);
}

/**
 * The printed sheets of a table with its title and 编制单位/单位 line above the first and its notes
 * below the last (`sheets` holds at least one).
 */
export function withTitleAndNotes(
  sheets: string[],
  table: DerivedTable,
  departmentName: string,
  options: Pick<TableHtmlOptions, 'headerLines' | 'notesAsWritten'>,
): string[] {
  const out = [...sheets];
  const notePrefix = table.empty || options.notesAsWritten ? '' : '注：';
  const notes = table.notes.map((n) => `<p class="table-note">${notePrefix}${esc(n)}</p>`).join('');
  const meta = options.headerLines
    ? options.headerLines.map((l) => `<span>${esc(l)}</span>`).join('')
    : `<span>编制单位：${esc(departmentName)}</span><span>单位：${UNIT_LABEL[table.unit]}</span>`;
  const title = `${table.number ? `${esc(table.number)}\u3000` : ''}${esc(table.title)}`;
  out[0] = `<h2 class="table-title" id="table-${esc(table.id)}">${title}</h2>
<div class="table-meta">${meta}</div>
${out[0]}`;
  out[out.length - 1] = `${out[out.length - 1]}\n${notes}`;
  return out;
}
