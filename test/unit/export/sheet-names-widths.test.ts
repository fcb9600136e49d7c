import { describe, expect, it } from 'vitest';
import { sanitizeSheetName, uniqueSheetNames } from '../../../src-core/export/xlsx/sheet-names';
import { breakHeader, displayWidth, formattedAmount } from '../../../src-core/export/xlsx/widths';

describe('sheet names', () => {
  it('replace []:*?/\\ by full-width forms and keep at most 31 characters', () => {
    expect(sanitizeSheetName('表一 收支[汇总]:*?/\\', 'x')).toBe('表一 收支［汇总］：＊？／＼');
    const long = sanitizeSheetName('2022年部门一般公共预算“三公”经费支出表（含上年预算数对比及说明）', 'x');
    expect(long.length).toBe(31);
    expect(sanitizeSheetName("''", '表1')).toBe('表1');
    expect(sanitizeSheetName('History', '表1')).toBe('表1');
  });

  it('repeated names get (2), (3) within the limit', () => {
    const names = uniqueSheetNames(['目录', '目录', 'a'.repeat(31), 'A'.repeat(31)]);
    expect(names.slice(0, 2)).toEqual(['目录', '目录(2)']);
    expect(names[3]).toBe(`${'A'.repeat(28)}(2)`);
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });
});

describe('East-Asian display width', () => {
  it('CJK and full-width count 2, ASCII 1', () => {
    expect(displayWidth('2010301')).toBe(7);
    expect(displayWidth('行政运行')).toBe(8);
    expect(displayWidth('政府办公厅（室）')).toBe(16);
    expect(displayWidth('“三公”经费')).toBe(12);
  });

  it('amounts as #,##0.00 shows them; headers broken into lines of at most 4 CJK characters', () => {
    expect(formattedAmount('1234567.5')).toBe('1,234,567.50');
    expect(formattedAmount('-2725.60')).toBe('-2,725.60');
    expect(breakHeader('一般公共预算')).toBe('一般公共\n预算');
    expect(breakHeader('事业单位经营支出')).toBe('事业单位\n经营支出');
    expect(breakHeader('总计')).toBe('总计');
    for (const t of ['对附属单位补助支出', '公务用车运行维护费', '国有资本经营预算']) {
      expect(breakHeader(t).replaceAll('\n', '')).toBe(t);
      for (const line of breakHeader(t).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(8);
    }
  });
});
