import { ALL_SOURCES, SOURCE_NAMES, type Source } from '../../draft/vocabulary';
import type { RuleContext } from '../context';
import type { DraftRule, EntityRule, FindingDraft } from '../types';

const BAL_TRIGGERS = ['expense', 'income', 'carryForward', 'units'] as const;

/** Units to check: those of the draft and any code lines still point at. */
function unitKeys(ctx: RuleContext): string[] {
  return [...new Set([...ctx.draft.units.map((u) => u.code), ...ctx.auxGroupRows('units').map((r) => r.code)])];
}

/** R-BAL-TOTAL: 收入总计 = 支出总计 for the department (T01). */
export const R_BAL_TOTAL: DraftRule = {
  id: 'R-BAL-TOTAL',
  severity: 'error',
  scope: 'draft',
  triggers: BAL_TRIGGERS,
  title: '收支总计不平衡',
  description: '部门收入总计应等于支出总计（部门收支总表）。',
  check(ctx) {
    const income = ctx.metric('incomeTotal');
    const expense = ctx.metric('expenseTotal');
    if (income === expense) return [];
    const diff = income - expense;
    return [
      {
        target: { table: 'T01', row: 'out:total', column: 'amount' },
        message: `部门收入总计 ${ctx.money(income)}，支出总计 ${ctx.money(expense)}，${diff > 0 ? `收入多于支出 ${ctx.diff(diff)}` : `支出多于收入 ${ctx.diff(-diff)}`}，收支不平衡`,
        expected: ctx.plain(income),
        actual: ctx.plain(expense),
      },
    ];
  },
};

/** R-BAL-UNIT: for each unit, income = expenses + 年终结转结余. */
export const R_BAL_UNIT: EntityRule = {
  id: 'R-BAL-UNIT',
  severity: 'error',
  scope: 'entity',
  entity: 'unit',
  triggers: BAL_TRIGGERS,
  title: '单位收支不平衡',
  description: '每个预算单位的收入应等于支出加年终结转结余。',
  keys: unitKeys,
  check(unit, ctx) {
    if (unit === '*') return [];
    const key = `unit:${unit}`;
    const income = ctx.aux('units', key, 'in');
    const spent = ctx.aux('units', key, 'out') + ctx.aux('units', key, 'cf');
    if (income === spent) return [];
    const diff = income - spent;
    return [
      {
        target: { unit },
        message: `${ctx.unitLabel(unit)}：收入 ${ctx.money(income)}，支出及结转结余 ${ctx.money(spent)}，${diff > 0 ? `尚有 ${ctx.diff(diff)}未安排` : `超出收入 ${ctx.diff(-diff)}`}`,
        expected: ctx.plain(income),
        actual: ctx.plain(spent),
      },
    ];
  },
};

/**
 * R-BAL-SOURCE: for each unit × source × carryover, income = expenses paid from it; where the unit
 * carries money of that source forward (年终结转结余), current and carried-over money of the source
 * are checked together against expenses + the amount carried forward.
 */
export const R_BAL_SOURCE: EntityRule = {
  id: 'R-BAL-SOURCE',
  severity: 'error',
  scope: 'entity',
  entity: 'unit',
  triggers: BAL_TRIGGERS,
  title: '资金来源不平衡',
  description: '每个单位每项资金来源的收入应等于由其安排的支出（加该来源的年终结转结余）；列出未安排或超安排的金额。',
  keys: unitKeys,
  check(unit, ctx) {
    if (unit === '*') return [];
    const out: FindingDraft[] = [];
    const key = `unit:${unit}`;
    const get = (col: string) => ctx.aux('units', key, col);
    for (const s of ALL_SOURCES) {
      const cf = get(`cf|${s}`);
      const inCur = get(`in|${s}|0`);
      const inCo = get(`in|${s}|1`);
      const outCur = get(`out|${s}|0`);
      const outCo = get(`out|${s}|1`);
      if (cf !== 0) {
        check(ctx, out, unit, s, '（含上年结转，扣除年终结转结余）', inCur + inCo, outCur + outCo + cf);
      } else {
        check(ctx, out, unit, s, '', inCur, outCur);
        check(ctx, out, unit, s, '（上年结转结余）', inCo, outCo);
      }
    }
    return out;
  },
};

function check(
  ctx: RuleContext,
  out: FindingDraft[],
  unit: string,
  source: string,
  label: string,
  income: number,
  spent: number,
): void {
  if (income === spent) return;
  const name = SOURCE_NAMES[source as Source] ?? source;
  const diff = income - spent;
  out.push({
    target: { unit },
    message: `${ctx.unitLabel(unit)}：${name}${label} ${ctx.money(income)}，已安排支出 ${ctx.money(spent)}，${diff > 0 ? `尚有 ${ctx.diff(diff)}未安排` : `超安排 ${ctx.diff(-diff)}`}`,
    expected: ctx.plain(income),
    actual: ctx.plain(spent),
  });
}
