import type { LineRule } from '../types';
import { describeLine } from '../describe';

/** R-ZERO: a line with amount 0. */
export const R_ZERO: LineRule = {
  id: 'R-ZERO',
  severity: 'warning',
  scope: 'line',
  streams: ['expense', 'income'],
  title: '金额为零',
  description: '金额为 0 的收支行，通常是漏填或应删除。',
  check(v, ctx) {
    if (!v.fact.amountValid || v.fact.cents !== 0) return undefined;
    return [
      {
        target: { line: v.id, field: 'amount' },
        message: `${describeLine(v, ctx)}：金额为 0，请填写金额或删除此行`,
        actual: '0.00',
      },
    ];
  },
};
