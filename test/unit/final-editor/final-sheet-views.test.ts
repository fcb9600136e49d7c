import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src-core/import/read-workbook';
import { finalSheetViews } from '../../../src-renderer/features/final-import/final-sheet-views';
import { xlsx } from '../import/helpers';

async function otherSystem() {
  const bytes = await xlsx([
    {
      name: '支出',
      rows: [
        ['单位编码', '科目代码', '经济科目', '支出类型', '资金来源', '决算金额'],
        ['167001', '2010301', '30101', '人员经费', '一般公共预算', 5000],
      ],
    },
    { name: '说明', rows: [['本表为导出说明']] },
  ]);
  const wb = await readWorkbook(bytes, '导出.xlsx');
  if (!wb.ok) throw new Error(wb.error);
  return wb.value;
}

describe('finalSheetViews (列对应 of the 决算 import)', () => {
  it('names the required 决算 field no header gave, and takes the officer’s column', async () => {
    const wb = await otherSystem();
    const [expenses, note] = finalSheetViews(wb, {});
    expect(expenses).toMatchObject({ name: '支出', kind: 'finalExpenses', headerRow: 1, missing: ['功能科目编码'] });
    expect(expenses!.columns).toMatchObject({ unit: 0, economic: 2, kind: 3, source: 4, amount: 5 });
    expect(note).toMatchObject({ name: '说明', kind: null, missing: [] });

    const [mapped] = finalSheetViews(wb, { 支出: { columns: { function: 1 } } });
    expect(mapped!.missing).toEqual([]);
    expect(mapped!.columns.function).toBe(1);
  });

  it('a column given to another field leaves the field it was taken from missing', async () => {
    const [view] = finalSheetViews(await otherSystem(), { 支出: { columns: { function: 2 } } });
    expect(view!.columns.function).toBe(2);
    expect(view!.missing).toEqual(['经济科目编码']);
  });

  it('a sheet the officer sets aside is not imported', async () => {
    const [view] = finalSheetViews(await otherSystem(), { 支出: { kind: null } });
    expect(view).toMatchObject({ kind: null, columns: {}, missing: [] });
  });
});
