import { Decimal } from '../money/decimal';
import { formatSteps, toDisplaySteps, type Cents } from '../money/cents';

/**
 * How the 情况说明 writes numbers (docs/report.md “Wording rules”): amounts in 万元 with trailing
 * zeros trimmed (2725.6万元, 434万元) even when the tables are in 元; shares with 2 decimals,
 * trimmed, reconciled to exactly 100% per list; year-on-year comparisons.
 *
 * Amounts are rounded exactly as a table cell is (round-half-up of the exact sum to 0.01 万元),
 * so a figure in the text equals the figure in the 万元 table. Differences and growth rates are
 * computed from those printed figures, so that a reader can redo the sum from the text
 * (2725.6 − 2595.06 = 130.54).
 */

/** Hundredths of 万元 of an amount, rounded half up as a 万元 table cell. */
export function wanSteps(cents: Cents): number {
  return toDisplaySteps(cents, 'wanyuan');
}

/**
 * True when an amount prints as “0万元” (nothing, or less than 0.005 万元): such a part is not
 * listed in the text, and a wholly empty part gets its “没有…” sentence instead (docs/report.md).
 */
export function printsZero(cents: Cents): boolean {
  return wanSteps(cents) === 0;
}

/** “2725.60” → “2725.6”, “434.00” → “434”, “0.00” → “0”. */
export function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** An amount in 万元 for prose: “2725.6”; with `fixed`, always 2 decimals (“2725.60”). */
export function wan(cents: Cents, fixed = false): string {
  const s = formatSteps(wanSteps(cents));
  return fixed ? s : trimZeros(s);
}

/** Display steps (hundredths) as prose text. */
export function formatHundredths(steps: number, fixed = false): string {
  const s = formatSteps(steps);
  return fixed ? s : trimZeros(s);
}

/** A share in hundredths of a percent as printed: 920 → “9.2”, 10000 → “100”, 0 → “0”. */
export function formatShare(hundredths: number): string {
  return trimZeros(formatSteps(hundredths));
}

/**
 * Shares of the parts of one list, in hundredths of a percent, adding up to exactly 10000
 * (100%): each share is floored, and the hundredths still missing go to the parts with the
 * largest remainders (ties: the larger part, then the earlier one). Zero parts get 0.
 * A list with a non-positive total or a negative part cannot be reconciled: its shares are
 * rounded one by one. `whole`: what 100% is in the units returned (10000: hundredths of a percent;
 * 1000: tenths, for a document printing one decimal).
 */
export function reconciledShares(parts: readonly Cents[], whole = 10000): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total <= 0 || parts.some((p) => p < 0)) return naiveShares(parts, whole);
  const exact = parts.map((p) => new Decimal(p).times(whole).div(total));
  const floors = exact.map((q) => q.floor().toNumber());
  let missing = whole - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((q, i) => ({ i, rem: q.minus(q.floor()) }))
    .filter((x) => !x.rem.isZero())
    .sort((a, b) => b.rem.comparedTo(a.rem) || parts[b.i] - parts[a.i] || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return floors;
}

/** Each share rounded on its own (half up): what a spreadsheet prints; may sum to 99.99 or 100.01. */
export function naiveShares(parts: readonly Cents[], whole = 10000): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return parts.map(() => 0);
  return parts.map((p) => new Decimal(p).times(whole).div(total).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
}

/**
 * “比上年执行数增加130.54万元，增长5.03%” / “比上年预算数减少X万元，下降Y%” / “与上年预算数持平”.
 * `label` names the prior figure (上年执行数, 上年预算数, 2021年预算数 …). When the prior figure is 0
 * no percentage is printed. Equal when the two printed figures are equal.
 */
export function comparisonPhrase(now: Cents, prior: Cents, label: string, fixed = false): string {
  const a = wanSteps(now);
  const b = wanSteps(prior);
  const diff = a - b;
  if (diff === 0) return `与${label}持平`;
  const up = diff > 0;
  let out = `比${label}${up ? '增加' : '减少'}${formatHundredths(Math.abs(diff), fixed)}万元`;
  if (b !== 0) out += `，${up ? '增长' : '下降'}${percentChange(diff, b)}%`;
  return out;
}

/**
 * |diff| / |base| in percent, half up to `decimals` (2 by default), trimmed unless `fixed` (the
 * 决算 report prints one fixed precision: “100.0%”).
 */
export function percentChange(diff: number, base: number, decimals = 2, fixed = false): string {
  const pct = new Decimal(Math.abs(diff))
    .times(100)
    .div(Math.abs(base))
    .toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
    .toFixed(decimals);
  return fixed ? pct : trimZeros(pct);
}

/** True when the two amounts print differently in 万元 (a change a reader would see). */
export function changed(now: Cents, prior: Cents): boolean {
  return wanSteps(now) !== wanSteps(prior);
}

const TRAILING_PUNCT = /[。；;，,.\s]+$/u;

/**
 * The reason clause appended to a comparison: “，主要是…”. The officer's text is used as written;
 * “主要是” is added when it does not already say 主要/由于/因. Empty when there is no reason.
 */
export function reasonClause(reason: string | undefined): string {
  const r = (reason ?? '')
    .trim()
    .replace(/^[，,]/u, '')
    .replace(TRAILING_PUNCT, '');
  if (r === '') return '';
  return `，${/^(主要|由于|因)/u.test(r) ? r : `主要是${r}`}`;
}

/** The officer's sentence as a whole sentence: trimmed, ending in 。 (empty stays empty). */
export function sentence(text: string | undefined): string {
  const t = (text ?? '').trim().replace(TRAILING_PUNCT, '');
  return t === '' ? '' : `${t}。`;
}
