import type { EntityRule } from '../types';

/** R-EMPTY-UNIT: a unit with no income and no expense lines. */
export const R_EMPTY_UNIT: EntityRule = {
  id: 'R-EMPTY-UNIT',
  severity: 'warning',
  scope: 'entity',
  entity: 'unit',
  triggers: ['expense', 'income', 'units'],
  title: '单位没有收支',
  description: '预算单位既没有收入行也没有支出行。',
  keys: (ctx) => ctx.draft.units.map((u) => u.code),
  check(unit, ctx) {
    if (!ctx.unitNames.has(unit) || ctx.aux('units', `unit:${unit}`, 'count') !== 0) return [];
    return [{ target: { unit }, message: `${ctx.unitLabel(unit)}：没有任何收入或支出行，请录入或从部门中删除该单位` }];
  },
};
