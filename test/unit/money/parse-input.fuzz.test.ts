import { describe, it, expect } from 'vitest';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { parseAmountInput } from '../../../src-core/domain/money/parse-input';
import { AMOUNT_UNITS, MAX_DECIMALS, type AmountUnit } from '../../../src-core/domain/money/units';
import { rng } from '../../support/rng';

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
const int = (rnd: () => number, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

const ALPHABET = Array.from(
  new Set([
    ...'0123456789'.repeat(4),
    ...'０１２３４５６７８９',
    ...'.,，．  ',
    ...'-+−－＋负()（）',
    '\u3000',
    '\u00A0',
    '\t',
    '\n',
    '\u202F',
    ...'￥¥元万%％',
    ...'aeEzZ',
    ...'一百千测试',
  ]),
);
// Digits weigh more so that many strings are near-valid.
const WEIGHTED = [...ALPHABET, ...'0123456789'.repeat(6), ...',.'.repeat(3)];

const CANONICAL = /^-?\d+(\.\d+)?$/;

function decimals(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

describe('parseAmountInput fuzz', () => {
  it('never throws; ok values are canonical, within the limit and stable under re-parsing', () => {
    const rnd = rng(20240611);
    let oks = 0;
    const N = 6000;
    for (let k = 0; k < N; k++) {
      const len = int(rnd, 0, 16);
      let text = '';
      for (let j = 0; j < len; j++) text += pick(rnd, WEIGHTED);
      for (const unit of AMOUNT_UNITS) {
        let r: ReturnType<typeof parseAmountInput>;
        try {
          r = parseAmountInput(text, unit);
        } catch (e) {
          throw new Error(`threw on ${JSON.stringify(text)} (${unit}): ${String(e)}`, { cause: e });
        }
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) {
          oks++;
          const ctx = `${JSON.stringify(text)} → ${JSON.stringify(r.value)} (${unit})`;
          expect(r.value, ctx).toMatch(CANONICAL);
          expect(decimals(r.value), ctx).toBeLessThanOrEqual(MAX_DECIMALS[unit]);
          expect(r.value, ctx).not.toBe('-0');
          expect(parseAmountInput(r.value, unit), ctx).toEqual({ ok: true, value: r.value });
        } else {
          expect(typeof r.error).toBe('string');
          expect(r.error.length).toBeGreaterThan(0);
        }
      }
    }
    // The generator must reach the accepting paths too, not only errors.
    expect(oks).toBeGreaterThan(N / 20);
  });

  it('round-trips random amounts written with random valid separators and marks', () => {
    const rnd = rng(7);
    const FW = '０１２３４５６７８９';
    for (let k = 0; k < 5000; k++) {
      const unit: AmountUnit = pick(rnd, AMOUNT_UNITS);
      const dp = int(rnd, 0, MAX_DECIMALS[unit]);
      const intDigits = int(rnd, 1, 15);
      let digits = String(int(rnd, 1, 9));
      for (let j = 1; j < intDigits; j++) digits += String(int(rnd, 0, 9));
      if (rnd() < 0.1) digits = '0';
      let frac = '';
      for (let j = 0; j < dp; j++) frac += String(int(rnd, 0, 9));
      const negative = rnd() < 0.4;
      const d = new Decimal(`${negative ? '-' : ''}${digits}${dp > 0 ? `.${frac}` : ''}`);
      const expected = d.toFixed(dp); // the canonical form keeps the typed decimals

      // Integer part with thousands separators (or none).
      const sep = pick(rnd, ['', ',', '，', ' ', '\u00A0', '\u3000']);
      let intText = d.abs().trunc().toFixed(0);
      if (sep !== '') intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
      let body = dp > 0 ? `${intText}${pick(rnd, ['.', '．'])}${frac}` : intText;
      if (rnd() < 0.3) body = body.replace(/[0-9]/g, (c) => FW[Number(c)]);
      if (rnd() < 0.2) body = `${pick(rnd, ['￥', '¥', '￥ '])}${body}`;
      if (negative) {
        body = pick(rnd, [`-${body}`, `\u2212${body}`, `－${body}`, `(${body})`, `（${body}）`, `负${body}`]);
      } else if (rnd() < 0.2) {
        body = `+${body}`;
      }
      if (rnd() < 0.2) body += pick(rnd, unit === 'wanyuan' ? ['元', ' 万元', '万元'] : ['元', ' 元']);
      if (rnd() < 0.3) body = `${pick(rnd, [' ', '\u3000', '\u00A0', '\t'])}${body}${pick(rnd, [' ', '\n', '\u3000'])}`;

      const r = parseAmountInput(body, unit);
      const ctx = `${JSON.stringify(body)} (${unit})`;
      const want = d.isZero() ? expected.replace(/^-/, '') : expected;
      expect(r, ctx).toEqual({ ok: true, value: want });
      if (r.ok) expect(new Decimal(r.value).eq(d), ctx).toBe(true);
    }
  });
});
