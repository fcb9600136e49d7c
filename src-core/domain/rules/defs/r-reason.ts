import { toDisplaySteps } from '../../money/cents';
import type { RuleContext } from '../context';
import type { DraftRule, FindingDraft } from '../types';

/** Comparisons the 情况说明 prints (docs/report.md), with their Chinese names. */
export const PRINTED_COMPARISONS: readonly { key: string; name: string }[] = [
  { key: 'incomeTotal', name: '收入预算' },
  { key: 'expenseTotal', name: '支出预算' },
  { key: 'basic', name: '基本支出' },
  { key: 'project', name: '项目支出' },
  { key: 'gpb', name: '一般公共预算当年拨款' },
  { key: 'threeTotal', name: '“三公”经费' },
  { key: 'abroad', name: '因公出国（境）费' },
  { key: 'reception', name: '公务接待费' },
  { key: 'vehicle', name: '公务用车购置及运行维护费' },
  { key: 'vehiclePurchase', name: '公务用车购置费' },
  { key: 'vehicleOperation', name: '公务用车运行维护费' },
  { key: 'officeOperation', name: '机关运行经费' },
];

const BASIS_NAME = { actual: '上年执行数', budget: '上年预算数' } as const;

/** Keys of comparisons that will be printed for this draft, including `fn:<code>` items. */
export function printedComparisonKeys(ctx: RuleContext): { key: string; name: string }[] {
  const keys = [...PRINTED_COMPARISONS];
  const fnKeys = new Set<string>();
  for (const basis of ['actual', 'budget'] as const) {
    for (const k of Object.keys(ctx.draft.prior[basis] ?? {})) if (k.startsWith('fn:')) fnKeys.add(k);
  }
  for (const k of [...fnKeys].sort()) {
    const code = k.slice(3);
    keys.push({ key: k, name: `${code} ${ctx.catalogs.function.name(code)}` });
  }
  return keys;
}

/** R-REASON: a printed year-on-year change without a reason in `text.reasons`. */
export const R_REASON: DraftRule = {
  id: 'R-REASON',
  severity: 'warning',
  scope: 'draft',
  triggers: ['expense', 'income', 'carryForward', 'prior', 'text', 'units', 'procurement'],
  title: '增减变化未说明原因',
  description: '情况说明中与上年相比有增减的数字（上年数已填写且有变化），需在“增减原因”中说明原因。',
  check(ctx) {
    const out: FindingDraft[] = [];
    const reasons = ctx.draft.text.reasons ?? {};
    for (const { key, name } of printedComparisonKeys(ctx)) {
      const prior = ctx.prior(key);
      if (!prior) continue;
      const now = ctx.metric(key);
      // The text prints 万元 with 2 decimals: a change is what a reader would see as one.
      if (toDisplaySteps(now, 'wanyuan') === toDisplaySteps(prior.cents, 'wanyuan')) continue;
      if ((reasons[key] ?? '').trim() !== '') continue;
      const diff = now - prior.cents;
      out.push({
        target: { text: `reasons.${key}` },
        message: `${name} ${ctx.money(now)}，比${BASIS_NAME[prior.basis]} ${ctx.money(prior.cents)}${diff > 0 ? '增加' : '减少'} ${ctx.diff(Math.abs(diff))}，请填写增减原因`,
        expected: ctx.plain(prior.cents),
        actual: ctx.plain(now),
      });
    }
    return out;
  },
};
