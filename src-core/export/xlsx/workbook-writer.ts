import ExcelJS from 'exceljs';
import type { Draft } from '../../domain/draft/types';
import { fillPattern } from '../../domain/engine/materialize';
import type { Layout } from '../../domain/layout/types';
import type { AmountUnit } from '../../domain/money/units';
import { balanceRounding } from '../../domain/tables/balance-rounding';
import type { DerivedTable } from '../../domain/tables/derived';
import { StylePalette } from './cell-styles';
import { addCoverSheet, COVER_SHEET_NAME } from './cover-sheet';
import { applyPrintSetup } from './print-setup';
import { layoutSheet, type Merge, type SheetLayout } from './sheet-layout';
import { sanitizeSheetName, uniqueSheetNames } from './sheet-names';
import { columnWidths, rowHeights } from './widths';

/**
 * The Excel export: one workbook per draft and layout — an optional 目录 sheet, then one sheet per
 * published table in the layout's order and naming. Reads the same derived tables as the preview
 * and the CLI (`engine.tables()`); returns the file's bytes (no file system: the renderer and the
 * CLI each save them their own way).
 */
export interface WorkbookSource {
  draft: Draft;
  layout: Layout;
  /** `engine.tables()`: the layout's tables in its order. */
  tables: readonly DerivedTable[];
}

export interface XlsxOptions {
  /** 舍位平衡: displayed parts adjusted so that every displayed total is their sum (default off). */
  balanceRounding?: boolean;
  /** The 目录 sheet in front (default on). */
  cover?: boolean;
}

/** One table's sheet, before it is written. */
export interface SheetPlan {
  name: string;
  table: DerivedTable;
  layout: SheetLayout;
  widths: number[];
  heights: number[];
}

/** Sheets of the workbook (the tables as printed, balanced when asked), without writing them. */
export function planSheets(src: WorkbookSource, options: XlsxOptions = {}): SheetPlan[] {
  const tables = options.balanceRounding ? balanceRounding(src.tables) : [...src.tables];
  const wanted = tables.map((t, i) => {
    const lt = src.layout.tables.find((x) => x.table === t.id);
    const name = lt?.sheetName ? fillPattern(lt.sheetName, src.draft) : [t.number, t.title].filter(Boolean).join(' ');
    return sanitizeSheetName(name, `表${i + 1}`);
  });
  const names = uniqueSheetNames(options.cover === false ? wanted : [COVER_SHEET_NAME, ...wanted]).slice(
    options.cover === false ? 0 : 1,
  );
  return tables.map((table, i) => {
    const layout = layoutSheet(table, src.draft.department.name);
    const widths = columnWidths(layout);
    return { name: names[i], table, layout, widths, heights: rowHeights(layout, widths) };
  });
}

/** The workbook as .xlsx bytes. */
export async function writeXlsx(src: WorkbookSource, options: XlsxOptions = {}): Promise<Uint8Array> {
  const title = fillPattern(src.layout.title ?? '{department}{year}年部门预算', src.draft);
  return writeWorkbook(planSheets(src, options), { title, draft: src.draft, options });
}

/**
 * Planned sheets as .xlsx bytes, behind the 目录 sheet unless `cover: false` — shared by the 预算
 * workbook and the 决算 one (final-workbook.ts).
 */
export async function writeWorkbook(
  sheets: readonly SheetPlan[],
  book: { title: string; draft: { department: { name: string }; publishUnit: AmountUnit }; options: XlsxOptions },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门预算公开编制';
  wb.title = book.title;
  const palette = new StylePalette();
  if (book.options.cover !== false) {
    addCoverSheet(wb, palette, {
      title: wb.title,
      departmentName: book.draft.department.name,
      unit: book.draft.publishUnit,
      balanced: book.options.balanceRounding === true,
      entries: sheets.map((s) => ({
        sheetName: s.name,
        number: s.table.number,
        title: s.table.title,
        empty: s.table.empty,
        unit: s.table.unit,
      })),
    });
  }
  for (const sheet of sheets) writeSheet(wb, palette, sheet);
  // Deflate level 3: a file about 15 % larger than the default level 6, written in far less time.
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 3 } } });
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}

/** Writes one planned sheet (also used by the 决算 workbook, final-workbook.ts). */
export function writeSheet(wb: ExcelJS.Workbook, palette: StylePalette, sheet: SheetPlan): void {
  const { layout, widths, heights } = sheet;
  const ws = wb.addWorksheet(sheet.name);
  ws.columns = widths.map((width) => ({ width }));
  for (let r = 0; r < layout.cells.length; r++) {
    const row = ws.getRow(r + 1);
    row.height = heights[r];
    const cells = layout.cells[r];
    for (let c = 0; c < layout.width; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const target = row.getCell(c + 1);
      target.style = palette.get(cell.kind, cell.emphasis === true, cell.indent ?? 0);
      // Amounts are numbers; every text is written as a string value, never as a formula
      // (a project named “=1+1” stays text).
      if (cell.kind === 'amount') {
        if (cell.amount !== undefined) target.value = Number(cell.amount);
      } else if (cell.text) target.value = cell.text;
    }
  }
  mergeAll(ws, layout.merges);
  for (const r of layout.pageBreaks ?? []) ws.getRow(r + 1).addPageBreak();
  applyPrintSetup(ws, layout, widths);
}

/**
 * Merges the layout's ranges. `mergeCells` checks each new range against every earlier one, which
 * is quadratic (minutes for the 25,000 merges of a large 绩效目标表); the layout's ranges never
 * overlap (GridBuilder places each cell once), so each merge runs exceljs's own merge with the
 * earlier ranges set aside, then they are put back. Falls back to the plain call if exceljs
 * changes its internals.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: readonly Merge[]): void {
  const sheet = ws as unknown as { _merges?: Record<string, unknown> };
  const all = sheet._merges;
  for (const m of merges) {
    if (all && typeof all === 'object') sheet._merges = {};
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    if (all && typeof all === 'object') Object.assign(all, sheet._merges);
  }
  if (all) sheet._merges = all;
}
