import type { Cents } from '../money/cents';
import type { BarChart, ChartValue, PieChart } from './model';
import { formatHundredths, formatShare, reconciledShares, wanSteps } from './numbers';

/** A chart value in 万元: the printed text and its hundredths (for drawing). */
export function chartValue(cents: Cents, fixed = false): ChartValue {
  const steps = wanSteps(cents);
  return { text: formatHundredths(steps, fixed), steps };
}

/** A pie of the non-zero parts, with shares reconciled to 100% (the same shares as the text). */
export function pieChart(
  id: string,
  title: string,
  parts: readonly { name: string; cents: Cents }[],
  fixed = false,
): PieChart {
  const shares = reconciledShares(parts.map((p) => p.cents));
  return {
    type: 'pie',
    id,
    title,
    unit: '万元',
    slices: parts
      .map((p, i) => ({
        label: p.name,
        value: chartValue(p.cents, fixed),
        share: formatShare(shares[i]),
        shareHundredths: shares[i],
      }))
      .filter((s) => s.value.steps > 0),
  };
}

/** Bars of this year against last year; a group without a prior figure has no last-year bar. */
export function barChart(
  id: string,
  title: string,
  series: [string, string],
  groups: readonly { name: string; now: Cents; prior: Cents | null }[],
  fixed = false,
): BarChart {
  return {
    type: 'bars',
    id,
    title,
    unit: '万元',
    series,
    groups: groups.map((g) => ({
      label: g.name,
      values: [g.prior === null ? null : chartValue(g.prior, fixed), chartValue(g.now, fixed)],
    })),
  };
}
