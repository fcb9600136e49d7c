import type { SheetChoice } from '../../../src-core/import/import-workbook';
import type { SheetKind } from '../../../src-core/import/mapping';

/**
 * 列对应 remembered on this computer: when the officer had to choose columns (or a sheet's kind,
 * or its amount unit) for a file, the choice is kept under the sheet's header signature
 * (import-job.ts, SheetMappingView.signature), and offered again for the next file whose sheet has
 * the same headers — the same export of the same system, next month. Offered, never applied
 * unasked. At most 30 are kept (the oldest go first); one localStorage entry holds them all.
 */
const KEY = 'budget-import-mappings';
const MAX = 30;

export interface SavedMapping {
  kind: SheetKind | null;
  columns?: Record<string, number | null>;
  amountUnit?: SheetChoice['amountUnit'];
  /** The file it was chosen for, and when (shown when offering it). */
  fileName: string;
  savedAt: string;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readAll(): Record<string, SavedMapping> {
  const s = storage();
  try {
    const raw = s?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, SavedMapping>)
      : {};
  } catch {
    return {};
  }
}

/** The saved choice for a sheet with these headers, if any. */
export function savedMapping(signature: string): SavedMapping | null {
  if (signature === '') return null;
  const m = readAll()[signature];
  return m && typeof m === 'object' && typeof m.savedAt === 'string' ? m : null;
}

/** Whether a choice says more than “import this sheet as recognised”: only such choices are worth remembering. */
export function worthRemembering(choice: SheetChoice | undefined): boolean {
  return !!choice && (Object.keys(choice.columns ?? {}).length > 0 || choice.amountUnit !== undefined);
}

/** Remembers the officer's choice for a sheet's headers; false when storage is unavailable or full. */
export function rememberMapping(
  signature: string,
  choice: SheetChoice,
  fileName: string,
  savedAt = new Date().toISOString(),
): boolean {
  const s = storage();
  if (!s || signature === '') return false;
  const all = readAll();
  delete all[signature];
  all[signature] = {
    kind: choice.kind ?? null,
    ...(choice.columns ? { columns: choice.columns } : {}),
    ...(choice.amountUnit ? { amountUnit: choice.amountUnit } : {}),
    fileName,
    savedAt,
  };
  const keys = Object.keys(all).sort((a, b) => all[a].savedAt.localeCompare(all[b].savedAt));
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX))) delete all[k];
  try {
    s.setItem(KEY, JSON.stringify(all));
    return true;
  } catch {
    return false;
  }
}

/** The saved mapping as a choice for the dialog. */
export function toChoice(m: SavedMapping): SheetChoice {
  return {
    kind: m.kind,
    ...(m.columns ? { columns: m.columns } : {}),
    ...(m.amountUnit ? { amountUnit: m.amountUnit } : {}),
  };
}
