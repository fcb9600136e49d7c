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
  /** The table's amount unit (a layout may set one table's apart: Shanghai's 三公 table in 万元). */
  unit: AmountUnit;
}

export const COVER_SHEET_NAME = '目录';
export const BALANCED_NOTE = '本套表金额已作舍位平衡处理：各合计数等于其明细数之和，明细数与精确值相差不超过0.01。';

/** The 目录's amount-unit line when the tables are not all in the set's unit: each line says its own. */
export const MIXED_UNITS_LINE = '金额单位：各表不同，见“金额单位”栏';

/**
 * The cover sheet (目录): the set's title, the department, the amount unit, and one line per table
 * with a link to its sheet. When the tables are not all in one unit (Shanghai: 元, the 三公 table in
 * 万元), every line names its table's unit in a column of its own.
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
  // One unit for every table (whatever the draft's): one line says it; several: each line says its own.
  const units = new Set(cover.entries.map((e) => e.unit));
  const mixed = units.size > 1;
  const setUnit = units.size === 1 ? [...units][0] : cover.unit;
  const heads = ['序号', ...(numbered ? ['表号'] : []), '表名', ...(mixed ? ['金额单位'] : []), '说明'];
  const titleWidth = 62 - (numbered ? 6 : 0) - (mixed ? 8 : 0);
  ws.columns = heads
    .map((h) => (h === '表名' ? titleWidth : h === '序号' ? 8 : h === '说明' ? 14 : 10))
    .map((width) => ({ width }));
  const last = heads.length;
  const titleAt = heads.indexOf('表名');
  const line = (r: number, kind: 'title' | 'metaLeft' | 'note', text: string, height: number) => {
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.style = palette.get(kind);
    ws.mergeCells(r, 1, r, last);
    ws.getRow(r).height = height;
  };
  line(1, 'title', cover.title, 36);
  line(2, 'metaLeft', `编制单位：${cover.departmentName}`, 20);
  line(3, 'metaLeft', mixed ? MIXED_UNITS_LINE : `金额单位：${UNIT_LABEL[setUnit]}`, 20);
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
    const cells = [
      String(i + 1),
      ...(numbered ? [e.number] : []),
      e.title,
      ...(mixed ? [UNIT_LABEL[e.unit]] : []),
      e.empty ? '本表无数据' : '',
    ];
    cells.forEach((t, k) => {
      const c = row.getCell(k + 1);
      c.style = palette.get(k === titleAt ? 'text' : 'columnNumber');
      c.value = k === titleAt ? { text: t, hyperlink: `#'${e.sheetName.replaceAll("'", "''")}'!A1` } : t;
    });
  });
  ws.pageSetup.printArea = `A1:${String.fromCharCode(64 + last)}${r}`;
}
