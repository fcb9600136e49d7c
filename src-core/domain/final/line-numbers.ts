import type { DerivedRow } from '../tables/derived';

/**
 * 行次 of a two-sided table (公开01/04表) as the seed prints them: each side's rows before its totals
 * (the first row of level 0) are numbered from 1, then both sides are padded to the longer one so
 * that the totals face each other, and the 支出 side continues after the 收入 side:
 * 收入 1–8, (9–26 blank), 本年收入合计 27 … 总计 30; 支出 31–56, 本年支出合计 57 … 总计 60.
 * Returns row key → number (padding lines have numbers but no rows).
 */
export function lineNumbers(rows: readonly DerivedRow[]): Record<string, number> {
  const sides: DerivedRow[][] = [];
  for (const r of rows) {
    const side = sides.find((s) => s[0].section === r.section);
    if (side) side.push(r);
    else sides.push([r]);
  }
  const split = sides.map((side) => {
    const firstTotal = side.findIndex((r) => r.level === 0);
    const body = firstTotal < 0 ? side.length : firstTotal;
    return { body: side.slice(0, body), tail: side.slice(body) };
  });
  const bodyLines = Math.max(0, ...split.map((s) => s.body.length));
  const out: Record<string, number> = {};
  let next = 1;
  for (const { body, tail } of split) {
    body.forEach((r, i) => (out[r.key] = next + i));
    next += bodyLines;
    for (const r of tail) out[r.key] = next++;
  }
  return out;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 26 → 二十六 (up to 99). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
