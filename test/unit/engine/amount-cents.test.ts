import { describe, expect, it } from 'vitest';
import { amountCents } from '../../../src-core/domain/engine/facts';
import { toCents } from '../../../src-core/domain/money/cents';
import { rng } from '../../support/rng';

/** The engine's fast amount reader must agree with `toCents` on every text, valid or not. */
describe('amountCents equals toCents', () => {
  const cases = [
    '0',
    '0.00',
    '-0',
    '-0.00',
    '12',
    '12.5',
    '12.50',
    '2874600.00',
    '-12.5',
    '007.10',
    '1.',
    '.5',
    '-',
    '',
    '+1',
    '1e3',
    ' 1',
    '1 ',
    '1.2.3',
    '--1',
    '1,000.00',
    '12.345',
    '12.3456789',
    '０.5',
    'abc',
    '999999999999999',
    '9999999999999.99',
    '99999999999.999999',
    '999999999999999.99',
    '9007199254740993',
    '123456789012345678',
    '-999999999.999999',
    '0.000001',
    '0.0000001',
  ];
  for (const unit of ['yuan', 'wanyuan'] as const) {
    it(`listed texts (${unit})`, () => {
      for (const t of cases) expect([t, amountCents(t, unit)]).toEqual([t, toCents(t, unit)]);
    });
    it(`random digit strings (${unit})`, () => {
      const next = rng(11);
      const alphabet = '0123456789.-';
      const differ: string[] = [];
      let valid = 0;
      for (let k = 0; k < 20000; k++) {
        const len = 1 + Math.floor(next() * 20);
        let t = '';
        for (let i = 0; i < len; i++)
          t += next() < 0.85 ? String(Math.floor(next() * 10)) : alphabet[10 + Math.floor(next() * 2)];
        const want = toCents(t, unit);
        if (want !== null) valid++;
        if (!Object.is(amountCents(t, unit), want)) differ.push(t);
      }
      expect(differ).toEqual([]);
      expect(valid).toBeGreaterThan(2000); // the strings exercise the digit path, not only rejections
    });
  }
});
