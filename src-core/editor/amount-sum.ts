import { assertSafe, toCents, type Cents } from '../domain/money/cents';
import type { AmountUnit } from '../domain/money/units';

/**
 * The sums of a grid's footer, as officers check them in Excel's status bar: the amounts of the
 * rows shown (under a filter, only those) and of the selected rows. Exact: each amount string is
 * read once into integer 分 (`toCents`) and the 分 are added as integers; an amount that cannot be
 * read (a bad value kept from a file) is counted apart, never guessed. Pure data, no DOM.
 */

export interface AmountSum {
  /** Sum of the readable amounts, in 分. */
  cents: Cents;
  /** Rows summed. */
  rows: number;
  /** Rows whose amount is not a plain decimal in the draft's unit (left out of `cents`). */
  unreadable: number;
}

/** Something with an amount (an expense line). */
export interface HasAmount {
  readonly amount: string;
}

/**
 * Sums the rows `from`…`to` (inclusive, clipped to `count`); `lineAt` gives a row's line, or
 * undefined for a row that no longer exists (it is skipped).
 */
export type AmountSummer = (
  count: number,
  lineAt: (row: number) => HasAmount | undefined,
  from?: number,
  to?: number,
) => AmountSum;

/**
 * A summer for amounts in `unit`. Lines are immutable values (an edit makes a new one), so the 分
 * of each are remembered by line: summing 50,000 rows again after one edit reads one amount.
 */
export function createAmountSummer(unit: AmountUnit): AmountSummer {
  const cache = new WeakMap<HasAmount, Cents | null>();
  return (count, lineAt, from = 0, to = count - 1) => {
    let cents = 0;
    let rows = 0;
    let unreadable = 0;
    for (let row = Math.max(0, from), last = Math.min(to, count - 1); row <= last; row++) {
      const line = lineAt(row);
      if (!line) continue;
      let c = cache.get(line);
      if (c === undefined) {
        c = toCents(line.amount, unit);
        cache.set(line, c);
      }
      rows++;
      if (c === null) unreadable++;
      else cents = assertSafe(cents + c);
    }
    return { cents, rows, unreadable };
  };
}

/** Nothing summed yet. */
export const NO_SUM: AmountSum = { cents: 0, rows: 0, unreadable: 0 };

/** Two sums of different rows as one (a long sum is done in pieces). */
export function addSums(a: AmountSum, b: AmountSum): AmountSum {
  return { cents: assertSafe(a.cents + b.cents), rows: a.rows + b.rows, unreadable: a.unreadable + b.unreadable };
}
