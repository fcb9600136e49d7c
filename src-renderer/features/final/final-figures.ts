import type { FinalDraftHead } from '../../../src-core/domain/draft/types';
import { PRIOR_KEYS } from '../../../src-core/domain/draft/vocabulary';
import { finalAuxSpec } from '../../../src-core/domain/final/final-aux';
import type { AmountUnit } from '../../../src-core/domain/money/units';
import { ok, type Result } from '../../../src-core/domain/result';
import { readAmount } from '../sections/amounts';

/** Chinese names of the comparison keys: the 决算 engine's metric names (final-aux.ts, one definition). */
export function figureNames(): Map<string, string> {
  const metrics = finalAuxSpec().sections.find((s) => s.id === 'metrics');
  const names = new Map<string, string>();
  for (const r of metrics?.rows ?? []) if (r.type === 'fixed') names.set(r.key, r.name);
  return names;
}

/** Which figure a column of 预算数与上年数 edits. */
export type FigureBasis = 'initial' | 'adjusted' | 'prior';

/**
 * The keys listed in 预算数与上年数: every comparison key, then `fn:<code>` keys — those the figures
 * give and each 一般公共预算 项 spent (`spent`) — by code.
 */
export function figureKeys(head: FinalDraftHead, spent: Iterable<string>): string[] {
  const fn = new Set<string>();
  for (const src of [head.budget.initial, head.budget.adjusted, head.prior])
    for (const k of Object.keys(src ?? {})) if (k.startsWith('fn:')) fn.add(k);
  for (const code of spent) fn.add(`fn:${code}`);
  return [...PRIOR_KEYS, ...[...fn].sort()];
}

/** The stored text of a figure, '' when the draft does not give it. */
export function figureText(head: FinalDraftHead, basis: FigureBasis, key: string): string {
  const src: Record<string, unknown> | undefined = basis === 'prior' ? head.prior : head.budget[basis];
  const v = src?.[key];
  return typeof v === 'string' ? v : '';
}

/**
 * The head part that changes when a figure is typed: `budget` (年初/全年预算数) or `prior`
 * (上年决算数). Blank removes the key; otherwise the amount as stored (a text that is not an amount
 * is refused, nothing changes).
 */
export function withFigure(
  head: FinalDraftHead,
  basis: FigureBasis,
  key: string,
  text: string,
  unit: AmountUnit,
): Result<
  { key: 'budget'; value: FinalDraftHead['budget'] } | { key: 'prior'; value: FinalDraftHead['prior'] },
  string
> {
  let amount: string | null = null;
  if (text.trim() !== '') {
    const a = readAmount(text, unit);
    if (!a.ok) return a;
    amount = a.value;
  }
  const put = <T extends Record<string, unknown>>(src: T | undefined): T => {
    const next = { ...(src ?? {}) } as Record<string, unknown>;
    if (amount === null) delete next[key];
    else next[key] = amount;
    return next as T;
  };
  if (basis === 'prior') return ok({ key: 'prior', value: put(head.prior) });
  return ok({ key: 'budget', value: { ...head.budget, [basis]: put(head.budget[basis]) } });
}
