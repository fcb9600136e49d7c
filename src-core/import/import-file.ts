import { err, ok, type Result } from '../domain/result';
import { analyzeImport, type ImportContext, type ImportPreview } from './import-workbook';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { unreadableFileMessage } from './messages';
import { readWorkbook } from './read-workbook';

/**
 * One call for the app and the CLI: file bytes → the preview the officer confirms (or the reason
 * the file cannot be read at all, in Chinese — also for an unexpected failure). Pure apart from
 * the time it takes.
 */
export async function previewImportFile(
  bytes: Uint8Array,
  fileName: string,
  ctx: ImportContext,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<Result<ImportPreview, string>> {
  const wb = await readWorkbook(bytes, fileName, limits);
  if (!wb.ok) return err(wb.error);
  try {
    return ok(analyzeImport(wb.value, { maxProblemsKept: limits.maxProblemsKept, ...ctx }));
  } catch {
    return err(unreadableFileMessage(fileName));
  }
}
