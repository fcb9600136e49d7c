import { describe, it, expect } from 'vitest';
import { normalizeFullWidth, parseAmountInput } from '../../../src-core/domain/money/parse-input';
import type { AmountUnit } from '../../../src-core/domain/money/units';

type Accept = [input: string, expected: string, unit?: AmountUnit];
type Reject = [input: string, messagePart: string, unit?: AmountUnit];

const ACCEPT: Accept[] = [
  // plain
  ['0', '0'],
  ['12', '12'],
  ['1234.5', '1234.5'],
  ['1234.50', '1234.50'],
  ['0.01', '0.01'],
  ['007', '7'],
  ['00.50', '0.50'],
  ['12.', '12'],
  ['.5', '0.5'],
  ['+12', '12'],
  ['+0.10', '0.10'],
  // whitespace
  ['  12  ', '12'],
  ['\t12\n', '12'],
  ['\u3000１２\u3000', '12'],
  ['\u00A012.5\u00A0', '12.5'],
  ['\u200B12', '12'],
  // full-width
  ['１２３４．５０', '1234.50'],
  ['１，２３４．５', '1234.5'],
  ['－１２', '-12'],
  ['＋１２', '12'],
  ['（１２．５０）', '-12.50'],
  // thousands separators
  ['1,234', '1234'],
  ['1,234.50', '1234.50'],
  ['1,234,567.89', '1234567.89'],
  ['12,345,678', '12345678'],
  ['123,456', '123456'],
  ['1，234，567', '1234567'],
  ['1 234 567', '1234567'],
  ['1 234 567.5', '1234567.5'],
  ['1\u00A0234\u00A0567', '1234567'],
  ['1\u3000234', '1234'],
  ['1\u202F234\u202F567', '1234567'],
  // negatives
  ['-12', '-12'],
  ['\u221212', '-12'],
  ['\u2013 12', '-12'],
  ['- 12', '-12'],
  ['(12.50)', '-12.50'],
  ['( 12.50 )', '-12.50'],
  ['(1,234.50)', '-1234.50'],
  ['负12', '-12'],
  ['负 1,234.5', '-1234.5'],
  ['-1,234,567.89', '-1234567.89'],
  // zero sign
  ['-0', '0'],
  ['-0.00', '0.00'],
  ['(0)', '0'],
  ['负0', '0'],
  ['-000', '0'],
  // currency marks
  ['￥12', '12'],
  ['¥1,234.50', '1234.50'],
  ['￥ 12', '12'],
  ['-￥12', '-12'],
  ['￥-12', '-12'],
  ['(￥12.50)', '-12.50'],
  ['￥(12.50)', '-12.50'],
  ['12元', '12'],
  ['1,234.50 元', '1234.50'],
  ['￥12元', '12'],
  ['(12)元', '-12'],
  ['负12元', '-12'],
  ['12.5元', '12.5', 'wanyuan'],
  ['12.5万元', '12.5', 'wanyuan'],
  ['1,234.567891 万元', '1234.567891', 'wanyuan'],
  ['（１２）万元', '-12', 'wanyuan'],
  // decimals
  ['12.34', '12.34', 'yuan'],
  ['12.123456', '12.123456', 'wanyuan'],
  ['12.500', '12.50', 'yuan'],
  ['12.1234560', '12.123456', 'wanyuan'],
  ['12.000', '12.00', 'yuan'],
  // size
  ['999999999999999', '999999999999999'],
  ['999,999,999,999,999.99', '999999999999999.99'],
  ['0000999999999999999', '999999999999999'],
];

