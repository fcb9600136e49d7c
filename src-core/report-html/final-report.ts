import type { FinalEngine } from '../domain/final/final-engine';
import type { FinalDerivedTable } from '../domain/final/final-tables';
import { generateFinalReport, type FinalReportOptions } from '../domain/final/report/generate-final';
import type { ReportDocument } from '../domain/report/model';
import { balanceRounding } from '../domain/tables/balance-rounding';
import type { DerivedTable } from '../domain/tables/derived';
import { presentColumnBlocks } from '../export/paper/column-blocks';
import { renderReportHtml, type RenderOptions } from './render';
import { withPrintedLineNumbers } from './final-line-numbers';
import type { TableHtmlOptions } from './table-html';

/**
 * The printed 决算 as one HTML document (docs/final-accounts.md “The printed 情况说明”): the model
 * of `generateFinalReport` drawn by the budget report's renderer (render.ts: A4, cover, 目录,
 * tables, SVG charts, the 草稿 mark), with what the 决算 forms print differently — the header
 * line 单位：… · 2024年度 · 金额单位：万元 instead of 编制单位, 公开01/04表 with their 行次 and the
 * two sides lined up by them, “栏次” in the 栏次 row, the layout's notes as written (“注：1.本表反映…”),
 * and 公开06表 in its column blocks (export/paper/column-blocks.ts). 舍位平衡 is done on the tables
 * as derived, before they are laid out in blocks — as the Excel export does.
 */
export function renderFinalReportHtml(
  doc: ReportDocument,
  tables: readonly FinalDerivedTable[],
  options: RenderOptions = {},
): string {
  const balanced = options.balanceRounding ? (balanceRounding(tables) as FinalDerivedTable[]) : tables;
  const printed = balanced.map((t) => presentColumnBlocks(withPrintedLineNumbers(t)));
  return renderReportHtml(doc, printed, { ...options, tableOptions: finalTableOptions });
}

/** What the editor and the CLI call: the model and its HTML, from the engine of a 决算 draft. */
export function buildFinalReportHtml(
  engine: FinalEngine,
  options: FinalReportOptions & RenderOptions = {},
): { doc: ReportDocument; html: string } {
  const doc = generateFinalReport(engine, options);
  return { doc, html: renderFinalReportHtml(doc, engine.tables(), options) };
}

function finalTableOptions(table: DerivedTable): TableHtmlOptions {
  const t = table as Partial<FinalDerivedTable>;
  return {
    notesAsWritten: true,
    labelColumnNumber: (key) => (key === 'name' ? '栏次' : ''),
    ...(t.header && t.header.length > 0 ? { headerLines: t.header } : {}),
    ...(t.lineNumbers ? { lineNumbers: t.lineNumbers } : {}),
  };
}
