import { CHART_PRINT_WIDTH_MM } from './svg-charts';
import { CELL_PADDING_PT, RULE_PT, TABLE_FONT_PT } from './table-columns';
import { TOC_TITLE_PT, tocScaleCss } from './toc-fit';

/**
 * Print styles after GB/T 9704-2012 (党政机关公文格式): A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm;
 * body 3号 (16 pt) 仿宋, 22 lines a page; headings by level 黑体 (一、), 楷体 （一）, 仿宋 (1. and （1）).
 * Wide tables are set on landscape named pages, their header repeated (thead) and no row split; a
 * long table is several <table>s (table-chunks.ts), each a sheet of its own starting a new page.
 *
 * Page numbers: the `cssPageNumbers` option adds @page margin-box counters (“— N —”, none on the
 * cover), which Chromium prints with mixed page sizes; the CLI and the app print with it on.
 */
export function reportCss(opts: { cssPageNumbers?: boolean } = {}): string {
  const pageNumbers = opts.cssPageNumbers
    ? `@page { @bottom-center { content: "— " counter(page) " —"; font: 14pt "Noto Serif CJK SC", serif; } }
@page cover { @bottom-center { content: none; } }`
    : '';
  return `
@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
@page cover { size: A4 portrait; margin: 30mm 26mm 30mm 28mm; }
@page landscape { size: A4 landscape; margin: 22mm 20mm 24mm 20mm; }
@page tableportrait { size: A4 portrait; margin: 25mm 20mm 28mm 20mm; }
${pageNumbers}
:root {
  --fangsong: "FangSong", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", serif;
  --heiti: "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif;
  --kaiti: "KaiTi", "KaiTi_GB2312", "STKaiti", "Noto Serif CJK SC", serif;
  --songti: "SimSun", "STSong", "Noto Serif CJK SC", serif;
  --xiaobiaosong: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", serif;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: var(--fangsong); font-size: 16pt; line-height: 29pt; color: #000; }
.sheet { break-before: page; }
.sheet:first-of-type { break-before: auto; }
.cover { page: cover; break-before: auto; display: flex; flex-direction: column; align-items: center; min-height: 236mm; }
.cover .draft-line { align-self: flex-end; font-family: var(--heiti); font-size: 14pt; color: #c00000; border: 1.5pt solid #c00000; padding: 0 6pt; line-height: 24pt; }
.cover h1 { margin: 70mm 0 0; font-family: var(--xiaobiaosong); font-weight: bold; font-size: 26pt; line-height: 40pt; text-align: center; letter-spacing: 1pt; }
.cover .cover-sub { margin-top: 12mm; font-family: var(--kaiti); font-size: 18pt; text-align: center; }
.cover .cover-foot { margin-top: auto; font-family: var(--kaiti); font-size: 16pt; text-align: center; }
.toc h1 { font-family: var(--heiti); font-weight: normal; font-size: 22pt; line-height: ${TOC_TITLE_PT.line}pt; text-align: center; letter-spacing: 12pt; margin: 0 0 ${TOC_TITLE_PT.after}pt; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0; break-inside: avoid; }
.toc a { color: inherit; text-decoration: none; }
.toc .toc-part { font-family: var(--heiti); }
.toc .toc-unit { white-space: nowrap; }
${tocScaleCss()}
h1, h2, h3, h4 { font-weight: normal; orphans: 2; widows: 2; margin: 0; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
.part-title { font-family: var(--heiti); font-size: 22pt; line-height: 36pt; text-align: center; margin: 0 0 18pt; }
.h-cn { font-family: var(--heiti); font-size: 16pt; text-indent: 2em; }
.h-paren-cn { font-family: var(--kaiti); font-weight: bold; font-size: 16pt; text-indent: 2em; }
.h-arabic, .h-paren-arabic, .h-none { font-family: var(--fangsong); font-weight: bold; font-size: 16pt; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
p .num, h2 .num { margin-right: 0.25em; }
p .lead { font-weight: bold; }
section.sec { break-before: auto; }
/* A heading keeps its first line with it (no orphan heading at a page foot). */
.keep { break-inside: avoid; }
figure.chart { margin: 10pt 0 6pt; break-inside: avoid; text-align: center; }
figure.chart svg { width: 100%; max-width: ${CHART_PRINT_WIDTH_MM}mm; height: auto; }
figure.chart figcaption { font-family: var(--heiti); font-size: 12pt; line-height: 18pt; }
.table-page { break-before: page; page: landscape; }
.table-page.portrait { page: tableportrait; }
.table-page .part-title { margin-bottom: 10pt; }
.table-title { font-family: var(--xiaobiaosong); font-weight: bold; font-size: 18pt; line-height: 28pt; text-align: center; margin: 0 0 4pt; }
.table-meta { display: flex; justify-content: space-between; font-family: var(--songti); font-size: 11pt; line-height: 18pt; margin-bottom: 2pt; }
/* Narrower than the text block by a rule: Chromium sets the outer right rule past a full-width
   table's edge, and the page clips it. */
table.form { width: calc(100% - ${RULE_PT}pt); border-collapse: collapse; table-layout: fixed; font-family: var(--songti); font-size: ${TABLE_FONT_PT.normal}pt; line-height: 14pt; }
table.form.dense { font-size: ${TABLE_FONT_PT.dense}pt; line-height: 13pt; }
table.form.tight { font-size: ${TABLE_FONT_PT.tight}pt; line-height: 11pt; }
table.form thead { display: table-header-group; }
table.form tr, table.form tbody.block { break-inside: avoid; page-break-inside: avoid; }
table.form th, table.form td { border: ${RULE_PT}pt solid #000; padding: 2.5pt ${CELL_PADDING_PT}pt; vertical-align: middle; overflow-wrap: anywhere; }
table.form th { font-family: var(--heiti); font-weight: normal; text-align: center; background: #f2f2f2; }
table.form tr.numbers th { background: #fff; font-family: var(--songti); }
table.form td.c-amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.form.tight td.c-amount { letter-spacing: -0.2pt; }
table.form td.c-code { text-align: left; white-space: nowrap; }
table.form td.c-total-name { text-align: center; }
table.form td.c-prose { text-align: justify; }
table.form tr.emphasis td { font-weight: bold; }
table.form td.c-center { text-align: center; }
/* One form per project (project-forms.ts): a form stays on one page where it fits. */
table.form.project-form { break-inside: avoid; page-break-inside: avoid; margin-bottom: 14pt; }
table.form td.indent-1 { padding-left: 1.2em; }
table.form td.indent-2 { padding-left: 2.4em; }
table.form td.indent-3 { padding-left: 3.6em; }
table.form td.indent-4 { padding-left: 4.8em; }
.table-note { text-indent: 0; font-size: 11pt; line-height: 18pt; margin-top: 4pt; }
.watermark { position: fixed; top: 45%; left: -10%; right: -10%; text-align: center; transform: rotate(-30deg); font-family: var(--heiti); font-size: 56pt; line-height: 60pt; color: rgba(192, 0, 0, 0.14); z-index: 10; pointer-events: none; }
@media screen {
  body { background: #d9d9d9; padding: 8mm 0; }
  /* Pages out of view are not laid out on screen (printing lays out everything, and sooner). */
  .sheet { content-visibility: auto; contain-intrinsic-size: auto 297mm; }
  .sheet { background: #fff; width: 210mm; margin: 0 auto 8mm; padding: 37mm 26mm 35mm 28mm; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .table-page { width: 297mm; padding: 22mm 20mm 24mm; }
  .table-page.portrait { width: 210mm; padding: 25mm 20mm 28mm; }
  .cover { min-height: 297mm; }
}
`;
}
