import {
  headingText,
  type Block,
  type Paragraph,
  type Part,
  type ReportDocument,
  type Section,
} from '../domain/report/model';
import { balanceRounding } from '../domain/tables/balance-rounding';
import type { DerivedTable } from '../domain/tables/derived';
import { esc } from './escape';
import { reportCss } from './styles';
import { renderChart } from './svg-charts';
import { isWide, renderTableHtml, type TableHtmlOptions } from './table-html';
import { tocScale, tocUnitText, type TocEntry } from './toc-fit';

export interface RenderOptions {
  /** Line under the title on the cover (e.g. the approval date “2022年3月”); none by default. */
  coverDate?: string;
  /** Second line of the cover title; default the document's `coverTitle`, else “{year}年部门预算” (the 决算 prints “{year}年度部门决算”). */
  coverTitle?: string;
  /** Adds @page margin-box page numbers (for printing the HTML from a browser; see styles.ts). */
  cssPageNumbers?: boolean;
  /** Most body lines per printed `<table>` of a long table (table-chunks.ts); for tests and benches. */
  tableChunkLines?: number;
  /** How a table prints beyond the defaults (the 决算 forms' header lines, 行次, notes: final-report.ts). */
  tableOptions?: (table: DerivedTable) => TableHtmlOptions;
  /** 舍位平衡: the tables printed balanced (balance-rounding.ts), said under the tables part's title. */
  balanceRounding?: boolean;
}

/** Said under the title of the tables part when they are printed balanced. */
export const BALANCED_TABLES_NOTE =
  '本部分各表金额已作舍位平衡处理：各合计数等于其明细数之和，明细数与精确值相差不超过0.01。';

/** The mark printed while error findings remain (docs/rules.md “Severities”). */
export const DRAFT_MARK = '草稿（未通过审核）';

/**
 * The report as one self-contained HTML document for screen and print (A4): cover, 目录, the
 * parts in the document's order, each wide table on a landscape page, charts as inline SVG, and
 * the 草稿（未通过审核） watermark on every page while `doc.draftMark`. `tables` are the engine's
 * derived tables; the document refers to them by id.
 */
export function renderReportHtml(
  doc: ReportDocument,
  tables: readonly DerivedTable[],
  options: RenderOptions = {},
): string {
  const printed = options.balanceRounding ? balanceRounding(tables) : tables;
  const byId = new Map(printed.map((t) => [t.id, t]));
  const body = [
    cover(doc, options),
    toc(doc, byId),
    ...doc.parts.map((p) => (p.id === 'tables' ? tablesPart(p, byId, doc.department, options) : textPart(p))),
  ].join('\n');
  const watermark = doc.draftMark ? `<div class="watermark" aria-hidden="true">${DRAFT_MARK}</div>\n` : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}${doc.draftMark ? `（${DRAFT_MARK}）` : ''}</title>
<style>${reportCss({ cssPageNumbers: options.cssPageNumbers })}</style>
</head>
<body>
${watermark}${body}
</body>
</html>
`;
}

function cover(doc: ReportDocument, options: RenderOptions): string {
  return `<section class="sheet cover">
