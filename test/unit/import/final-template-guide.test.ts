import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXPENSE_KIND_NAMES, FINAL_SOURCE_NAMES, SOURCE_NAMES } from '../../../src-core/domain/draft/vocabulary';
import { importFinalFile } from '../../../src-core/import/final-import-file';
import { newFinalDraft } from '../../../src-core/import/final-plan-import';
import { blankFinalTemplate } from '../../../src-core/import/final-template';
import { GUIDE_POINTER, GUIDE_SHEET_NAME } from '../../../src-core/import/template-guide';
import { testResources } from '../fixture-resources';

const UNITS = [
  { code: '101001', name: '某市示范局（本级）' },
  { code: '101002', name: '某市示范中心' },
];
const DATA_SHEETS = ['支出决算明细', '收入决算', '结转结余', '单位', '项目'];

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The values the list validation of a column (found by its header's start) offers, read through its range. */
function dropDown(wb: ExcelJS.Workbook, sheet: string, header: string): string[] {
  const ws = wb.getWorksheet(sheet)!;
  const col = (ws.getRow(1).values as unknown[]).findIndex((v) => typeof v === 'string' && v.startsWith(header));
  expect(col, `${sheet} ${header}`).toBeGreaterThan(0);
  const dv = (
    ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }
  ).dataValidations.find(`${ws.getColumn(col).letter}2`);
  expect(dv?.type, `${sheet} ${header}`).toBe('list');
  const m = String(dv?.formulae?.[0]).match(/^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/);
  expect(m, `${sheet} ${header}: a range of the guide`).not.toBeNull();
  const guide = wb.getWorksheet(m![1])!;
  const out: string[] = [];
  for (let r = +m![3]; r <= +m![5]; r++) out.push(String(guide.getCell(`${m![2]}${r}`).value));
  return out;
}

/** Every cell text of a sheet, row by row. */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
  return out;
}

describe('the 决算 import template: a 填写说明 sheet and drop-downs, like the 预算’s', () => {
  it('offers the 决算’s 资金来源, 支出类型 and the draft’s 单位 as lists on the 填写说明 sheet', async () => {
    const wb = await open(await blankFinalTemplate('yuan', UNITS));
    expect(wb.worksheets.map((w) => w.name)).toEqual([...DATA_SHEETS, GUIDE_SHEET_NAME]);
    const finalSources = Object.values(FINAL_SOURCE_NAMES);
    for (const sheet of ['支出决算明细', '收入决算', '结转结余'])
      expect(dropDown(wb, sheet, '资金来源')).toEqual(finalSources);
    // The 决算 names (…财政拨款收入, 上级补助收入), not the 预算’s (…拨款收入, 上年结转).
    expect(finalSources).toContain('上级补助收入');
    expect(finalSources).not.toContain(SOURCE_NAMES.gpb);
    expect(dropDown(wb, '支出决算明细', '支出类型')).toEqual(Object.values(EXPENSE_KIND_NAMES));
    expect(dropDown(wb, '支出决算明细', '单位编码')).toEqual(UNITS.map((u) => u.code));
    expect(dropDown(wb, '支出决算明细', '单位名称')).toEqual(UNITS.map((u) => u.name));
    expect(dropDown(wb, '结转结余', '单位编码')).toEqual(UNITS.map((u) => u.code));
    for (const sheet of DATA_SHEETS) expect(wb.getWorksheet(sheet)!.getCell('A1').note, sheet).toBe(GUIDE_POINTER);
  });

  it('explains every column of every 决算 sheet in Chinese, with the 决算’s title and sheets', async () => {
    const wb = await open(await blankFinalTemplate('wanyuan'));
    const all = texts(wb.getWorksheet(GUIDE_SHEET_NAME)!);
    expect(all[0]).toBe('部门决算数据导入模板 填写说明');
    const joined = all.join('\n');
    expect(joined).toContain('金额单位为万元');
    expect(joined).toContain('“支出决算明细”每行一笔支出；“收入决算”“结转结余”“单位”“项目”表按需填写');
    for (const sheet of DATA_SHEETS) expect(joined).toContain(`工作表“${sheet}”`);
    for (const label of ['决算数', '年初结转和结余', '使用非财政拨款结余', '结余分配', '功能科目编码', '单位类型'])
      expect(all).toContain(label);
    expect(joined).not.toContain('是否上年结转');
    // Examples in the template's unit, next to their column.
    const guide = wb.getWorksheet(GUIDE_SHEET_NAME)!;
    const examples = new Map<string, unknown>();
    guide.eachRow((row) => {
      if (!examples.has(String(row.getCell(1).value))) examples.set(String(row.getCell(1).value), row.getCell(4).value);
    });
    expect(examples.get('决算数')).toBe('28.6');
    expect(examples.get('年初结转和结余')).toBe('1.2');
    expect(examples.get('资金来源')).toBe(FINAL_SOURCE_NAMES.gpb);
  });

  it('a filled 决算 template imports: its lines, no problem, and no note about the 填写说明', async () => {
    const wb = await open(await blankFinalTemplate('yuan', UNITS));
    const fill = (sheet: string, values: (string | number)[]) =>
      values.forEach((v, c) => {
        if (v !== '')
          wb
            .getWorksheet(sheet)!
            .getRow(2)
            .getCell(c + 1).value = v;
      });
    fill('支出决算明细', ['101001', '', '2010301', '30101', '人员经费', FINAL_SOURCE_NAMES.gpb, '', '', 1000.5, '']);
    fill('收入决算', ['101001', FINAL_SOURCE_NAMES.gpb, '2010301', 1000.5]);
    fill('单位', ['101001', '某市示范局（本级）', '行政单位']);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const base = newFinalDraft({ year: 2024, department: { code: '101', name: '某市示范局' }, amountUnit: 'yuan' });
    const r = await importFinalFile(bytes, '决算模板.xlsx', base, testResources().catalogs.forYear(2024));
    if (!r.ok) throw new Error(r.error.join('\n'));
    expect(r.value.draft.expenses.map((l) => [l.unit, l.function, l.economic, l.kind, l.source, l.amount])).toEqual([
      ['101001', '2010301', '30101', 'personnel', 'gpb', '1000.5'],
    ]);
    expect(r.value.draft.income.map((l) => l.amount)).toEqual(['1000.5']);
    expect(r.value.preview.ignoredSheets).toEqual([]);
    expect(JSON.stringify(r.value.preview.warnings)).not.toContain(GUIDE_SHEET_NAME);
  });
});
