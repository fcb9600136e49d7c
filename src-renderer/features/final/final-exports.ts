import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import type { FinalEngine } from '../../../src-core/domain/final/final-engine';
import { saveFile } from '../../platform/files';
import { confirmPublishWithErrors } from '../export/export-gate';
import type { FinalSession } from './final-session';

/** What an export came to: a message for the officer, or nothing to say (cancelled). */
export type FinalExportOutcome = { ok: boolean; message: string | null };

/** “舟山市人民政府办公室2024年度部门决算” — the start of the exported files' names. */
function baseName(session: FinalSession): string {
  const head = session.head;
  return `${head.department.name}${head.year}年度部门决算`;
}

/** 导出草稿文件: the draft as its `*.final.json` text (the text that is stored). */
export async function exportFinalDraftFile(session: FinalSession): Promise<FinalExportOutcome> {
  const head = session.head;
  const saved = await saveFile({
    kind: 'draft',
    department: head.department.name,
    year: head.year,
    fileName: `${baseName(session)}.final.json`,
    data: saveFinalDraftText(session.engine.draft),
  });
  return saved.ok ? { ok: true, message: saved.message } : saved;
}

/** “…2024年度部门决算公开表” — the workbook's proposed name (without .xlsx). */
export function finalWorkbookName(session: FinalSession): string {
  return `${baseName(session)}公开表`;
}

/** What the 导出 Excel dialog chose: 舍位平衡 and the file name (blank: the proposed one). */
export interface FinalWorkbookOptions {
  balanceRounding: boolean;
  fileName?: string;
}

/**
 * 导出 Excel: 公开01–09表 of `engine` (the session's, or the same draft under the layout chosen in the
 * dialog), balanced when asked; the workbook writer is loaded as its own chunk. Errors in 审核 are
 * confirmed first, as for the 预算.
 */
export async function exportFinalWorkbook(
  session: FinalSession,
  options: FinalWorkbookOptions,
  engine: FinalEngine = session.engine,
): Promise<FinalExportOutcome> {
  if (!(await confirmPublishWithErrors('导出 Excel', engine.findings()))) return { ok: true, message: null };
  const { writeFinalXlsx } = await import('../../../src-core/export/xlsx/final-workbook');
  let bytes: Uint8Array;
  try {
    bytes = await writeFinalXlsx(
      { draft: engine.head, layout: engine.layout, tables: engine.tables() },
      { balanceRounding: options.balanceRounding },
    );
  } catch (e) {
    return { ok: false, message: `生成 Excel 失败（${e instanceof Error ? e.message : String(e)}），草稿没有改动。` };
  }
  const head = session.head;
  const saved = await saveFile({
    kind: 'xlsx',
    department: head.department.name,
    year: head.year,
    fileName: options.fileName?.trim() ? options.fileName : finalWorkbookName(session),
    data: bytes,
  });
  return saved.ok ? { ok: true, message: saved.message } : saved;
}
