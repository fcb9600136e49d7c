import type { Prior } from '../../../../src-core/domain/draft/types';
import { PRIOR_KEYS } from '../../../../src-core/domain/draft/vocabulary';
import { auxSpec } from '../../../../src-core/domain/engine/aux-spec';
import type { Layout } from '../../../../src-core/domain/layout/types';
import type { AmountUnit } from '../../../../src-core/domain/money/units';
import { err, ok, type Result } from '../../../../src-core/domain/result';
import { readAmount } from '../amounts';

/** Chinese names of the prior keys: the engine's metric names (engine/aux-spec.ts, one definition). */
export function priorKeyNames(layout: Layout): Map<string, string> {
  const metrics = auxSpec(layout).sections.find((s) => s.id === 'metrics');
  const names = new Map<string, string>();
  for (const r of metrics?.rows ?? []) if (r.type === 'fixed') names.set(r.key, r.name);
  return names;
}

/** The keys listed: every PriorKey, then `fn:` keys by code, then any other key the file has (kept). */
export function priorKeys(prior: Prior, pending: readonly string[]): string[] {
  const present = new Set([...Object.keys(prior.actual ?? {}), ...Object.keys(prior.budget ?? {}), ...pending]);
  const fixed: readonly string[] = PRIOR_KEYS;
  const fn = [...present].filter((k) => k.startsWith('fn:')).sort();
  const other = [...present].filter((k) => !fixed.includes(k) && !k.startsWith('fn:')).sort();
  return [...fixed, ...fn, ...other];
}

/**
 * `prior` with one figure typed: blank removes the key from that basis, otherwise the amount as
 * stored (parseAmountInput; `13,6` refused). A basis left empty is removed unless the file had it.
 */
export function withPriorFigure(
  prior: Prior,
  basis: 'actual' | 'budget',
  key: string,
  text: string,
  unit: AmountUnit,
): Result<Prior, string> {
  const figures = { ...(prior[basis] ?? {}) };
  if (text.trim() === '') {
    delete figures[key];
  } else {
    const a = readAmount(text, unit);
    if (!a.ok) return a;
    figures[key] = a.value;
  }
  const next: Prior = { ...prior, [basis]: figures };
  if (Object.keys(figures).length === 0 && prior[basis] === undefined) delete next[basis];
  return ok(next);
}

/** `prior` without a key in either basis (删除一行). */
export function withoutPriorKey(prior: Prior, key: string): Prior {
  const next: Prior = { ...prior };
  for (const basis of ['actual', 'budget'] as const) {
    if (!prior[basis] || !(key in prior[basis]!)) continue;
    const figures = { ...prior[basis] };
    delete figures[key];
    next[basis] = figures;
  }
  return next;
}

/** 上年年度 as typed: blank removes it; otherwise a four-digit year. */
export function withPriorYear(prior: Prior, text: string): Result<Prior, string> {
  const t = text.trim();
  const next: Prior = { ...prior };
  if (t === '') {
    delete next.year;
    return ok(next);
  }
  if (!/^\d{4}$/.test(t)) return err(`“${t}”不是年份，请填写四位数字，如 2021`);
  next.year = Number(t);
  return ok(next);
}

/** A function code typed to add a `fn:` row: digits at 类/款/项 level (3, 5 or 7). */
export function readFunctionCode(text: string): Result<string, string> {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return err('请填写功能分类编码（数字），如 2010301');
  if (![3, 5, 7].includes(t.length)) return err(`“${t}”不是类（3 位）、款（5 位）或项（7 位）编码`);
  return ok(t);
}
