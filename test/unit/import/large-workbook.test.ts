import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { previewImportFile } from '../../../src-core/import/import-file';
import { applyImport } from '../../../src-core/import/plan-import';
import { catalogs, smallBase, TEMPLATE_HEADER } from './helpers';

const ECONOMIC = ['30101', '30102', '30103', '30107', '30108', '30201', '30202', '30205', '30211', '30216'];

async function bigWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出明细');
  ws.addRow(TEMPLATE_HEADER);
  for (let i = 0; i < rows; i++) {
    const eco = ECONOMIC[i % ECONOMIC.length];
    ws.addRow([
      '167001',
      '',
      '2010301',
      eco,
      eco.startsWith('301') ? '人员经费' : '公用经费',
      '一般公共预算拨款收入',
      '否',
      '',
      '',
      1000 + (i % 997) + 0.25,
      `第${i}条`,
    ]);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function importRows(rows: number): Promise<void> {
  const bytes = await bigWorkbook(rows);
  const p = await previewImportFile(bytes, 'big.xlsx', { base: smallBase(), catalogs: catalogs() });
  if (!p.ok) throw new Error(p.error);
  expect(p.value.problems).toEqual([]);
  expect(p.value.expenses).toHaveLength(rows);
  const r = applyImport(smallBase(), p.value, { mode: 'replace', confirmed: true });
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.value.expenses).toHaveLength(rows);
}

/** Import times at 50,000 lines are in `npm run bench` (tests never time). */
describe('a large workbook', () => {
  it('5,000 rows import without a problem, every row a line', () => importRows(5_000), 60_000);
});
