import { SOCIAL_INSURANCE, SOCIAL_INSURANCE_FUNCTION_NAMES } from '../../catalog/social-insurance';
import type { LineRule } from '../types';
import { describeLine } from '../describe';

/** 科目对应: economic 款 → the function 项 (or 款 prefix) it belongs under, and back (SOCIAL_INSURANCE). */
const ECON_TO_FUNCTION = SOCIAL_INSURANCE.map((p) => ({
  economic: p.economic,
  fn: p.accepts,
  fnName: SOCIAL_INSURANCE_FUNCTION_NAMES[p.accepts] ?? '',
}));

const FUNCTION_TO_ECON: Record<string, string> = Object.fromEntries(
  SOCIAL_INSURANCE.filter((p) => p.reserved).map((p) => [p.accepts, p.economic]),
);

/** R-LINK-SOCIAL: social-insurance and housing-fund lines under their matching function codes. */
export const R_LINK_SOCIAL: LineRule = {
  id: 'R-LINK-SOCIAL',
  severity: 'warning',
  scope: 'line',
  streams: ['expense'],
  title: '功能科目与经济科目不对应',
  description: '30108 应列 2080505，30109 应列 2080506，30113 应列 2210201，30110/30111 应列 21011 下的项；反之亦然。',
  check(v, ctx) {
    const { economic, function: fn } = v.fact;
    const want = ECON_TO_FUNCTION.find((x) => x.economic === economic);
    if (want && !fn.startsWith(want.fn)) {
      return [
        {
          target: { line: v.id, field: 'function' },
          message: `${describeLine(v, ctx)}：经济科目 ${economic} ${ctx.catalogs.economic.name(economic)}应列在功能科目 ${want.fn} ${want.fnName}${want.fn.length === 5 ? '下的项' : ''}，当前为 ${fn}`,
          expected: want.fn,
          actual: fn,
        },
      ];
    }
    const wantEcon = FUNCTION_TO_ECON[fn];
    if (wantEcon && economic !== wantEcon) {
      return [
        {
          target: { line: v.id, field: 'economic' },
          message: `${describeLine(v, ctx)}：功能科目 ${fn} ${ctx.catalogs.function.name(fn)}的支出应使用经济科目 ${wantEcon} ${ctx.catalogs.economic.name(wantEcon)}，当前为 ${economic}`,
          expected: wantEcon,
          actual: economic,
        },
      ];
    }
    return undefined;
  },
};
