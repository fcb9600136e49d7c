import { describe, expect, it } from 'vitest';
import { IntMap } from '../../../src-core/domain/engine/int-map';

describe('IntMap', () => {
  it('behaves like a Map<number, number> under random inserts, updates and deletes', () => {
    const m = new IntMap(4);
    const ref = new Map<number, number>();
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 20000; i++) {
      const key = next() % 3000; // many collisions and re-uses
      const op = next() % 3;
      if (op === 0) {
        m.delete(key);
        ref.delete(key);
      } else {
        const v = next() % 100000;
        m.set(key, v);
        ref.set(key, v);
      }
    }
    expect(m.size).toBe(ref.size);
    for (let key = 0; key < 3000; key++) expect(m.get(key)).toBe(ref.get(key));
    m.clear();
    expect(m.size).toBe(0);
    expect(m.get(1)).toBeUndefined();
  });

  it('getOrSet keeps an existing value and sets a missing one; reserve keeps every entry', () => {
    const m = new IntMap(2);
    const ref = new Map<number, number>();
    let seed = 99;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 5000; i++) {
      const key = next();
      const v = next() % 1000;
      expect(m.getOrSet(key, v)).toBe(ref.get(key));
      if (!ref.has(key)) ref.set(key, v);
      if (i % 7 === 0) {
        m.delete(key);
        ref.delete(key);
      }
      if (i === 2500) m.reserve(10000);
    }
    expect(m.size).toBe(ref.size);
    for (const [k, v] of ref) expect(m.get(k)).toBe(v);
  });

  it('keeps full 32-bit keys apart', () => {
    const m = new IntMap();
    m.set(0xffffffff, 1);
    m.set(0, 2);
    expect(m.get(0xffffffff)).toBe(1);
    expect(m.get(0)).toBe(2);
  });
});
