import { MAX_DECIMALS, UNIT_LABEL } from '../../money/units';
import type { LineRule } from '../types';
import { describeLine } from '../describe';

/** R-AMOUNT: amount not a number, negative, or more decimals than the unit allows. */
export const R_AMOUNT: LineRule = {
  id: 'R-AMOUNT',
  severity: 'error',
  scope: 'line',
  streams: ['expense', 'income', 'carryForward', 'procurement'],
  title: '金额无效',
  description: '金额不是数字、为负数，或小数位超过金额单位允许的位数（元：2 位）。',
  check(v, ctx) {
    const unit = ctx.draft.amountUnit;
    if (!v.fact.amountValid) {
      return [
        {
          target: { line: v.id, field: 'amount' },
          message: `${describeLine(v, ctx)}：金额“${v.amountText}”无效，应为数字，以${UNIT_LABEL[unit]}为单位最多 ${MAX_DECIMALS[unit]} 位小数`,
          actual: v.amountText,
        },
      ];
    }
    if (v.fact.cents < 0) {
      return [
        {
          target: { line: v.id, field: 'amount' },
          message: `${describeLine(v, ctx)}：金额为负数（${ctx.money(v.fact.cents)}），预算金额不能为负`,
          actual: ctx.plain(v.fact.cents),
        },
      ];
    }
    return undefined;
  },
};
