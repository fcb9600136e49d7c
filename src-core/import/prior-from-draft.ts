import { priorFigures } from '../domain/engine/prior-figures';
import type { Draft, Prior } from '../domain/draft/types';
import type { Layout } from '../domain/layout/types';
import { Decimal } from '../domain/money/decimal';
import { MAX_DECIMALS, type AmountUnit } from '../domain/money/units';
import { err, ok, type Result } from '../domain/result';

/**
 * 上年草稿 → 上年数: last year's draft gives this year's `prior` figures (every comparison key and
 * `fn:<code>`), as 上年执行数 (`actual`) or 上年预算数 (`budget`), as the officer chooses. The other
 * basis and anything else of `prior` are kept; amounts are converted to this draft's unit exactly.
 */
export type PriorBasis = 'actual' | 'budget';

export interface PriorFill {
  draft: Draft;
  figures: Record<string, string>;
  /** Keys whose value changes (or is new), and keys of the basis the new figures drop. */
  changed: number;
  removed: string[];
  /** A note when the source is not the year before. */
  yearNote: string | null;
}

function convert(amount: string, from: AmountUnit, to: AmountUnit): string {
  if (from === to) return amount;
  const d = new Decimal(amount);
  const v = to === 'wanyuan' ? d.div(10000) : d.times(10000);
  const fixed = v.toFixed(MAX_DECIMALS[to]);
  return to === 'yuan' ? fixed : fixed.replace(/\.?0+$/, '') || '0';
}

export function fillPriorFromDraft(
  current: Draft,
  lastYear: Draft,
  basis: PriorBasis,
  officeOperationScope?: Layout['officeOperationScope'],
): Result<PriorFill, string> {
  if (lastYear.year >= current.year) {
    return err(`所选草稿是 ${lastYear.year} 年度的，不早于本草稿的 ${current.year} 年度，不能作为上年数。`);
  }
  const raw = priorFigures(lastYear, officeOperationScope);
  const figures: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) figures[k] = convert(v, lastYear.amountUnit, current.amountUnit);
  const old = current.prior[basis] ?? {};
  const changed = Object.keys(figures).filter((k) => old[k] !== figures[k]).length;
  const removed = Object.keys(old).filter((k) => !(k in figures));
  const prior: Prior = { ...current.prior, year: lastYear.year, [basis]: figures };
  return ok({
    draft: { ...current, prior },
    figures,
    changed,
    removed,
    yearNote:
      lastYear.year === current.year - 1
        ? null
        : `注意：所选草稿是 ${lastYear.year} 年度的，不是上一年（${current.year - 1} 年）。`,
  });
}
