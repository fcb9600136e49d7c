import { Decimal } from '../../money/decimal';
import type { EntityRule, FindingDraft } from '../types';

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

/** R-PROJECT-EMPTY: a project with no lines, or with no indicators. */
export const R_PROJECT_EMPTY: EntityRule = {
  id: 'R-PROJECT-EMPTY',
  severity: 'warning',
  scope: 'entity',
  entity: 'project',
  triggers: ['expense', 'projects'],
  title: '项目不完整',
  description: '项目没有支出行，或没有设置绩效指标。',
  keys: (ctx) => ctx.projects.keys(),
  check(code, ctx) {
    const p = ctx.projects.get(code);
    if (!p) return [];
    const out: FindingDraft[] = [];
    if (ctx.aux('projects', `project:${code}`, 'count') === 0) {
      out.push({
        target: { project: code },
        message: `项目 ${ctx.projectLabel(code)}（${ctx.unitLabel(p.unit)}）没有任何支出行`,
      });
    }
    if (p.indicators.length === 0) {
      out.push({
        target: { project: code, field: 'indicators' },
        message: `项目 ${ctx.projectLabel(code)}（${ctx.unitLabel(p.unit)}）未设置绩效指标`,
      });
    }
    return out;
  },
};

/** R-PERF-WEIGHT: indicator weights (plus 预算执行率 weight) add up to 100; every indicator has a value. */
export const R_PERF_WEIGHT: EntityRule = {
  id: 'R-PERF-WEIGHT',
  severity: 'warning',
  scope: 'entity',
  entity: 'project',
  triggers: ['projects'],
  title: '绩效指标权重或指标值不完整',
  description: '有绩效指标的项目，各指标权重（含预算执行率权重）之和应为 100，且每项指标都应有权重和指标值。',
  keys: (ctx) => ctx.projects.keys(),
  check(code, ctx) {
    const p = ctx.projects.get(code);
    if (!p || p.indicators.length === 0) return [];
    const out: FindingDraft[] = [];
    const missing = p.indicators.filter((i) => i.weight === null || i.weight === undefined).length;
    let sum = new Decimal(p.executionWeight ?? 0);
    for (const i of p.indicators) sum = sum.plus(i.weight ?? 0);
    const label = `项目 ${ctx.projectLabel(code)}`;
    if (missing > 0) {
      out.push({
        target: { project: code, field: 'indicators' },
        message: `${label}：有 ${missing} 项绩效指标未填写权重`,
      });
    } else if (!sum.equals(100)) {
      out.push({
        target: { project: code, field: 'indicators' },
        message: `${label}：绩效指标权重合计为 ${sum.toString()}${p.executionWeight ? `（含预算执行率 ${p.executionWeight}）` : ''}，应为 100`,
        expected: '100',
        actual: sum.toString(),
      });
    }
    p.indicators.forEach((i, n) => {
      if (i.value.trim() === '') {
        out.push({
          target: { project: code, field: `indicators[${n}].value` },
          message: `${label}：指标“${i.level3 || i.level2}”没有指标值`,
        });
      }
    });
    return out;
  },
};

/** R-PROC: procurement of a project above the project's amount; procurement above total expenses. */
export const R_PROC: EntityRule = {
  id: 'R-PROC',
  severity: 'warning',
  scope: 'entity',
  entity: 'project',
  triggers: ['expense', 'procurement', 'projects'],
  title: '政府采购超过预算',
  description: '项目的政府采购预算不应超过项目金额；政府采购预算总额不应超过支出总额。',
  keys: (ctx) =>
    ctx
      .auxGroupRows('projects')
      .map((r) => r.code)
      .filter((c) => c !== ''),
  check(code, ctx) {
    if (code === '*') {
      const total = ctx.metric('procurement');
      const spent = ctx.metric('expenseTotal');
      if (total <= spent) return [];
      return [
        {
          target: { table: 'T12', row: 'total', column: 'total' },
          message: `政府采购预算总额 ${ctx.money(total)}，超过部门支出总额 ${ctx.money(spent)}，超出 ${ctx.diff(total - spent)}`,
          expected: ctx.plain(spent),
          actual: ctx.plain(total),
        },
      ];
    }
    if (code === '') return [];
    const proc = ctx.aux('projects', `project:${code}`, 'procurement');
    const amount = ctx.aux('projects', `project:${code}`, 'amount');
    if (proc <= amount) return [];
    return [
      {
        target: { project: code },
        message: `项目 ${ctx.projectLabel(code)}：政府采购预算 ${ctx.money(proc)}，超过项目金额 ${ctx.money(amount)}，超出 ${ctx.diff(proc - amount)}`,
        expected: ctx.plain(amount),
        actual: ctx.plain(proc),
      },
    ];
  },
};
