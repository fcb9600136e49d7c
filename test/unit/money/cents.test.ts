import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { displayAmount, fromCents, messageAmount, toCents, toDisplaySteps } from '../../../src-core/domain/money/cents';

describe('toCents', () => {
  it('reads draft amounts exactly in both units', () => {
    expect(toCents('2874600.00', 'yuan')).toBe(287460000);
    expect(toCents('2725.5980', 'wanyuan')).toBe(2725598000);
    expect(toCents('-12.5', 'yuan')).toBe(-1250);
    expect(toCents('-0.00', 'yuan')).toBe(0);
    expect(Object.is(toCents('-0', 'yuan'), 0)).toBe(true);
  });

  it('refuses what is not exact to the 分 or not a plain decimal', () => {
    expect(toCents('1.005', 'yuan')).toBeNull();
    expect(toCents('1.0000001', 'wanyuan')).toBeNull();
    expect(toCents('13,6', 'yuan')).toBeNull();
    expect(toCents('1e5', 'yuan')).toBeNull();
    expect(toCents('1234567890123456', 'yuan')).toBeNull();
  });
});

describe('rounding to the publish unit (docs/tables.md: each cell rounded half up on its own)', () => {
  it('rounds half away from zero at 0.01 万元', () => {
    expect(displayAmount(27255980_00, 'wanyuan')).toBe('2725.60');
    expect(toDisplaySteps(5000, 'wanyuan')).toBe(1); // 50 元 = 0.005 万元 → 0.01
    expect(toDisplaySteps(4999, 'wanyuan')).toBe(0);
    expect(toDisplaySteps(-5000, 'wanyuan')).toBe(-1);
    expect(displayAmount(1038460_00, 'wanyuan')).toBe('103.85');
  });

  it('messages never hide a difference: 0.01 元 reads 0.000001 万元', () => {
    expect(messageAmount(1, 'wanyuan')).toBe('0.000001');
    expect(messageAmount(100_0000, 'wanyuan')).toBe('1.00');
  });
});

describe('fromCents (digit-string conversion)', () => {
  it('matches decimal.js for random amounts in both units, and round-trips through toCents', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 5000; i++) {
      const cents = (next() % 2 ? -1 : 1) * (next() * 1000 + (next() % 1000));
      for (const unit of ['yuan', 'wanyuan'] as const) {
        const d = new Decimal(cents).div(unit === 'yuan' ? 100 : 1_000_000);
        const want = unit === 'yuan' ? d.toFixed(2) : d.toFixed(6).replace(/(\.\d\d\d*?)0+$/, '$1');
        expect(fromCents(cents, unit)).toBe(want);
        expect(toCents(fromCents(cents, unit), unit)).toBe(cents);
      }
    }
    expect(fromCents(0, 'wanyuan')).toBe('0.00');
    expect(fromCents(5, 'yuan')).toBe('0.05');
    expect(fromCents(-1, 'wanyuan')).toBe('-0.000001');
  });
});
