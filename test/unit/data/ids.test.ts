import { describe, expect, it } from 'vitest';
import { newId } from '../../../src-renderer/data/ids';

describe('newId', () => {
  it('gives 16 base-62 characters, different every time (random bytes fetched in batches)', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    expect(ids.every((id) => /^[0-9A-Za-z]{16}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Every character is used (the batch is really random, not a repeated block).
    expect(new Set(ids.join('')).size).toBe(62);
  });
});
