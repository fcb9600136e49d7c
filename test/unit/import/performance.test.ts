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

async function timeImport(rows: number): Promise<void> {
  const bytes = await bigWorkbook(rows);
  const t0 = performance.now();
  const p = await previewImportFile(bytes, 'big.xlsx', { base: smallBase(), catalogs: catalogs() });
  const t1 = performance.now();
  if (!p.ok) throw new Error(p.error);
  expect(p.value.problems).toEqual([]);
  expect(p.value.expenses).toHaveLength(rows);
  const r = applyImport(smallBase(), p.value, { mode: 'replace', confirmed: true });
  const t2 = performance.now();
  expect(r.ok).toBe(true);
  console.log(
    `import ${rows} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB): read+validate ${(t1 - t0).toFixed(0)} ms, apply ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms`,
  );
}

describe('performance (prints times; no assertion on time)', () => {
  it('50,000 lines', () => timeImport(50_000), 120_000);
  it('100,000 rows', () => timeImport(100_000), 240_000);
});
