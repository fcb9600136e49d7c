import { Decimal } from '../../money/decimal';
import type { Cents } from '../../money/cents';
import { inline, slot, type Inline } from '../../report/inline';
import { formatHundredths, percentChange, reasonClause, reconciledShares, wan, wanSteps } from '../../report/numbers';
import type { FinalFigures } from './final-figures';

/** A comparison with last year: the figure now and the key of `prior` it is compared with. */
export interface PriorChoice {
  /** The key whose prior figure is used (also the key of its reason, `text.reasons[key]`). */
  key: string;
  cents: Cents;
}

/**
 * What the 决算 sections share: the figures, the year, and how numbers are written — amounts in
 * 万元 as a table cell rounds them (trailing zeros trimmed, as the budget report does), and every
 * percentage of the document with one fixed precision (`decimals`, one by default, as the 黄陂
 * document prints them: 73.6%, 100.0%). Percentages are computed from the printed figures, so a
 * reader can redo them; shares of one list add up to exactly 100%.
 */
export class FinalWriter {
  readonly year: number;
  readonly priorYear: number;
  /** The department's name, as the 决算 text names it. */
  readonly name: string;

  constructor(
    readonly figures: FinalFigures,
    readonly decimals = 1,
  ) {
    const d = figures.draft;
    this.year = d.year;
    this.priorYear = typeof d.prior.year === 'number' ? d.prior.year : d.year - 1;
    this.name = d.department.name;
  }

  /** “282.91万元”. */
  amt(cents: Cents): string {
    return `${wan(cents)}万元`;
  }

  /** “32.2%”: a part of a whole as printed; null when the whole prints as 0. */
  ratio(part: Cents, whole: Cents): string | null {
    const base = wanSteps(whole);
    if (base === 0) return null;
    return `${percentChange(wanSteps(part), base, this.decimals, true)}%`;
  }

  /** Shares of the parts of one list (“59.2%”), adding up to exactly 100%. */
  shares(parts: readonly Cents[]): string[] {
    const whole = 100 * 10 ** this.decimals;
    return reconciledShares(parts, whole).map(
      (n) => `${new Decimal(n).div(10 ** this.decimals).toFixed(this.decimals)}%`,
    );
  }

  /**
   * Last year's figure of a printed figure: `prior[key]`; else, for each `[fallback, same]` in
   * turn, `prior[fallback]` when this year the printed figure equals `same` (the fallback's figure
   * this year) — e.g. 收入合计 compared with last year's 收入总计 when there is no 年初结转和结余, so
   * the two are one figure. Null when none applies: no comparison is printed.
   */
  priorOf(key: string, now: Cents, fallbacks: readonly [string, Cents][] = []): PriorChoice | null {
    const own = this.figures.prior(key);
    if (own !== null) return { key, cents: own };
    for (const [fallback, same] of fallbacks) {
      const p = this.figures.prior(fallback);
      if (p !== null && wanSteps(same) === wanSteps(now)) return { key: fallback, cents: p };
    }
    return null;
  }

  /** “减少789.23万元，下降73.6%” / “增加…，增长…%” / “持平” (the percentage left out when last year printed 0). */
  change(now: Cents, prior: Cents): string {
    const diff = wanSteps(now) - wanSteps(prior);
    if (diff === 0) return '持平';
    const up = diff > 0;
    const base = wanSteps(prior);
    const amount = `${up ? '增加' : '减少'}${formatHundredths(Math.abs(diff))}万元`;
    return base === 0 ? amount : `${amount}，${up ? '增长' : '下降'}${percentChange(diff, base, this.decimals, true)}%`;
  }

  /**
   * “与2023年度相比，{label}减少789.23万元，下降73.6%，主要原因是…” — with the reason's slot
   * (`text.reasons[prior.key]`) when the figure changed and `withReason`; nothing without a prior.
   */
  compare(label: string, now: Cents, prior: PriorChoice | null, withReason = true): Inline {
    if (!prior) return [];
    const change = this.change(now, prior.cents);
    const head =
      change === '持平'
        ? `与${this.priorYear}年度相比，${label}持平`
        : `与${this.priorYear}年度相比，${label}${change}`;
    return change !== '持平' && withReason ? inline`${head}${this.reason(prior.key)}` : [head];
  }

  /** The reason clause (“，主要原因是…”) of `text.reasons[key]` as a slot; an empty slot when none is written. */
  reason(key: string): Inline {
    const text = reasonClause(this.figures.draft.text.reasons?.[key]);
    return text === '' ? [slot('reason', key, null)] : inline`，${slot('reason', key, text.slice(1))}`;
  }
}
