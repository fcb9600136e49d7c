import type { Draft } from '../../src-core/domain/draft/types';
import type { Layout } from '../../src-core/domain/layout/types';
import { isDecimalString } from '../../src-core/domain/money/cents';
import { Decimal } from '../../src-core/domain/money/decimal';
import { MAX_DECIMALS, type AmountUnit } from '../../src-core/domain/money/units';
import { err, ok, type Result } from '../../src-core/domain/result';
import { priorFigures } from '../../src-core/domain/engine/prior-figures';

export interface CopyOptions {
  /** The new draft's budget year. */
  year: number;
  /** Across-the-board change in percent, e.g. 5 or "-3.5" (decimal text is exact). */
  percent: number | string;
  officeOperationScope?: Layout['officeOperationScope'];
}

/**
 * Next year's starting draft from last year's (pure; the repository stores it as a new draft):
 * every line's amount × (1 + percent/100), rounded half up (四舍五入) to the 分 of the amount unit;
 * units, projects, texts, assets and local codes copied; `prior` replaced by last year's totals
 * (priorFigures) as `budget` (上年预算数): last year's draft is a budget, not its execution, so
 * `actual` (上年执行数) stays empty until the officer enters it — otherwise the text would call
 * budget figures 执行数.
 * Dropped: `text.reasons` (they explain last year's changes) and `reviews` (explanations of last
 * year's warnings). A one-time copy: nothing links the drafts afterwards.
 */
export function copyFromLastYearDraft(source: Draft, options: CopyOptions): Result<Draft, string> {
  if (!Number.isInteger(options.year) || options.year < 1900 || options.year > 9999)
    return err('预算年度应为四位整数年份');
  const percentText = String(options.percent).trim();
  if (!isDecimalString(percentText)) return err(`调整比例“${percentText}”应为数字，例如 5 表示增加 5%`);
  const percent = new Decimal(percentText);
  if (percent.lt(-100)) return err('调整比例不能低于 -100%');
  const factor = percent.div(100).plus(1);
  const scale = <L extends { amount: string }>(lines: readonly L[]): L[] =>
    lines.map((l) => ({ ...l, amount: scaleAmount(l.amount, factor, source.amountUnit) }));

  const { reasons: _lastYearsReasons, ...text } = source.text;
  const figures = priorFigures(source, options.officeOperationScope);
  return ok({
    ...source,
    year: options.year,
    income: scale(source.income),
    expenses: scale(source.expenses),
    carryForward: scale(source.carryForward),
    procurement: scale(source.procurement),
    prior: { year: source.year, budget: { ...figures } },
    text,
    reviews: [],
  });
}

/** amount × factor, rounded half up to 分 (2 decimals in 元, 6 in 万元); unreadable text kept as is. */
export function scaleAmount(amount: string, factor: Decimal, unit: AmountUnit): string {
  if (!isDecimalString(amount)) return amount; // R-AMOUNT reports it in the new draft too
  const places = MAX_DECIMALS[unit];
  const v = new Decimal(amount).times(factor).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const fixed = v.isZero() ? new Decimal(0).toFixed(places) : v.toFixed(places);
  return unit === 'yuan' ? fixed : fixed.replace(/(\.\d\d\d*?)0+$/, '$1');
}
