import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAt, exportDraft, trickyDraft } from './workbook-helpers';

/** Text that looks like a formula (=, +, -, @) is written as text, never as a formula. */
describe('formula-like text stays text', () => {
  it('project and unit names starting with = + - @ are strings in T10/T11, and no cell holds a formula', async () => {
    const ex = await exportDraft(trickyDraft(), 'zhejiang');
    const t10 = ex.plans.find((p) => p.table.id === 'T10')!;
    const ws = ex.workbook.getWorksheet(t10.name)!;
    const col = t10.layout.labelIndex.get('main|projectName')!;
    const seen: unknown[] = [];
    for (const row of t10.table.rows.filter((r) => r.key.startsWith('project:'))) {
      const cell = cellAt(ws, t10.layout.rowIndex.get(`main|${row.key}`)!, col);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      seen.push(cell.value);
    }
    expect(seen).toEqual(expect.arrayContaining(['=1+1', '@SUM(A1)', '+1-2', '-3+4']));
    for (const ws2 of ex.workbook.worksheets) {
      ws2.eachRow((r) =>
        r.eachCell((c) => {
          expect(c.type, `${ws2.name} ${c.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(c.formula).toBeUndefined();
        }),
      );
    }
    const t11 = ex.plans.find((p) => p.table.id === 'T11')!;
    const goal = cellAt(
      ex.workbook.getWorksheet(t11.name)!,
      t11.layout.bodyTop,
      t11.layout.labelIndex.get('main|goal')!,
    );
    expect(goal.value).toBe('=A1*2');
  });
});
