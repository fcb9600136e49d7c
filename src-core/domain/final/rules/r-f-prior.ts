import { toDisplaySteps } from '../../money/cents';
import type { FindingDraft } from '../../rules/types';
import type { FinalRuleContext } from '../rule-context';
import type { FinalRule } from './types';

/** Comparisons with last year's 决算数 the 决算 情况说明 prints, with their Chinese names. */
export const FINAL_COMPARISONS: readonly { key: string; name: string }[] = [
  { key: 'incomeTotal', name: '收入总计' },
  { key: 'expenseTotal', name: '支出总计' },
  { key: 'fiscal', name: '财政拨款收入' },
  { key: 'gpb', name: '一般公共预算财政拨款支出' },
  { key: 'threeTotal', name: '“三公”经费' },
  { key: 'abroad', name: '因公出国（境）费' },
  { key: 'vehiclePurchase', name: '公务用车购置费' },
  { key: 'vehicleOperation', name: '公务用车运行维护费' },
  { key: 'reception', name: '公务接待费' },
  { key: 'officeOperation', name: '机关运行经费' },
];

/** The comparisons printed for this draft: the fixed ones and every `fn:<code>` of `prior`. */
export function finalComparisons(ctx: FinalRuleContext): { key: string; name: string }[] {
  const fn = Object.keys(ctx.draft.prior)
    .filter((k) => k.startsWith('fn:'))
    .sort()
    .map((key) => ({ key, name: ctx.functionLabel(key.slice(3)) }));
  return [...FINAL_COMPARISONS, ...fn];
}

/**
 * R-F-PRIOR: a comparison with last year the 情况说明 prints, without last year's 决算数 (the amount
 * this year is not zero), or changed (as printed) without a reason in `text.reasons`.
 */
export const R_F_PRIOR: FinalRule = {
  id: 'R-F-PRIOR',
  severity: 'warning',
  scope: 'final',
  triggers: ['expense', 'income', 'balance', 'prior', 'text', 'units'],
  title: '与上年比较缺少上年数或原因',
  description: '情况说明与上年决算数比较的数字：上年决算数须填写；有增减变化的，须在“增减原因”中说明原因。',
  keys: () => [],
  check(key, ctx) {
    if (key !== '*') return [];
    const out: FindingDraft[] = [];
    const unit = ctx.draft.publishUnit;
    const reasons = ctx.draft.text.reasons ?? {};
    for (const { key: k, name } of finalComparisons(ctx)) {
      const now = ctx.metric(k);
      const prior = ctx.prior(k);
      if (prior === null) {
        if (now !== 0)
          out.push({
            target: { prior: k },
            message: `${name}本年 ${ctx.money(now)}，情况说明要与上年比较，但未填写上年决算数`,
            actual: ctx.plain(now),
          });
        continue;
      }
      if (toDisplaySteps(now, unit) === toDisplaySteps(prior, unit)) continue;
      if ((reasons[k] ?? '').trim() !== '') continue;
      const diff = now - prior;
      out.push({
        target: { text: `reasons.${k}` },
        message: `${name} ${ctx.money(now)}，比上年决算数 ${ctx.money(prior)}${diff > 0 ? '增加' : '减少'} ${ctx.diff(Math.abs(diff))}，请填写增减原因`,
        expected: ctx.plain(prior),
        actual: ctx.plain(now),
      });
    }
    return out;
  },
};
