import { BUDGET_SHEET_KINDS, type SheetKindSet } from './fields';
import { classifySheet, type AnySheetKind, type SheetKind } from './mapping';
import type { SheetData, WorkbookData } from './read-workbook';

/**
 * Which sheet of a file is taken for what (支出明细, 单位, 收入, 项目) — decided in one place for
 * the preview (import-workbook.ts) and the 列对应 step (import-job.ts):
 * 1. the officer's choices (in the dialog, or `--sheet` on the command line) come first;
 * 2. then each visible sheet by its name or headers (classifySheet); a file of one visible sheet
 *    is taken for 支出明细;
 * 3. a hidden sheet (hidden or veryHidden in Excel/WPS) is never taken unless chosen: a workbook
 *    often hides an old or a working copy of the data before the sheet the officer sees;
 * 4. when several visible sheets look like 支出明细 (the set's primary kind) none is taken: the officer must say which
 *    (`ambiguous`), rather than the first being imported silently. For 单位/收入/项目 the first
 *    is taken and the others are named in a warning.
 */
export interface SheetRoles<K extends AnySheetKind = SheetKind> {
  /** The sheet taken for each kind. */
  byKind: Map<K, SheetData>;
  /** Kind taken for each sheet name (null: not imported). */
  kindOf: Map<string, K | null>;
  /** Sheets chosen by the officer. */
  chosen: Set<string>;
  /** Hidden sheets not imported. */
  hidden: string[];
  /** Hidden sheets that look like 支出明细 (said when no visible one does). */
  hiddenExpenses: string[];
  /** Several visible sheets look like 支出明细 and none was chosen: their names. */
  ambiguous: string[] | null;
  /** A second sheet of the same kind (单位, 收入, 项目), not imported: sheet → the one taken. */
  duplicates: { sheet: string; kind: K; taken: string }[];
}

export function assignSheets<K extends AnySheetKind = SheetKind>(
  workbook: WorkbookData,
  choices: Record<string, { kind?: K | null } | undefined> = {},
  set: SheetKindSet<K> = BUDGET_SHEET_KINDS as unknown as SheetKindSet<K>,
): SheetRoles<K> {
  const byKind = new Map<K, SheetData>();
  const kindOf = new Map<string, K | null>();
  const chosen = new Set<string>();
  const hidden: string[] = [];
  const hiddenExpenses: string[] = [];
  const duplicates: SheetRoles<K>['duplicates'] = [];
  let ambiguous: string[] | null = null;

  for (const sheet of workbook.sheets) {
    const choice = choices[sheet.name];
    if (!choice || !('kind' in choice)) continue;
    chosen.add(sheet.name);
    const kind = choice.kind ?? null;
    if (kind !== null && !byKind.has(kind)) {
      byKind.set(kind, sheet);
      kindOf.set(sheet.name, kind);
    } else kindOf.set(sheet.name, null);
  }

  const visible = workbook.sheets.filter((s) => !s.hidden);
  const candidates = new Map<K, SheetData[]>();
  for (const sheet of workbook.sheets) {
    if (chosen.has(sheet.name)) continue;
    if (sheet.hidden) {
      hidden.push(sheet.name);
      kindOf.set(sheet.name, null);
      if (classifySheet(sheet, set) === set.primary) hiddenExpenses.push(sheet.name);
      continue;
    }
    const kind = classifySheet(sheet, set) ?? (visible.length === 1 ? set.primary : null);
    kindOf.set(sheet.name, null);
    if (kind === null) continue;
    const list = candidates.get(kind) ?? [];
    list.push(sheet);
    candidates.set(kind, list);
  }
  for (const [kind, list] of candidates) {
    if (byKind.has(kind)) continue; // chosen by the officer: the others are not imported
    if (kind === set.primary && list.length > 1) {
      // The template's own sheet name (支出明细) is not enough to choose: a copy may be named the same way.
      ambiguous = list.map((s) => s.name);
      continue;
    }
    byKind.set(kind, list[0]);
    kindOf.set(list[0].name, kind);
    for (const other of list.slice(1)) duplicates.push({ sheet: other.name, kind, taken: list[0].name });
  }
  return { byKind, kindOf, chosen, hidden, hiddenExpenses, ambiguous, duplicates };
}

/** The kinds' names as the dialog and the messages say them. */
export const KIND_NAMES: Record<SheetKind, string> = {
  expenses: '支出明细',
  units: '单位',
  income: '收入',
  projects: '项目',
};
