import { toCents } from '../../money/cents';
import { THREE_COUNT_NAMES, type ThreeCountKey } from '../../draft/vocabulary';
import type { FindingDraft } from '../../rules/types';
import type { FinalRuleContext } from '../rule-context';
import type { FinalRule } from './types';

/** The “三公” items of 公开09表 with their Chinese names and the counts the 情况说明 prints for them. */
const ITEMS: readonly { key: string; name: string; counts: readonly ThreeCountKey[] }[] = [
  { key: 'abroad', name: '因公出国（境）费', counts: ['abroadGroups', 'abroadPersons'] },
  { key: 'vehiclePurchase', name: '公务用车购置费', counts: ['vehiclesBought'] },
  { key: 'vehicleOperation', name: '公务用车运行维护费', counts: ['vehiclesHeld'] },
  { key: 'reception', name: '公务接待费', counts: [] },
];

/**
 * R-F-THREE: a “三公” item (or the total) whose 决算数 exceeds its 全年预算数, or is spent without a
 * 全年预算数; the counts the 情况说明 prints (团组, 人次, 车辆, 接待批次/人次) missing where the
 * amount is not zero; 外宾接待费 above the 公务接待费 it is part of.
 */
export const R_F_THREE: FinalRule = {
  id: 'R-F-THREE',
  severity: 'warning',
  scope: 'final',
  triggers: ['expense', 'budget', 'three'],
  title: '“三公”经费超预算或情况不全',
  description:
    '“三公”经费各项决算数不应超过全年预算数；有支出的项目须填写出国团组和人次、购置和保有车辆数、国内和外宾接待批次和人次。',
  keys: () => [],
  check(key, ctx) {
    if (key !== '*') return [];
    const out: FindingDraft[] = [];
    for (const { key: item, name } of [{ key: 'threeTotal', name: '“三公”经费合计' }, ...ITEMS]) {
      const spent = ctx.metric(item);
      const budget = ctx.budgetFigure('budget.adjusted', [item]);
      const column = item === 'threeTotal' ? 'final.total' : `final.${item}`;
      if (budget === null) {
        if (spent !== 0)
          out.push({
            target: { table: 'F09', row: 'total', column },
            message: `${name}决算数 ${ctx.money(spent)}，尚未填写全年预算数（公开09表“预算数”）`,
            actual: ctx.plain(spent),
          });
      } else if (spent > budget) {
        out.push({
          target: { table: 'F09', row: 'total', column },
          message: `${name}决算数 ${ctx.money(spent)}，超过全年预算数 ${ctx.money(budget)}，超出 ${ctx.diff(spent - budget)}`,
          expected: ctx.plain(budget),
          actual: ctx.plain(spent),
        });
      }
    }
    for (const { key: item, name, counts } of ITEMS) {
      const spent = ctx.metric(item);
      if (spent !== 0) missingCounts(ctx, out, name, spent, counts);
    }
    const reception = ctx.metric('reception');
    const foreignText = ctx.draft.three.receptionForeign;
    const foreign = foreignText === undefined ? 0 : (toCents(foreignText, ctx.draft.amountUnit) ?? 0);
    if (foreign > reception) {
      out.push({
        target: { text: 'three.receptionForeign' },
        message: `外宾接待费 ${ctx.money(foreign)} 超过公务接待费决算数 ${ctx.money(reception)}`,
        expected: ctx.plain(reception),
        actual: ctx.plain(foreign),
      });
    }
    if (foreign > 0)
      missingCounts(ctx, out, '外宾接待费', foreign, ['receptionForeignBatches', 'receptionForeignPersons']);
    if (reception - foreign > 0)
      missingCounts(ctx, out, '国内公务接待费', reception - foreign, [
        'receptionDomesticBatches',
        'receptionDomesticPersons',
      ]);
    return out;
  },
};

function missingCounts(
  ctx: FinalRuleContext,
  out: FindingDraft[],
  name: string,
  spent: number,
  counts: readonly ThreeCountKey[],
): void {
  for (const c of counts) {
    const n = ctx.draft.three[c];
    if (n !== undefined && n > 0) continue;
    out.push({
      target: { text: `three.${c}` },
      message: `${name}决算数 ${ctx.money(spent)}，但${THREE_COUNT_NAMES[c]}${n === undefined ? '未填写' : `为 ${n}`}，情况说明需列出`,
    });
  }
}
