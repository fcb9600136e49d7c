import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FinalDerivedTable } from '../../../src-core/domain/final/final-tables';
import { sumDifferences } from '../../../src-core/domain/tables/balance-rounding';
import { BALANCED_NOTE, COVER_SHEET_NAME } from '../../../src-core/export/xlsx/cover-sheet';
import {
  planFinalSheets,
  writeFinalXlsx,
  type FinalSheetPlan,
  type FinalWorkbookSource,
} from '../../../src-core/export/xlsx/final-workbook';
import type { XlsxOptions } from '../../../src-core/export/xlsx/workbook-writer';
import { runCli } from '../../../src-main/cli/main';
import { FIXTURES, fixtureText } from '../fixture-resources';
import { finalEngineFor, huangpiDraft, huangpiPublished } from './helpers';

interface Exported {
  tables: FinalDerivedTable[];
  plans: FinalSheetPlan[];
  workbook: ExcelJS.Workbook;
}

async function exportHuangpi(options: XlsxOptions = {}): Promise<Exported> {
  const engine = finalEngineFor(huangpiDraft());
  const src: FinalWorkbookSource = { draft: engine.draft, layout: engine.layout, tables: engine.tables() };
  const bytes = await writeFinalXlsx(src, options);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { tables: [...src.tables], plans: planFinalSheets(src, options), workbook };
}

/** A cell as read back: text without line breaks, or the number. */
function read(ws: ExcelJS.Worksheet, r: number, c: number): string | number | null {
  const v = ws.getCell(r, c).value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && 'text' in v) return String(v.text).replaceAll('\n', '');
  return String(v).replaceAll('\n', '');
}

const text = (ws: ExcelJS.Worksheet, r: number, c: number) => {
  const v = read(ws, r, c);
  return v === null ? '' : String(v);
};

/** A cell inside a merged range other than its top-left one (exceljs reads it as the master's value). */
function isCovered(ws: ExcelJS.Worksheet, r: number, c: number): boolean {
  const cell = ws.getCell(r, c);
  return cell.isMerged && cell.master.address !== cell.address;
}

/** Every text of the sheet, in reading order. */
function textsOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) for (let c = 1; c <= ws.columnCount; c++) out.push(text(ws, r, c));
  return out.filter((t) => t !== '');
}

/** First row of the body: the 栏次 row or the first row holding a number (1-based). */
function headerEnd(ws: ExcelJS.Worksheet): number {
  for (let r = 4; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = read(ws, r, c);
      if (v === '栏次' || typeof v === 'number') return r;
    }
  }
  return ws.rowCount + 1;
}

/** The sheet column under the n-th header cell titled `title` (reading order, header rows only). */
function columnOf(ws: ExcelJS.Worksheet, title: string, occurrence: number): number {
  const hits: number[] = [];
  const end = headerEnd(ws);
  for (let r = 4; r < end; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      // A merged header is read once, at its top-left cell.
      if (isCovered(ws, r, c)) continue;
      if (text(ws, r, c) === title) hits.push(c);
    }
  }
  return hits[occurrence] ?? -1;
}

/** Body rows whose label cells left of `col` name the row (its name, code and 行次). */
function rowsOf(ws: ExcelJS.Worksheet, col: number, name: string, code: string, lineNo?: number): number[] {
  const out: number[] = [];
  for (let r = headerEnd(ws); r <= ws.rowCount; r++) {
    const labels = Array.from({ length: col - 1 }, (_, j) => text(ws, r, j + 1));
    const at = labels.lastIndexOf(name);
    if (at < 0) continue;
    if (code && !labels.includes(code)) continue;
    if (lineNo !== undefined && labels[at + 1] !== String(lineNo)) continue;
    out.push(r);
  }
  return out;
}

function amountRows(ws: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    if (Array.from({ length: ws.columnCount }, (_, c) => read(ws, r, c + 1)).some((v) => typeof v === 'number'))
      out.push(r);
  }
  return out;
}

const sheetOf = (x: Exported, id: string) => {
  const plan = x.plans.find((p) => p.table.id === id)!;
  return { plan, ws: x.workbook.getWorksheet(plan.name)! };
};

