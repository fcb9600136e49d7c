import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src-core/import/read-workbook';
import { numberText } from '../../../src-core/import/cell-text';
import { proposeMapping } from '../../../src-core/import/mapping';
import { csvBytes, xlsx } from './helpers';

async function read(bytes: Uint8Array, name = 'a.xlsx') {
  const r = await readWorkbook(bytes, name);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('reading cells as text', () => {
  it('numbers without float noise, with the decimals of the cell format', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(2874600, '#,##0.00')).toBe('2874600.00');
    expect(numberText(2874600.5, '0.00_ ')).toBe('2874600.50');
    expect(numberText(12.345, '0.00')).toBe('12.345'); // the format never hides digits
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1234567.891, 'General')).toBe('1234567.891');
  });

  it('formulas give their cached result; error values and formulas without result give a Chinese error for the cell', async () => {
    const wb = await read(
      await xlsx([
        {
          name: 'S',
          rows: [
            ['金额', '说明'],
            [{ formula: 'A3+A4', result: 300.1 }, 'x'],
            [{ formula: '1/0', result: { error: '#DIV/0!' } }, { error: '#REF!' }],
            [{ formula: 'SUM(A1:A2)' }, '日期'],
            [new Date(Date.UTC(2024, 0, 31)), true],
          ],
        },
      ]),
    );
    const s = wb.sheets[0];
    expect(s.rows[1].cells[0]).toBe('300.1');
    expect(s.cellErrors.get('3:0')).toMatch(/#DIV\/0!（除数为零）/);
    expect(s.cellErrors.get('3:1')).toMatch(/#REF!（引用无效）/);
    expect(s.cellErrors.get('4:0')).toMatch(/没有保存计算结果/);
    expect(s.rows[4].cells).toEqual(['2024-01-31', '是']);
  });

  it('merged header cells: a two-level header is read level by level', async () => {
    const wb = await read(
      await xlsx([
        {
          name: '支出明细',
          merges: ['A1:A2', 'B1:C1', 'D1:D2', 'E1:E2', 'F1:G1'],
          rows: [
            ['单位编码', '支出功能分类', null, '部门预算支出经济分类', '支出类型', '金额（万元）', null, '资金来源'],
            [null, '科目编码', '科目名称', null, null, '合计', '其中：一般公共预算', null],
            ['167001', '2010301', '行政运行', '30101', '人员经费', 1.5, 1.5, '一般公共预算'],
          ],
        },
      ]),
    );
    const s = wb.sheets[0];
    const m = proposeMapping(s, 'expenses')!;
    expect(m.headerRow).toBe(1);
    expect(m.headerBottom).toBe(2);
    expect(m.columns).toMatchObject({ unit: 0, function: 1, economic: 3, kind: 4, amount: 5, source: 7 });
    expect(m.amountUnit).toBe('wanyuan');
    expect(m.unmapped.map((u) => u.header)).toEqual(['支出功能分类/科目名称', '金额（万元）/其中：一般公共预算']);
  });

  it('CSV in UTF-8 with BOM and in GBK (Excel on a Chinese Windows)', async () => {
    const utf = await read(csvBytes('\uFEFF单位编码,金额\n167001,"1,234.50"\n'), 'a.csv');
    expect(utf.sheets[0].rows[1].cells).toEqual(['167001', '1,234.50']);
    const gbk = new Uint8Array([0xb5, 0xa5, 0xce, 0xbb, 0x2c, 0x31, 0x0a]); // “单位,1” in GBK
    const g = await read(gbk, 'b.csv');
    expect(g.sheets[0].rows[0].cells).toEqual(['单位', '1']);
  });
});
