import type { Workbook } from 'exceljs';
import { UNIT_LABEL, type AmountUnit } from '../../domain/money/units';
import type { StylePalette } from './cell-styles';
import { A4, PAGE_FOOTER } from './print-setup';

/** One line of the 目录: the sheet a table is on. */
export interface CoverEntry {
  sheetName: string;
  number: string;
  title: string;
  empty: boolean;
}

export const COVER_SHEET_NAME = '目录';
export const BALANCED_NOTE = '本套表金额已作舍位平衡处理：各合计数等于其明细数之和，明细数与精确值相差不超过0.01。';

/**
 * The cover sheet (目录): the set's title, the department, the amount unit, and one line per table
 * with a link to its sheet.
 */
export function addCoverSheet(
  wb: Workbook,
  palette: StylePalette,
  cover: {
    title: string;
    departmentName: string;
    unit: AmountUnit;
    balanced: boolean;
    entries: CoverEntry[];
  },
): void {
  const ws = wb.addWorksheet(COVER_SHEET_NAME, {
    pageSetup: {
      paperSize: A4,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    },
    headerFooter: { oddFooter: PAGE_FOOTER },
  });
  const numbered = cover.entries.some((e) => e.number !== '');
  const heads = numbered ? ['序号', '表号', '表名', '说明'] : ['序号', '表名', '说明'];
  ws.columns = (numbered ? [8, 10, 56, 14] : [8, 62, 14]).map((width) => ({ width }));
  const last = heads.length;
  const line = (r: number, kind: 'title' | 'metaLeft' | 'note', text: string, height: number) => {
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.style = palette.get(kind);
    ws.mergeCells(r, 1, r, last);
    ws.getRow(r).height = height;
  };
  line(1, 'title', cover.title, 36);
  line(2, 'metaLeft', `编制单位：${cover.departmentName}`, 20);
  line(3, 'metaLeft', `金额单位：${UNIT_LABEL[cover.unit]}`, 20);
  let r = 4;
  if (cover.balanced) line(r++, 'note', BALANCED_NOTE, 30);
  const header = ws.getRow(++r);
  header.height = 22;
  heads.forEach((t, i) => {
    const c = header.getCell(i + 1);
    c.value = t;
    c.style = palette.get('header');
  });
  cover.entries.forEach((e, i) => {
    const row = ws.getRow(++r);
    row.height = 20;
    const cells = [String(i + 1), ...(numbered ? [e.number] : []), e.title, e.empty ? '本表无数据' : ''];
    const titleAt = last - 2;
    cells.forEach((t, k) => {
      const c = row.getCell(k + 1);
      c.style = palette.get(k === titleAt ? 'text' : 'columnNumber');
      c.value = k === titleAt ? { text: t, hyperlink: `#'${e.sheetName.replaceAll("'", "''")}'!A1` } : t;
    });
  });
  ws.pageSetup.printArea = `A1:${last === 4 ? 'D' : 'C'}${r}`;
}