const REJECT: Reject[] = [
  // ambiguous or invalid separators
  ['13,6', '逗号后应为三位数字的千分位，小数请用小数点'],
  ['1,23', '三位数字'],
  ['12,3456', '三位数字'],
  ['1234,567', '三位数字'],
  ['123,', '三位数字'],
  [',123', '开头不能是逗号'],
  ['1,,234', '逗号重复'],
  ['0,123', '以0开头'],
  ['1,234.5,6', '小数点后不能有逗号'],
  ['1.234,56', '小数点后不能有逗号'],
  ['1,234 567', '不能混用'],
  ['12 34', '空格'],
  ['1 23', '空格'],
  ['1  234', '空格重复'],
  ['1.2 3', '小数部分中间不能有空格'],
  ['1\u202F234,5', '不能混用'],
  // signs
  ['--1', '正负号重复'],
  ['-负1', '正负号重复'],
  ['+-1', '正负号重复'],
  ['1-', '正负号应写在数字前面'],
  ['1-2', '数字中间不能有“-”'],
  ['(-12)', '括号表示负数'],
  ['-(12)', '括号表示负数'],
  ['((12))', '括号重复'],
  ['(12', '括号不成对'],
  ['12)', '括号不成对'],
  ['1(2)', '括号不成对'],
  ['-', '没有数额请填 0'],
  ['()', '缺少数字'],
  ['￥', '缺少数字'],
  ['元', '缺少数字'],
  ['￥￥12', '货币符号重复'],
  ['12￥', '货币符号应写在数字前面'],
  // units
  ['12万元', '本稿金额单位为元', 'yuan'],
  ['12 万元', '本稿金额单位为元', 'yuan'],
  ['12万', '不要带“万”', 'yuan'],
  ['12万', '不要带“万”', 'wanyuan'],
  // not amounts
  ['12%', '百分数'],
  ['12％', '百分数'],
  ['1e5', '科学计数法'],
  ['1.23457E+11', '科学计数法'],
  ['１Ｅ５', '科学计数法'],
  ['2.5e-3', '科学计数法'],
  ['abc', '不是数字'],
  ['12a', '含有无法识别的字符“a”'],
  ['$12', '含有无法识别的字符“$”'],
  ['1.2.3', '小数点多于一个'],
  ['.', '不是数字'],
  ['12。5', '不要用句号'],
  ['一百', '不是数字'],
  ['12\n34', '无法识别的字符'],
  // decimals and size
  ['12.345', '元最多两位小数', 'yuan'],
  ['0.001', '元最多两位小数', 'yuan'],
  ['12.1234567', '万元最多六位小数', 'wanyuan'],
  ['1234567890123456', '整数部分超过15位'],
  ['1,234,567,890,123,456', '整数部分超过15位'],
];

describe('parseAmountInput: accepted input', () => {
  it.each(ACCEPT)('%j → %j', (input, expected, unit = 'yuan') => {
    const r = parseAmountInput(input, unit);
    expect(r).toEqual({ ok: true, value: expected });
  });
});

describe('parseAmountInput: rejected input', () => {
  it.each(REJECT)('%j is rejected (%s)', (input, part, unit = 'yuan') => {
    const r = parseAmountInput(input, unit);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain(part);
    expect(r.error).toContain(`“${input.trim()}”`);
    expect(r.error.startsWith('无法识别金额')).toBe(true);
  });

  it('names the exact example message for 13,6', () => {
    expect(parseAmountInput('13,6', 'yuan')).toEqual({
      ok: false,
      error: '无法识别金额“13,6”：逗号后应为三位数字的千分位，小数请用小数点',
    });
  });

  it.each(['', '   ', '\u3000', '\u00A0\t\n'])('empty %j → 金额不能为空', (input) => {
    expect(parseAmountInput(input, 'yuan')).toEqual({ ok: false, error: '金额不能为空' });
    expect(parseAmountInput(input, 'wanyuan')).toEqual({ ok: false, error: '金额不能为空' });
  });

  it('quotes the trimmed input and cuts long input', () => {
    const r = parseAmountInput('  12a  ', 'yuan');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('“12a”');
    const long = 'x'.repeat(100);
    const r2 = parseAmountInput(long, 'yuan');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error).toContain(`“${'x'.repeat(40)}…”`);
  });

  it('the decimal limit depends on the unit', () => {
    expect(parseAmountInput('1.123456', 'wanyuan')).toEqual({ ok: true, value: '1.123456' });
    expect(parseAmountInput('1.123456', 'yuan').ok).toBe(false);
    expect(parseAmountInput('1.5万元', 'wanyuan')).toEqual({ ok: true, value: '1.5' });
    expect(parseAmountInput('1.5万元', 'yuan').ok).toBe(false);
  });
});

describe('normalizeFullWidth', () => {
  it('maps full-width ASCII, spaces and minus signs', () => {
    expect(normalizeFullWidth('０１２３４５６７８９．，－＋（）％')).toBe('0123456789.,-+()%');
    expect(normalizeFullWidth('\u3000a\u00A0b\u2212c')).toBe(' a b-c');
    expect(normalizeFullWidth('￥1元')).toBe('￥1元');
  });
});
