import { describe, expect, it } from 'vitest';
import { FIRST_KEY, isOrderKey, keyBetween, keysBetween } from '../../../src-renderer/data/order-key';
import { rng } from '../../support/rng';

describe('order keys', () => {
  it('appending gives short increasing keys', () => {
    const keys = keysBetween(null, null, 50_000);
    expect(keys[0]).toBe(FIRST_KEY);
    for (let i = 1; i < keys.length; i++) expect(keys[i - 1] < keys[i]).toBe(true);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(4);
  });

  it('a key fits between any two neighbours, at the front and at the end', () => {
    const next = rng(7);
    const list = keysBetween(null, null, 20);
    for (let n = 0; n < 2000; n++) {
      const at = Math.floor(next() * (list.length + 1));
      const k = keyBetween(list[at - 1] ?? null, list[at] ?? null);
      expect(isOrderKey(k)).toBe(true);
      list.splice(at, 0, k);
    }
    const sorted = [...list].sort();
    expect(list).toEqual(sorted);
    expect(new Set(list).size).toBe(list.length);
    expect(Math.max(...list.map((k) => k.length))).toBeLessThan(12);
  });

  it('n keys between two neighbours are ordered, distinct and short', () => {
    const [a, b] = keysBetween(null, null, 2);
    const keys = keysBetween(a, b, 1000);
    expect([a, ...keys, b]).toEqual([a, ...keys, b].slice().sort());
    expect(new Set(keys).size).toBe(1000);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(5);
    expect(keysBetween(null, a, 3).every((k) => k < a)).toBe(true);
  });

  it('refuses malformed or misordered bounds', () => {
    expect(() => keyBetween('a1', 'a0')).toThrow();
    expect(() => keyBetween('a10', null)).toThrow(); // trailing zero in the fraction
    expect(() => keyBetween('!', null)).toThrow();
    expect(isOrderKey('a0V')).toBe(true);
    expect(isOrderKey('')).toBe(false);
  });
});
