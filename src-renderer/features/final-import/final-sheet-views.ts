import { FINAL_SHEET_KINDS, type FinalSheetKind } from '../../../src-core/import/final-fields';
import type { FinalSheetChoice } from '../../../src-core/import/final-import-workbook';
import { applyUserMapping, fieldsOf, proposeMapping } from '../../../src-core/import/mapping';
import type { WorkbookData } from '../../../src-core/import/read-workbook';
import { assignSheets } from '../../../src-core/import/sheet-roles';
import type { MappingSheetView } from '../import/MappingPanel';

/** At most this many columns are offered in a 列对应 list (a stray far cell would make thousands). */
const MAX_COLUMNS = 200;

function trimmed(cells: readonly string[]): string[] {
  const out = cells.slice(0, MAX_COLUMNS).map((c) => (c ?? '').trim());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * The 列对应 of a 决算 workbook as the mapping panel shows it: each sheet's kind (支出决算明细,
 * 收入决算, 结转结余, 单位, 项目) and which column holds which field, with the officer's choices
 * applied — the same header mapping the preview uses (mapping.ts), so what is shown is what is read.
 */
export function finalSheetViews(
  workbook: WorkbookData,
  choices: Record<string, FinalSheetChoice>,
): MappingSheetView<FinalSheetKind>[] {
  const roles = assignSheets(workbook, choices, FINAL_SHEET_KINDS);
  return workbook.sheets.map((sheet) => {
    const kind = roles.kindOf.get(sheet.name) ?? null;
    const first = sheet.rows[0];
    const headers = trimmed(first?.cells ?? []);
    const view: MappingSheetView<FinalSheetKind> = {
      name: sheet.name,
      kind,
      headerRow: first?.row ?? 1,
      headers,
      columns: {},
      missing: [],
      rowCount: sheet.rows.length,
      ...(sheet.hidden ? { hidden: true } : {}),
    };
    if (!kind) return view;
    let m = proposeMapping(sheet, kind) ?? {
      kind,
      headerRow: view.headerRow,
      headerBottom: view.headerRow,
      headers,
      columns: {},
      unmapped: [],
      missing: fieldsOf(kind).filter((f) => f.required),
    };
    const choice = choices[sheet.name];
    if (choice?.columns || choice?.amountUnit) m = applyUserMapping(m, choice.columns ?? {}, choice.amountUnit);
    return {
      ...view,
      headerRow: m.headerRow,
      headers: trimmed(m.headers),
      columns: m.columns,
      missing: m.missing.map((f) => f.label),
      amountUnit: m.amountUnit,
    };
  });
}