${doc.draftMark ? `<div class="draft-line">${DRAFT_MARK}</div>` : ''}
<h1>${esc(doc.department)}<br>${esc(options.coverTitle ?? doc.coverTitle ?? `${doc.year}年部门预算`)}</h1>
<div class="cover-sub">${esc(doc.department)}</div>
${options.coverDate ? `<div class="cover-foot">${esc(options.coverDate)}</div>` : ''}
</section>`;
}

const partAnchor = (p: Part) => `part-${p.id}`;
const sectionAnchor = (s: Section) => `sec-${s.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * 目录: parts, their first-level sections and tables (linked; page numbers are left to the footer),
 * on one page. When the tables are not all in one amount unit (Shanghai: 元, the 三公 table in
 * 万元), each table's line names its unit, as the Excel 目录 does.
 */
function toc(doc: ReportDocument, tables: ReadonlyMap<string, DerivedTable>): string {
  const tableUnit = tableUnitsIfMixed(doc, tables);
  const entries: (TocEntry & { href: string })[] = [];
  for (const p of doc.parts) {
    entries.push({ kind: 'part', text: headingText(p), href: partAnchor(p) });
    for (const b of p.blocks) {
      if (b.kind === 'section') entries.push({ kind: 'section', text: headingText(b), href: sectionAnchor(b) });
      else if (b.kind === 'table') {
        const unit = tableUnit.get(b.tableId);
        entries.push({ kind: 'table', text: b.title, ...(unit ? { unit } : {}), href: `table-${b.tableId}` });
      }
    }
  }
  const items = entries.map((e) => {
    const text = e.unit ? `${esc(e.text)}<span class="toc-unit">${esc(e.unit)}</span>` : esc(e.text);
    return `<li class="toc-${e.kind}"><a href="#${esc(e.href)}">${text}</a></li>`;
  });
  return `<section class="sheet toc"><h1>目录</h1><ol class="toc-${tocScale(entries).name}">${items.join('')}</ol></section>`;
}

/** Per table of the document, “（单位：元）” — only when its tables are not all in one unit. */
function tableUnitsIfMixed(doc: ReportDocument, tables: ReadonlyMap<string, DerivedTable>): Map<string, string> {
  const listed = doc.parts.flatMap((p) =>
    p.blocks.flatMap((b) => (b.kind === 'table' && tables.has(b.tableId) ? [tables.get(b.tableId)!] : [])),
  );
  if (new Set(listed.map((t) => t.unit)).size <= 1) return new Map();
  return new Map(listed.map((t) => [t.id, tocUnitText(t.unit)]));
}

function textPart(p: Part): string {
  return `<section class="sheet part" id="${partAnchor(p)}">
<h1 class="part-title">${esc(headingText(p))}</h1>
${blocks(p.blocks)}
</section>`;
}

function blocks(list: readonly Block[]): string {
  return list.map(block).join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'section':
      return sectionHtml(b);
    case 'paragraph':
      return paragraphHtml(b);
    case 'chart':
      return renderChart(b.chart);
    case 'table':
      return `<p class="table-ref">${esc(b.title)}</p>`;
  }
}

function sectionHtml(s: Section): string {
  const cls = `h-${s.numbering ?? 'none'}`;
  const heading =
    s.numbering === 'arabic' ? `<span class="num">${esc(s.label)}</span>${esc(s.title)}` : esc(headingText(s));
  return `<section class="sec${s.empty ? ' empty' : ''}" id="${sectionAnchor(s)}">
<h2 class="${cls}">${heading}</h2>
${blocks(s.blocks)}
</section>`;
}

function paragraphHtml(p: Paragraph): string {
  const num = p.label ? `<span class="num">${esc(p.label)}</span>` : '';
  const lead = p.lead ? `<span class="lead">${esc(p.lead)}</span>` : '';
  return `<p>${num}${lead}${esc(p.text)}</p>`;
}

/**
 * Each table on its own page(s), landscape when wide; the part title heads the first one. A long
 * table takes several sheets, one per printed `<table>` (table-html.ts), each starting a page.
 */
function tablesPart(
  p: Part,
  byId: ReadonlyMap<string, DerivedTable>,
  department: string,
  options: RenderOptions,
): string {
  const pages: string[] = [];
  let first = true;
  for (const b of p.blocks) {
    if (b.kind !== 'table') continue;
    const t = byId.get(b.tableId);
    if (!t) continue;
    const note = options.balanceRounding ? `<p class="table-note balanced-note">${BALANCED_TABLES_NOTE}</p>\n` : '';
    const heading = first ? `<h1 class="part-title" id="${partAnchor(p)}">${esc(headingText(p))}</h1>\n${note}` : '';
    first = false;
    const sheet = `sheet table-page${isWide(t) ? '' : ' portrait'}`;
    renderTableHtml(t, department, { chunkLines: options.tableChunkLines, ...options.tableOptions?.(t) }).forEach(
      (html, i) =>
        pages.push(`<section class="${sheet}${i > 0 ? ' continued' : ''}">
${i === 0 ? heading : ''}${html}
</section>`),
    );
  }
  return pages.join('\n');
}
