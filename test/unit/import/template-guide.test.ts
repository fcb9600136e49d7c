import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXPENSE_KIND_NAMES, SOURCE_NAMES } from '../../../src-core/domain/draft/vocabulary';
import { blankTemplate, draftToTemplate } from '../../../src-core/import/template';
import { GUIDE_POINTER, GUIDE_SHEET_NAME } from '../../../src-core/import/template-guide';
import { unnamedTemplateFileName } from '../../../src-core/import/template-name';
import { zhoushanDraft } from '../fixture-resources';
import { bareBase, preview, smallBase } from './helpers';

const UNITS = [
  { code: '167001', name: '舟山市人民政府办公室' },
  { code: '167002', name: '舟山市大数据发展管理局' },
];

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The list validation of a data sheet's column: its formula, as Excel reads it. */
function listFormula(ws: ExcelJS.Worksheet, header: string): string | undefined {
  const col = (ws.getRow(1).values as unknown[]).findIndex((v) => typeof v === 'string' && v.startsWith(header));
  if (col < 0) throw new Error(`no column ${header}`);
  const address = `${ws.getColumn(col).letter}2`;
  const v = (
    ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }
  ).dataValidations.find(address);
  expect(v?.type, `${ws.name} ${header}`).toBe('list');
  return v?.formulae?.[0] as string | undefined;
}

/** The values a list formula `'填写说明'!$G$3:$G$12` points at. */
function listValues(wb: ExcelJS.Workbook, formula: string): string[] {
  const m = formula.match(/^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/);
  if (!m) throw new Error(`not a range: ${formula}`);
  const ws = wb.getWorksheet(m[1])!;
  const out: string[] = [];
  for (let r = +m[3]; r <= +m[5]; r++) out.push(String(ws.getCell(`${m[2]}${r}`).value));
  return out;
}

describe('the import template: drop-downs, 填写说明, example', () => {
  it('offers 资金来源, 支出类型 and the draft’s 单位 as drop-down lists', async () => {
    const wb = await open(await blankTemplate('yuan', UNITS));
    const expenses = wb.getWorksheet('支出明细')!;
    const sources = listValues(wb, listFormula(expenses, '资金来源')!);
    expect(sources).toContain(SOURCE_NAMES.gpb);
    expect(sources).toContain(SOURCE_NAMES.unit);
    expect(listValues(wb, listFormula(expenses, '支出类型')!)).toEqual(Object.values(EXPENSE_KIND_NAMES));
    expect(listValues(wb, listFormula(expenses, '单位编码')!)).toEqual(['167001', '167002']);
    expect(listValues(wb, listFormula(expenses, '单位名称')!)).toEqual(UNITS.map((u) => u.name));
    expect(listFormula(expenses, '是否上年结转')).toBe('"是,否"');
    const income = wb.getWorksheet('收入')!;
    expect(listValues(wb, listFormula(income, '资金来源')!)).toEqual(sources);
    expect(listValues(wb, listFormula(income, '单位编码')!)).toEqual(['167001', '167002']);
    expect(listValues(wb, listFormula(wb.getWorksheet('项目')!, '单位编码')!)).toEqual(['167001', '167002']);
    expect(listFormula(wb.getWorksheet('单位')!, '单位类型')).toMatch(/^"行政单位,/);
    // Each data sheet's first header points to the instructions.
    expect(expenses.getCell('A1').note).toBe(GUIDE_POINTER);
  });

  it('without units (a new draft) there is no 单位 list, the others remain', async () => {
    const wb = await open(await blankTemplate());
    const expenses = wb.getWorksheet('支出明细')!;
    const dv = (expenses as unknown as { dataValidations: { find(a: string): unknown } }).dataValidations;
    expect(dv.find('A2')).toBeUndefined();
    expect(listValues(wb, listFormula(expenses, '资金来源')!)).toContain(SOURCE_NAMES.gpb);
  });

  it('has a 填写说明 sheet in Chinese: rules, every column of every sheet, an example marked as such', async () => {
    const wb = await open(await blankTemplate('wanyuan', UNITS));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['支出明细', '单位', '收入', '项目', GUIDE_SHEET_NAME]);
    const guide = wb.getWorksheet(GUIDE_SHEET_NAME)!;
    const text: string[] = [];
    guide.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    const all = text.join('\n');
    expect(all).toContain('部门预算数据导入模板 填写说明');
    expect(all).toContain('金额单位为万元');
    expect(all).toContain('本工作表只作说明，不会被导入');
    expect(all).toContain('示例（仅作示范）');
    for (const sheet of ['支出明细', '单位', '收入', '项目']) expect(all).toContain(`工作表“${sheet}”`);
    for (const label of ['功能科目编码', '经济科目编码', '支出类型', '资金来源', '金额', '单位类型', '总体目标'])
      expect(text).toContain(label);
    // The example of 功能科目编码 stands next to its column's name, as text.
    let example: ExcelJS.CellValue = null;
    guide.eachRow((row) => {
      if (row.getCell(1).value === '功能科目编码') example = row.getCell(4).value;
    });
    expect(example).toBe('2010301');
  });

  it('a filled template imports: the lines, and nothing about the 填写说明 sheet', async () => {
    const wb = await open(await blankTemplate('yuan', [{ code: '167001', name: '舟山市人民政府办公室' }]));
    const rows: (string | number)[][] = [
      ['167001', '', '2010301', '30101', '人员经费', '一般公共预算拨款收入', '否', '', '', 100000, ''],
      ['167001', '', '2010301', '30201', '公用经费', '一般公共预算拨款收入', '否', '', '', 2500.5, ''],
      ['', '舟山市人民政府办公室', '2080505', '30108', '人员经费', '一般公共预算拨款收入', '', '', '', 800, '养老'],
    ];
    const ws = wb.getWorksheet('支出明细')!;
    rows.forEach((r, i) => r.forEach((v, c) => (ws.getRow(i + 2).getCell(c + 1).value = v === '' ? null : v)));
    const filled = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const p = await preview(filled, '填好的模板.xlsx', { base: smallBase() });
    expect(p.problems).toEqual([]);
    expect(p.sheets.find((s) => s.name === GUIDE_SHEET_NAME)?.kind ?? null).toBeNull();
    expect(p.warnings.map((w) => JSON.stringify(w)).join('\n')).not.toContain(GUIDE_SHEET_NAME);
    expect(p.expenses.map((e) => [e.line.function, e.line.economic, e.line.kind, e.line.amount])).toEqual([
      ['2010301', '30101', 'personnel', '100000'],
      ['2010301', '30201', 'public', '2500.5'],
      ['2080505', '30108', 'personnel', '800'],
    ]);
  });

  it('a draft exported to the template still comes back line for line', async () => {
    const fixture = zhoushanDraft();
    const p = await preview(await draftToTemplate(fixture), 'zhoushan.xlsx', { base: bareBase() });
    expect(p.problems).toEqual([]);
    expect(p.expenses).toHaveLength(fixture.expenses.length);
  });

  it('a new draft’s template is not named after a stand-in department', () => {
    expect(unnamedTemplateFileName('', 2027)).toBe('部门预算导入模板_2027');
    expect(unnamedTemplateFileName('  ', 2027)).toBe('部门预算导入模板_2027');
    expect(unnamedTemplateFileName('舟山市人民政府办公室', 2027)).toBeUndefined();
  });
});
