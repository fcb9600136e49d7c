import { CENTS_PER_UNIT, MAX_DECIMALS, type AmountUnit } from './units';

/**
 * Inside the engine every amount is an integer number of 分 (0.01 元). Both draft units map to
 * it exactly (2 decimals in 元, 6 in 万元), so sums are exact integer additions as long as they
 * stay below 2^53 分 (≈ 90 万亿元), which `assertSafe` guards.
 */
export type Cents = number;

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

/** Is `text` a plain decimal string (the draft-file form: `"2874600.00"`, `"-12.5"`)? */
export function isDecimalString(text: string): boolean {
  return DECIMAL_RE.test(text);
}

/** Number of decimals written in a plain decimal string. */
export function decimalPlaces(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * Converts a draft amount string in `unit` to integer 分, or null when it is not a plain decimal
 * or carries more decimals than the unit allows (more precise than 1 分).
 */
export function toCents(text: string, unit: AmountUnit): Cents | null {
  if (!DECIMAL_RE.test(text)) return null;
  const places = decimalPlaces(text);
  const max = MAX_DECIMALS[unit];
  if (places > max) return null;
  // Integer arithmetic on the digit strings: the integer part (≤ 15 digits) and the fraction
  // scaled to 分 are exact integers, and so is their combination while it stays a safe integer.
  const neg = text.startsWith('-');
  const body = neg ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  if (intPart.replace(/^0+/, '').length > 15) return null;
  const scaleDigits = max; // 分 per unit = 10^max
  const n = Number(intPart) * 10 ** scaleDigits + Number(frac + '0'.repeat(scaleDigits - frac.length) || '0');
  if (!Number.isSafeInteger(n)) return null;
  const v = neg ? -n : n;
  return v === 0 ? 0 : v; // no -0
}

/**
 * Integer 分 back to a decimal string in `unit` (2 decimals in 元, trimmed to ≥2 in 万元). Pure
 * digit-string work on the exact integer: this runs for every cell of every materialized table.
 */
export function fromCents(cents: Cents, unit: AmountUnit): string {
  const places = MAX_DECIMALS[unit];
  const digits = Math.abs(cents)
    .toString()
    .padStart(places + 1, '0');
  const int = digits.slice(0, -places);
  let frac = digits.slice(-places);
  while (frac.length > 2 && frac.endsWith('0')) frac = frac.slice(0, -1);
  return `${cents < 0 ? '-' : ''}${int}.${frac}`;
}

/** Throws when an aggregate leaves the exactly representable range: a broken invariant. */
export function assertSafe(cents: Cents): Cents {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`金额超出可精确计算的范围：${cents} 分`);
  return cents;
}

/**
 * Rounds 分 to the display grid of `publishUnit` (0.01 of that unit), half up away from zero,
 * and returns the integer count of display steps (e.g. 27255980.00 元 → 272560 steps of 0.01 万元).
 * docs/tables.md: every cell is rounded on its own from the exact sum.
 */
export function toDisplaySteps(cents: Cents, publishUnit: AmountUnit): number {
  const step = CENTS_PER_UNIT[publishUnit] / 100; // 分 per 0.01 of the unit: 1 or 10000
  if (step === 1) return cents;
  const abs = Math.abs(cents);
  const q = Math.floor(abs / step);
  const r = abs - q * step;
  const rounded = r * 2 >= step ? q + 1 : q;
  return cents < 0 ? -rounded : rounded;
}

/** Formats display steps (hundredths of the publish unit) as `"2725.60"`. */
export function formatSteps(steps: number): string {
  const neg = steps < 0;
  const abs = Math.abs(steps);
  const int = Math.floor(abs / 100);
  const frac = abs - int * 100;
  return `${neg ? '-' : ''}${int}.${frac < 10 ? '0' : ''}${frac}`;
}

/** A cell value as docs/tables.md prints it: rounded to 2 decimals of the publish unit. */
export function displayAmount(cents: Cents, publishUnit: AmountUnit): string {
  return formatSteps(toDisplaySteps(cents, publishUnit));
}

/**
 * An amount for a message: 2 decimals of the publish unit when that is exact, otherwise every
 * significant decimal, so that a difference of 0.01 元 never reads “0.00 万元”.
 */
export function messageAmount(cents: Cents, publishUnit: AmountUnit): string {
  const steps = toDisplaySteps(cents, publishUnit);
  const step = CENTS_PER_UNIT[publishUnit] / 100;
  if (steps * step === cents) return formatSteps(steps);
  return fromCents(cents, publishUnit);
}
