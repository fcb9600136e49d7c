import { builtinStandardTerms } from '../../builtin/standard-terms';
import type { DraftRepository } from '../../data/draft-repository';
import { generateReport } from '../../../src-core/domain/report/generate';
import { printReport, saveReportPdf } from '../../platform/print-report';
import { saveFile, type SaveOutcome } from '../../platform/files';
import { renderReportHtml } from '../../../src-core/report-html/render';
import type { DraftSession } from '../session/draft-session';
import { confirmPublishWithErrors } from './export-gate';

/** What an export came to: a message for the officer, or nothing to say (cancelled, downloaded). */
export type ExportOutcome = { ok: true; message: string | null } | { ok: false; message: string };

const outcome = (saved: SaveOutcome): ExportOutcome => (saved.ok ? { ok: true, message: saved.message } : saved);

/** Nothing to say: the officer chose to go back and fix the errors. */
const NOT_NOW: ExportOutcome = { ok: true, message: null };

/** 导出草稿文件: every edit stored first, then the draft as `*.budget.json` (save dialog or download). */
export async function exportDraftFile(repo: DraftRepository, session: DraftSession): Promise<ExportOutcome> {
  await session.flush();
  const text = await repo.exportDraftFile(session.draftId);
  if (!text.ok) return { ok: false, message: text.error.message };
  const head = session.engine.head;
  return outcome(
    await saveFile({ kind: 'draft', department: head.department.name, year: head.year, data: text.value }),
  );
}

/** What the export dialog lets the officer choose (the layout is the draft's, chosen in the dialog too). */
export interface WorkbookOptions {
  /** 舍位平衡: displayed parts adjusted so that every displayed total is their sum. */
  balanceRounding: boolean;
  /** The file name proposed to the save dialog (or downloaded under); the default name when blank. */
  fileName?: string;
}

/** 导出 Excel: the published tables of the chosen layout, “{部门}{年度}年部门预算公开表.xlsx”. */
export async function exportWorkbook(
  session: DraftSession,
  options: WorkbookOptions,
  onStart?: () => void,
): Promise<ExportOutcome> {
  if (!(await confirmPublishWithErrors('导出 Excel', session.engine.findings()))) return NOT_NOW;
  onStart?.();
  const engine = session.engine;
  let bytes: Uint8Array;
  try {
    const { writeXlsx } = await import('../../../src-core/export/xlsx/workbook-writer');
    bytes = await writeXlsx(
      { draft: engine.draft, layout: engine.layout, tables: engine.tables() },
      { balanceRounding: options.balanceRounding },
    );
  } catch (e) {
    return { ok: false, message: `生成 Excel 文件失败（${e instanceof Error ? e.message : String(e)}）。请重试。` };
  }
  const head = engine.head;
  return outcome(
    await saveFile({
      kind: 'xlsx',
      department: head.department.name,
      year: head.year,
      fileName: options.fileName,
      data: bytes,
    }),
  );
}

/** What the print dialog lets the officer choose (the layout is the draft's, chosen in the dialog too). */
export interface PrintOptions {
  /** 舍位平衡 of the printed tables (the text's figures are the exact ones, rounded as printed). */
  balanceRounding?: boolean;
  /** The PDF's file name (save dialog); the default name when blank. */
  fileName?: string;
}

/** The printed disclosure (情况说明 with the tables), as ReportSection prints it. */
function reportHtml(session: DraftSession, options: PrintOptions): string {
  const engine = session.engine;
  return renderReportHtml(generateReport(engine, { standardTerms: builtinStandardTerms }), engine.tables(), {
    cssPageNumbers: true,
    balanceRounding: options.balanceRounding,
  });
}

/** 打印: the disclosure through the system print dialog. */
export async function printDisclosure(session: DraftSession, options: PrintOptions = {}): Promise<ExportOutcome> {
  if (!(await confirmPublishWithErrors('打印', session.engine.findings()))) return NOT_NOW;
  return printReport(reportHtml(session, options));
}

/** 导出 PDF: the disclosure as “{部门}{年度}年部门预算情况说明.pdf”, or under the officer's name. */
export async function exportDisclosurePdf(session: DraftSession, options: PrintOptions = {}): Promise<ExportOutcome> {
  if (!(await confirmPublishWithErrors('导出 PDF', session.engine.findings()))) return NOT_NOW;
  const head = session.engine.head;
  return saveReportPdf(reportHtml(session, options), head.department.name, head.year, options.fileName);
}