describe('决算 Excel export (公开01–09表, final-national)', () => {
  let plain: Exported;
  let balanced: Exported;
  beforeAll(async () => {
    plain = await exportHuangpi();
    balanced = await exportHuangpi({ balanceRounding: true });
  });

  it('writes the 目录 and one sheet per table, in the layout order', () => {
    const names = plain.workbook.worksheets.map((w) => w.name);
    expect(names[0]).toBe(COVER_SHEET_NAME);
    expect(names.slice(1)).toEqual(plain.plans.map((p) => p.name));
    expect(plain.plans.map((p) => p.table.number)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((n) => `公开${n}表`),
    );
    const cover = textsOf(plain.workbook.getWorksheet(COVER_SHEET_NAME)!);
    expect(cover[0]).toBe('武汉市黄陂区大数据中心（本级）2024年度部门决算');
    expect(cover).toContain('2024年度收入支出决算总表');
    expect(cover).toContain('2024年度政府性基金预算财政拨款收入支出决算表');
    expect(cover.filter((t) => t === '本表无数据')).toHaveLength(2);
    expect(cover).not.toContain(BALANCED_NOTE);
    expect(textsOf(balanced.workbook.getWorksheet(COVER_SHEET_NAME)!)).toContain(BALANCED_NOTE);
  });

  it('prints 表号, title and the header lines of the layout above each table', () => {
    expect(plain.plans.filter((p) => p.layout.width >= 6).length).toBeGreaterThan(5);
    for (const p of plain.plans) {
      const ws = plain.workbook.getWorksheet(p.name)!;
      expect(text(ws, 1, 1)).toBe(p.table.number);
      expect(text(ws, 2, 1)).toBe(p.table.title);
      const line = Array.from({ length: ws.columnCount }, (_, c) => c + 1)
        .filter((c) => !isCovered(ws, 3, c))
        .map((c) => text(ws, 3, c))
        .filter(Boolean);
      // A narrow table (公开06表, three columns) shares a cell between 单位 and 年度.
      expect(line.join('　　')).toBe('单位：武汉市黄陂区大数据中心（本级）　　2024年度　　金额单位：万元');
      if (p.layout.width >= 6) expect(line).toHaveLength(3);
    }
    expect(text(sheetOf(plain, 'F01').ws, 2, 1)).toBe('2024年度收入支出决算总表');
  });

  it('every published cell of the 黄陂 document is read back at its row label / 行次 and column title', () => {
    const published = huangpiPublished().tables;
    let checked = 0;
    for (const [id, rows] of Object.entries(published)) {
      const { plan, ws } = sheetOf(plain, id);
      const table = plan.table;
      const printedColumns = table.columns.filter((c) => c.printed);
      for (const [rowKey, cells] of Object.entries(rows)) {
        const row = table.rows.find((r) => r.key === rowKey);
        // 公开06表 in its column blocks prints no 合计 (the fixture's JSON-only cell), as the seed.
        if (!row) expect(`${id} ${rowKey}`).toBe('F06 total');
        if (!row?.printed) continue;
        for (const [colKey, value] of Object.entries(cells)) {
          const column = printedColumns.find((c) => c.key === colKey && c.section === row.section);
          // JSON-only cells (公开05表 年初预算数) are not printed.
          if (!column) continue;
          const same = printedColumns.slice(0, printedColumns.indexOf(column)).filter((c) => c.title === column.title);
          const col = columnOf(ws, column.title, same.length);
          expect(col, `${id} column ${colKey}`).toBeGreaterThan(0);
          const code = table.labelColumns.some((l) => l.key === 'code') ? row.code : '';
          // A table without label columns (公开09表) has a single body row: the one holding amounts.
          const found =
            table.labelColumns.length === 0
              ? amountRows(ws)
              : rowsOf(ws, col, row.name, code, table.lineNumbers?.[row.key]);
          expect(found, `${id} ${rowKey}`).toHaveLength(1);
          const expected = Number(value) === 0 ? null : Number(value);
          expect(read(ws, found[0], col), `${id} ${rowKey} ${colKey}`).toBe(expected);
          checked++;
        }
      }
    }
    // The fixture transcribes 71 printed cells, all of them in the workbook.
    expect(checked).toBe(71);
  });

  it('公开01/04表 print 行次 1–60 and 栏次 as the seed does; 公开06表 has no 栏次 row', () => {
    const { ws } = sheetOf(plain, 'F01');
    const header = Array.from({ length: ws.columnCount }, (_, c) => text(ws, 5, c + 1));
    expect(header).toEqual(['项目', '行次', '金额', '项目', '行次', '金额']);
    const end = headerEnd(ws);
    expect(Array.from({ length: 6 }, (_, c) => text(ws, end, c + 1))).toEqual(['栏次', '', '1', '栏次', '', '2']);
    const numbers: number[] = [];
    for (let r = end + 1; r <= ws.rowCount; r++) {
      for (const c of [2, 5]) if (/^\d+$/.test(text(ws, r, c))) numbers.push(Number(text(ws, r, c)));
    }
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const total = rowsOf(ws, 6, '总计', '', 60);
    expect(total).toHaveLength(1);
    expect(text(ws, total[0], 2)).toBe('30');
    expect(read(ws, total[0], 3)).toBe(282.91);
    // 公开04表: the sides are lined up by 行次 as the seed prints them (27 | 59, 28 | 60, 32 | 64).
    const f04 = sheetOf(plain, 'F04').ws;
    expect(text(f04, 5, 2)).toBe('行次');
    const lineOf = (label: string, n: number, col: number) => rowsOf(f04, col, label, '', n);
    const receipts = lineOf('本年收入合计', 27, 3);
    expect(receipts).toHaveLength(1);
    expect(text(f04, receipts[0], 4)).toBe('本年支出合计');
    expect(text(f04, receipts[0], 5)).toBe('59');
    const opening = lineOf('年初财政拨款结转和结余', 28, 3);
    expect(opening).toHaveLength(1);
    expect(text(f04, opening[0], 4)).toBe('年末财政拨款结转和结余');
    expect(text(f04, opening[0], 5)).toBe('60');
    const totals = lineOf('总计', 32, 3);
    expect(totals).toHaveLength(1);
    expect(text(f04, totals[0], 5)).toBe('64');
    expect(textsOf(sheetOf(plain, 'F06').ws)).not.toContain('栏次');
  });

  it('the notes are written once under each table, the empty tables with their sentence', () => {
    for (const p of plain.plans) {
      const texts = textsOf(plain.workbook.getWorksheet(p.name)!);
      for (const note of p.table.notes) expect(texts, `${p.table.id} ${note}`).toContain(note);
      expect(texts.some((t) => t.includes('注：注：'))).toBe(false);
    }
    const f01 = textsOf(sheetOf(plain, 'F01').ws);
    expect(f01).toContain('注：1.本表反映部门本年度的总收支和年末结转结余情况。');
    expect(f01).toContain('    2.本套报表金额单位转换时可能存在尾数误差。');
    expect(textsOf(sheetOf(plain, 'F07').ws)).toContain('本部门2024年度无政府性基金预算财政拨款收入支出。');
    expect(textsOf(sheetOf(plain, 'F08').ws)).toContain('本部门2024年度无国有资本经营预算财政拨款支出。');
    expect(sheetOf(plain, 'F07').plan.table.empty).toBe(true);
  });

  /** The tables with the amounts the workbook holds, read back at the planned places. */
  function readBack(x: Exported): FinalDerivedTable[] {
    return x.plans.map((p) => {
      const ws = x.workbook.getWorksheet(p.name)!;
      const rows = p.table.rows.map((r) => {
        const row = p.layout.rowIndex.get(`${r.section}|${r.key}`);
        if (row === undefined) return r;
        const values: Record<string, string> = { ...r.values };
        for (const key of Object.keys(r.values)) {
          const col = p.layout.columnIndex.get(`${r.section}|${key}`);
          if (col === undefined) continue;
          const v = read(ws, row + 1, col + 1);
          values[key] = typeof v === 'number' ? v.toFixed(2) : '0.00';
        }
        return { ...r, values };
      });
      return { ...p.table, rows };
    });
  }

  it('with 舍位平衡 every displayed total equals its displayed parts; without it 公开06表 shows the seed’s 尾差', () => {
    const diffs = readBack(balanced).flatMap((t) => sumDifferences(t).map((d) => ({ table: t.id, ...d })));
    expect(diffs).toEqual([]);
    const plainDiffs = readBack(plain).flatMap((t) => sumDifferences(t).map((d) => ({ table: t.id, ...d })));
    expect(plainDiffs).toContainEqual(
      expect.objectContaining({ table: 'F06', row: 'econ:301', shown: '161.22', partsSum: '161.21' }),
    );
    // The balanced parts still add up to the published totals.
    const f06 = sheetOf(balanced, 'F06');
    const row = f06.plan.layout.rowIndex.get('block1|econ:301')!;
    expect(read(f06.ws, row + 1, f06.plan.layout.columnIndex.get('block1|amount')! + 1)).toBe(161.22);
  });

  it('cli: export of a 决算 draft writes the workbook, balanced when asked', async () => {
    const written = new Map<string, Uint8Array>();
    let stdout = '';
    const code = await runCli(
      ['export', join(FIXTURES, 'huangpi-2024.final.json'), '--xlsx', 'out.xlsx', '--balance-rounding'],
      {
        stdout: (s) => (stdout += s),
        stderr: () => {},
        readFile: (p) => (p.endsWith('huangpi-2024.final.json') ? fixtureText('huangpi-2024.final.json') : ''),
        writeFile: (p, data) => void written.set(p, data as Uint8Array),
      },
    );
    expect(code).toBe(0);
    expect(stdout).toBe('已导出 9 张决算表到“out.xlsx”（已作舍位平衡）\n');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(written.get('out.xlsx')!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([COVER_SHEET_NAME, ...balanced.plans.map((p) => p.name)]);
    expect(textsOf(wb.getWorksheet(COVER_SHEET_NAME)!)).toContain(BALANCED_NOTE);
  });
});
