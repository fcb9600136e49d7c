import type { FinalDraftHead } from '../../domain/draft/types';
import { fillFinalPattern, type FinalDerivedTable } from '../../domain/final/final-tables';
import type { FinalLayout } from '../../domain/final/layout';
import { balanceRounding } from '../../domain/tables/balance-rounding';
import { presentColumnBlocks } from '../paper/column-blocks';
import { COVER_SHEET_NAME } from './cover-sheet';
import { layoutFinalSheet, LINE_NUMBER_WIDTH, lineNumberColumns } from './final-sheet';
import { sanitizeSheetName, uniqueSheetNames } from './sheet-names';
import { columnWidths, rowHeights } from './widths';
import { writeWorkbook, type SheetPlan, type XlsxOptions } from './workbook-writer';

/**
 * The Excel export of a 部门决算: a 目录 sheet, then 公开01表 … in the 决算 layout's order, each
 * sheet laid out by `layoutFinalSheet` and written by the budget writer's `writeWorkbook` (same
 * styles, widths, A4 print setup). 舍位平衡 as for the budget. Returns the file's bytes.
 */
export interface FinalWorkbookSource {
  draft: FinalDraftHead;
  layout: FinalLayout;
  /** `FinalEngine.tables()`: the layout's tables in its order. */
  tables: readonly FinalDerivedTable[];
}

export interface FinalSheetPlan extends SheetPlan {
  table: FinalDerivedTable;
}

/** Sheets of the 决算 workbook (balanced when asked), without writing them. */
export function planFinalSheets(src: FinalWorkbookSource, options: XlsxOptions = {}): FinalSheetPlan[] {
  // balanceRounding keeps every other field of a table (header, 行次) as it is.
  const derived = (options.balanceRounding ? balanceRounding(src.tables) : [...src.tables]) as FinalDerivedTable[];
  // 公开06表 in its column blocks (balanced first, as the printed report).
  const tables = derived.map(presentColumnBlocks);
  const wanted = tables.map((t, i) => {
    const lt = src.layout.tables.find((x) => x.table === t.id);
    const name = lt?.sheetName
      ? fillFinalPattern(lt.sheetName, src.draft)
      : [t.number, t.title].filter(Boolean).join(' ');
    return sanitizeSheetName(name, `表${i + 1}`);
  });
  const cover = options.cover !== false;
  const names = uniqueSheetNames(cover ? [COVER_SHEET_NAME, ...wanted] : wanted).slice(cover ? 1 : 0);
  return tables.map((table, i) => {
    // Widths come from the body; the header lines are then spread over them.
    const first = layoutFinalSheet(table);
    const widths = columnWidths(first);
    for (const col of lineNumberColumns(first)) widths[col] = LINE_NUMBER_WIDTH;
    const layout = layoutFinalSheet(table, widths);
    return { name: names[i], table, layout, widths, heights: rowHeights(layout, widths) };
  });
}

/** The 决算 workbook as .xlsx bytes. */
export async function writeFinalXlsx(src: FinalWorkbookSource, options: XlsxOptions = {}): Promise<Uint8Array> {
  const title = fillFinalPattern(src.layout.title ?? '{department}{year}年度部门决算', src.draft);
  return writeWorkbook(planFinalSheets(src, options), { title, draft: src.draft, options });
}
