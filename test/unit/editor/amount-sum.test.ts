import { describe, expect, it } from 'vitest';
import { addSums, createAmountSummer, NO_SUM, type HasAmount } from '../../../src-core/editor/amount-sum';

/** Sums a list of lines as the footer does, by row. */
const all = (
  sum: ReturnType<typeof createAmountSummer>,
  lines: readonly (HasAmount | undefined)[],
  from?: number,
  to?: number,
) => sum(lines.length, (row) => lines[row], from, to);

describe('the footer sums: exact, in integer 分', () => {
  it('adds decimal strings exactly (0.1 + 0.2 is 0.30, not 0.30000000000000004)', () => {
    const sum = createAmountSummer('yuan');
    expect(all(sum, [{ amount: '0.10' }, { amount: '0.20' }])).toEqual({ cents: 30, rows: 2, unreadable: 0 });
    expect(all(sum, [{ amount: '2874600.00' }, { amount: '-12.5' }, { amount: '0' }])).toEqual({
      cents: 287458750,
      rows: 3,
      unreadable: 0,
    });
  });

  it('reads 万元 to the 分 (six decimals)', () => {
    const sum = createAmountSummer('wanyuan');
    expect(all(sum, [{ amount: '287.46' }, { amount: '0.000001' }]).cents).toBe(287460001);
  });

  it('counts amounts it cannot read apart instead of guessing', () => {
    const sum = createAmountSummer('yuan');
    expect(all(sum, [{ amount: '13,6' }, { amount: '1.005' }, { amount: '5' }])).toEqual({
      cents: 500,
      rows: 3,
      unreadable: 2,
    });
  });

  it('reads each line once: the same line objects summed again give the same total', () => {
    const sum = createAmountSummer('yuan');
    const lines = Array.from({ length: 1000 }, (_, i) => ({ amount: `${i}.01` }));
    const first = all(sum, lines);
    expect(first).toEqual({ cents: 49950000 + 1000, rows: 1000, unreadable: 0 });
    expect(all(sum, lines)).toEqual(first);
    expect(all(sum, lines, 10, 19).rows).toBe(10);
    expect(all(sum, lines, 995, 2000).rows).toBe(5); // clipped to the rows there are
    expect(all(sum, [lines[0], undefined, lines[2]])).toMatchObject({ rows: 2 }); // a row gone is skipped
  });

  it('refuses a total beyond the exactly representable range (a broken invariant)', () => {
    const sum = createAmountSummer('yuan');
    expect(() => all(sum, [{ amount: '60000000000000' }, { amount: '60000000000000' }])).toThrow(RangeError);
  });

  it('adds sums of pieces into the sum of the whole', () => {
    const sum = createAmountSummer('yuan');
    const lines = ['1.10', '2.20', 'x', '3.30'].map((amount) => ({ amount }));
    const pieces = addSums(addSums(NO_SUM, all(sum, lines, 0, 1)), all(sum, lines, 2, 3));
    expect(pieces).toEqual(all(sum, lines));
    expect(pieces).toEqual({ cents: 660, rows: 4, unreadable: 1 });
  });
});
