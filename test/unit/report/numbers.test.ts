import { describe, expect, it } from 'vitest';
import {
  comparisonPhrase,
  formatShare,
  naiveShares,
  reasonClause,
  reconciledShares,
  sentence,
  trimZeros,
  wan,
} from '../../../src-core/domain/report/numbers';
import { chineseNumeral, numberLabel } from '../../../src-core/domain/report/model';

/** 万元 → 分 for readable test data (integers only). */
const w = (wan100: number) => wan100 * 10_000; // hundredths of 万元 → 分

describe('prose amounts (万元, trailing zeros trimmed)', () => {
  it('trims', () => {
    expect(wan(27255980_00)).toBe('2725.6');
    expect(wan(4340000_00)).toBe('434');
    expect(wan(17_00 * 100)).toBe('0.17');
    expect(wan(0)).toBe('0');
    expect(wan(27255980_00, true)).toBe('2725.60');
    expect(trimZeros('100.00')).toBe('100');
    expect(trimZeros('9.20')).toBe('9.2');
    expect(trimZeros('120')).toBe('120');
  });

  it('rounds half up like a table cell (元 → 万元)', () => {
    expect(wan(50_00)).toBe('0.01'); // 50 元 = 0.005 万元
    expect(wan(49_99)).toBe('0');
    expect(wan(-50_00)).toBe('-0.01');
  });
});

describe('shares reconciled to 100% (largest remainder on hundredths of a percent)', () => {
  it('reproduces the seed (人员/公用/项目)', () => {
    const shares = reconciledShares([w(204086), w(25074), w(43400), 0, 0, 0]);
    expect(shares.map(formatShare)).toEqual(['74.88', '9.2', '15.92', '0', '0', '0']);
  });

  it('always adds up to exactly 10000 where naive rounding does not', () => {
    // Three equal thirds: naive 33.33 × 3 = 99.99.
    expect(naiveShares([1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(9999);
    expect(reconciledShares([1, 1, 1])).toEqual([3334, 3333, 3333]);
    // Six parts whose naive shares round up: 16.67 × 6 = 100.02.
    expect(naiveShares([1, 1, 1, 1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(10002);
    expect(reconciledShares([1, 1, 1, 1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(10000);
  });

  it('never gives a zero part a share, and every share is within 0.01% of the exact one', () => {
    for (let seed = 1; seed < 200; seed++) {
      const parts = Array.from(
        { length: 1 + (seed % 9) },
        (_, i) => ((seed * 7919 + i * 104729) % 1000003) * (i % 4 === 3 ? 0 : 1),
      );
      const total = parts.reduce((a, b) => a + b, 0);
      if (total === 0) continue;
      const shares = reconciledShares(parts);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(10000);
      parts.forEach((p, i) => {
        if (p === 0) expect(shares[i]).toBe(0);
        expect(Math.abs(shares[i] - (p * 10000) / total)).toBeLessThan(1);
      });
    }
  });

  it('cannot reconcile a list without a positive total: shares are 0', () => {
    expect(reconciledShares([0, 0])).toEqual([0, 0]);
  });
});

describe('comparisons with last year', () => {
  it('increase with growth rate (seed)', () => {
    expect(comparisonPhrase(27255980_00, 25950600_00, '上年执行数')).toBe('比上年执行数增加130.54万元，增长5.03%');
  });

  it('decrease with rate (seed 机关运行经费)', () => {
    expect(comparisonPhrase(2507400_00, 3046000_00, '上年预算')).toBe('比上年预算减少53.86万元，下降17.68%');
  });

  it('equal when the printed figures are equal (seed wording “与…持平”)', () => {
    expect(comparisonPhrase(200000_00, 200000_00, '2021年预算数')).toBe('与2021年预算数持平');
    expect(comparisonPhrase(200000_00 + 40_00, 200000_00, '上年预算数')).toBe('与上年预算数持平');
  });

  it('no percentage when last year was 0', () => {
    expect(comparisonPhrase(90000_00, 0, '上年预算数')).toBe('比上年预算数增加9万元');
  });

  it('reason clause: “，主要是…” added once, trailing punctuation dropped', () => {
    expect(reasonClause('主要是今年新增两位紧缺高端人才，预算增加。')).toBe(
      '，主要是今年新增两位紧缺高端人才，预算增加',
    );
    expect(reasonClause('人员增加')).toBe('，主要是人员增加');
    expect(reasonClause('由于机构改革。')).toBe('，由于机构改革');
    expect(reasonClause('  ')).toBe('');
    expect(sentence('主要用于办公')).toBe('主要用于办公。');
    expect(sentence('主要用于办公。')).toBe('主要用于办公。');
  });
});

describe('generated numbering', () => {
  it('Chinese numerals and labels', () => {
    expect([1, 9, 10, 11, 20, 21, 99, 100, 101, 110, 115].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
      '一百一十',
      '一百一十五',
    ]);
    expect(numberLabel('part', 3)).toBe('第三部分');
    expect(numberLabel('cn', 2)).toBe('二、');
    expect(numberLabel('paren-cn', 10)).toBe('（十）');
    expect(numberLabel('arabic', 4)).toBe('4.');
    expect(numberLabel('paren-arabic', 8)).toBe('（8）');
  });
});
