import { describe, expect, it } from 'vitest';
import { exactDifference } from '../../../src-core/domain/money/exact-difference';

describe('exactDifference: the status bar’s 差额, never rounded away', () => {
  it('a whole number of 0.01 万元 stays in 万元', () => {
    expect(exactDifference(-125_400_00, 'wanyuan')).toEqual({ amount: '-12.54', unit: 'wanyuan' });
    expect(exactDifference(0, 'wanyuan')).toEqual({ amount: '0.00', unit: 'wanyuan' });
  });
  it('1 元 in a 万元 draft reads 1.00 元, not 0.00 or 0.0001 万元', () => {
    expect(exactDifference(100, 'wanyuan')).toEqual({ amount: '1.00', unit: 'yuan' });
    expect(exactDifference(-1, 'wanyuan')).toEqual({ amount: '-0.01', unit: 'yuan' });
  });
  it('a difference of 0.01 万元 or more keeps the publish unit, with every decimal it needs', () => {
    expect(exactDifference(83_076_550, 'wanyuan')).toEqual({ amount: '83.07655', unit: 'wanyuan' });
    expect(exactDifference(10_001, 'wanyuan')).toEqual({ amount: '0.010001', unit: 'wanyuan' });
    expect(exactDifference(9_999, 'wanyuan')).toEqual({ amount: '99.99', unit: 'yuan' });
  });
  it('a 元 draft shows 元 as they are', () => {
    expect(exactDifference(12_345, 'yuan')).toEqual({ amount: '123.45', unit: 'yuan' });
  });
});
