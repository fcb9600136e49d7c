import type { FindingDraft } from '../../rules/types';
import { hasFunctionFigures } from '../final-facts';
import type { FinalRuleContext } from '../rule-context';
import type { FinalRule } from './types';

/** The `text.reasons` key of a 项's 预算执行 explanation. */
export const execReasonKey = (code: string): string => `exec:fn:${code}`;

/**
 * R-F-EXEC: a 项 of 一般公共预算 whose 决算数 differs from its 年初预算数 needs a reason (情况说明 五(三):
 * “支出决算数小于年初预算数的主要原因…”). Checked per function 项; key `*` reports a draft without
 * any 年初预算数, which the 情况说明 cannot do without.
 */
export const R_F_EXEC: FinalRule = {
  id: 'R-F-EXEC',
  severity: 'warning',
  scope: 'final',
  entity: 'function',
  triggers: ['expense', 'budget', 'text'],
  title: '决算数与年初预算数差异未说明原因',
  description:
    '一般公共预算财政拨款支出的每个项级科目，决算数与年初预算数不同时，需在“增减原因”中说明原因（exec:fn:科目编码）。',
  keys: (ctx) =>
    ctx
      .auxGroupRows('fnGpb')
      .filter((r) => r.code.length === 7)
      .map((r) => r.code),
  check(code, ctx) {
    if (code === '*') return missingBudget(ctx);
    if (code.length !== 7 || !hasInitialBudget(ctx)) return [];
    const spent = ctx.aux('fnGpb', `fn:${code}`, 'amount');
    const initial = ctx.aux('fnGpb', `fn:${code}`, 'initial');
    if (spent === initial) return [];
    if ((ctx.draft.text.reasons?.[execReasonKey(code)] ?? '').trim() !== '') return [];
    const compare = spent > initial ? '大于' : '小于';
    return [
      {
        target: { text: `reasons.${execReasonKey(code)}` },
        message: `${ctx.functionLabel(code)}：一般公共预算财政拨款支出决算数 ${ctx.money(spent)}，年初预算数 ${ctx.money(initial)}，决算数${compare}年初预算数，请说明原因`,
        expected: ctx.plain(initial),
        actual: ctx.plain(spent),
      },
    ];
  },
};

function hasInitialBudget(ctx: FinalRuleContext): boolean {
  return hasFunctionFigures(ctx.draft.budget, 'initial');
}

function missingBudget(ctx: FinalRuleContext): FindingDraft[] {
  if (hasInitialBudget(ctx) || ctx.metric('gpb') === 0) return [];
  return [
    {
      target: { text: 'budget.initial' },
      message: `尚未填写一般公共预算财政拨款支出的年初预算数（按功能分类科目），情况说明无法比较决算数与年初预算数（决算数 ${ctx.money(ctx.metric('gpb'))}）`,
    },
  ];
}
