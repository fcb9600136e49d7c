import type { Worksheet } from 'exceljs';
import type { SheetLayout } from './grid';

/**
 * Print setup of a table sheet: A4, landscape when the table is wider than a portrait page,
 * scaled to one page wide (as many pages high as it takes), the header rows repeated on every
 * page and frozen on screen, page numbers in the footer.
 */
export const A4 = 9;
/** Total column width (in character widths) that still prints legibly across a portrait A4 page. */
export const PORTRAIT_MAX_WIDTH = 100;
export const PAGE_FOOTER = '&C第 &P 页，共 &N 页';

export function isLandscape(widths: readonly number[]): boolean {
  return widths.reduce((s, w) => s + w, 0) > PORTRAIT_MAX_WIDTH;
}

export function applyPrintSetup(ws: Worksheet, layout: SheetLayout, widths: readonly number[]): void {
  const lastRow = layout.cells.length;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: isLandscape(widths) ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    printTitlesRow: `${layout.headerTop + 1}:${layout.headerBottom + 1}`,
    printArea: `A1:${columnLetter(layout.width)}${lastRow}`,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: PAGE_FOOTER };
  ws.views = [
    {
      state: 'frozen',
      xSplit: 0,
      ySplit: layout.headerBottom + 1,
      topLeftCell: `A${layout.headerBottom + 2}`,
      activeCell: 'A1',
    },
  ];
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
