import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { blankTemplate } from '../../../src-core/import/template';
import { GUIDE_SHEET_NAME, isTemplateGuide } from '../../../src-core/import/template-guide';
import { ImportJob } from '../../../src-core/import/import-job';
import { catalogs, preview, smallBase, TEMPLATE_HEADER, xlsx } from './helpers';

/** The 预算 template with one expense line typed in, its 填写说明 sheet as the template wrote it (optionally renamed). */
async function filledTemplate(guideName = GUIDE_SHEET_NAME): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await blankTemplate('yuan')) as unknown as ArrayBuffer);
  ['167001', '', '2010301', '30101', '人员经费', '一般公共预算拨款收入', '否', '', '', 100000, ''].forEach((v, c) => {
    if (v !== '')
      wb
        .getWorksheet('支出明细')!
        .getRow(2)
        .getCell(c + 1).value = v;
  });
  wb.getWorksheet(GUIDE_SHEET_NAME)!.name = guideName;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('import preview notes: the template’s own 填写说明 is never “未导入的工作表”', () => {
  it('a filled 预算 template: no sheet reported as left out, the line imported', async () => {
    const p = await preview(await filledTemplate(), '填好的模板.xlsx');
    expect(p.problems).toEqual([]);
    expect(p.ignoredSheets).toEqual([]);
    expect(p.expenses.map((e) => e.line.amount)).toEqual(['100000']);
  });

  it('the dialog’s summary (the import job) says the same', async () => {
    const job = await ImportJob.open(await filledTemplate(), '填好的模板.xlsx', smallBase(), catalogs());
    if (!job.ok) throw new Error(job.error);
    const summary = job.value.analyze();
    expect(summary.ignoredSheets).toEqual([]);
    expect(summary.counts.accepted).toBe(1);
  });

  it('recognised by its title, not its name: renamed it is still left out silently', async () => {
    const p = await preview(await filledTemplate('说明'), '改过名的模板.xlsx');
    expect(p.ignoredSheets).toEqual([]);
  });

  it('an officer’s own sheet called 填写说明, or any other sheet, is still named in the note', async () => {
    const bytes = await xlsx([
      {
        name: '支出明细',
        rows: [
          TEMPLATE_HEADER,
          ['167001', '', '2010301', '30101', '人员经费', '一般公共预算拨款收入', '否', '', '', 5, ''],
        ],
      },
      { name: GUIDE_SHEET_NAME, rows: [['本表由财务科填写'], ['联系人：张三']] },
      { name: '备忘', rows: [['部门预算数据导入模板 填写说明 抄件'], ['第二行']] },
    ]);
    const p = await preview(bytes, '自己的表.xlsx');
    expect(p.ignoredSheets).toEqual([GUIDE_SHEET_NAME, '备忘']);
  });

  it('isTemplateGuide reads the first cell of the first row only', () => {
    const rows = (first: number, text: string) => [{ row: first, cells: [text] }];
    expect(isTemplateGuide({ rows: rows(1, '部门预算数据导入模板 填写说明') })).toBe(true);
    expect(isTemplateGuide({ rows: rows(1, ' 部门决算数据导入模板 填写说明 ') })).toBe(true);
    expect(isTemplateGuide({ rows: rows(3, '部门预算数据导入模板 填写说明') })).toBe(false);
    expect(isTemplateGuide({ rows: [] })).toBe(false);
  });
});
