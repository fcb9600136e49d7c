import type { CatalogPair } from '../domain/catalog/catalog';
import type { FinalDraft } from '../domain/draft/types';
import { err, ok, type Result } from '../domain/result';
import { analyzeFinalImport, type FinalImportContext, type FinalImportPreview } from './final-import-workbook';
import { applyFinalImport } from './final-plan-import';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import { unreadableFileMessage } from './messages';
import type { ImportMode } from './plan-import';
import { readWorkbook } from './read-workbook';

/**
 * The 决算 import in one call, for the CLI and the 决算 editor: file bytes (.xlsx, .xls, CSV) →
 * the preview (every row checked), or the new draft. Pure apart from the time it takes; a file
 * that cannot be read, or a failure nobody foresaw, is a Chinese message, never an exception.
 */
export async function previewFinalImportFile(
  bytes: Uint8Array,
  fileName: string,
  ctx: FinalImportContext,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<Result<FinalImportPreview, string>> {
  const wb = await readWorkbook(bytes, fileName, limits);
  if (!wb.ok) return err(wb.error);
  try {
    return ok(analyzeFinalImport(wb.value, { maxProblemsKept: limits.maxProblemsKept, ...ctx }));
  } catch {
    return err(unreadableFileMessage(fileName));
  }
}

export interface FinalImportOptions extends Omit<FinalImportContext, 'base' | 'catalogs'> {
  /** replace (default): the file's lines replace the draft's; append: they are added. */
  mode?: ImportMode;
  limits?: ImportLimits;
}

/**
 * Imports a file of 决算 lines into `base`: the new draft with the preview it came from, or every
 * reason nothing was imported (Chinese lines: sheet, 第 N 行, column, why). `base` is not changed.
 */
export async function importFinalFile(
  bytes: Uint8Array,
  fileName: string,
  base: FinalDraft,
  catalogs: CatalogPair,
  options: FinalImportOptions = {},
): Promise<Result<{ draft: FinalDraft; preview: FinalImportPreview }, string[]>> {
  const { mode = 'replace', limits, ...ctx } = options;
  const preview = await previewFinalImportFile(bytes, fileName, { ...ctx, base, catalogs }, limits);
  if (!preview.ok) return err([preview.error]);
  try {
    const applied = applyFinalImport(base, preview.value, mode);
    return applied.ok ? ok({ draft: applied.value, preview: preview.value }) : applied;
  } catch {
    return err([unreadableFileMessage(fileName)]);
  }
}
