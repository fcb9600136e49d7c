import { fromCents, toCents } from '../../../src-core/domain/money/cents';
import { parseAmountInput } from '../../../src-core/domain/money/parse-input';
import type { AmountUnit } from '../../../src-core/domain/money/units';
import { err, ok, type Result } from '../../../src-core/domain/result';
import { displayAmount } from '../grid/amount-display';

/** An amount as the tables show it (2,874,600.00); text that is not a decimal shown as stored. */
export const showAmount = displayAmount;

/**
 * Exact sum of draft amounts (decimal strings in `unit`), shown with separators; amounts that are
 * not plain decimals are left out and counted, so that the total never hides them.
 */
export function sumAmounts(amounts: Iterable<string>, unit: AmountUnit): { text: string; skipped: number } {
  let cents = 0;
  let skipped = 0;
  for (const a of amounts) {
    const c = toCents(a, unit);
    if (c === null) skipped++;
    else cents += c;
  }
  return { text: displayAmount(fromCents(cents, unit)), skipped };
}

/** What an officer typed into an amount cell, as stored (`1,200.5` → `1200.50` in 元). */
export function readAmount(text: string, unit: AmountUnit): Result<string, string> {
  const r = parseAmountInput(text, unit);
  if (!r.ok) return r;
  return ok(unit === 'yuan' ? withTwoDecimals(r.value) : r.value);
}

/** 元 amounts are written with two decimals, as in the draft files (`1200` → `1200.00`). */
function withTwoDecimals(value: string): string {
  const dot = value.indexOf('.');
  if (dot < 0) return `${value}.00`;
  return value.length - dot - 1 === 1 ? `${value}0` : value;
}

/** A whole number of 辆/台套 (assets) or a weight; blank → null when allowed. */
export function readCount(
  text: string,
  { blank }: { blank: boolean } = { blank: false },
): Result<number | null, string> {
  const t = text.trim().replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (t === '') return blank ? ok(null) : err('不能为空，没有请填 0');
  if (!/^\d{1,9}$/.test(t)) return err(`“${text.trim()}”不是整数，请填写 0 或正整数`);
  return ok(Number(t));
}
