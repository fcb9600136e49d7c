import { Decimal } from '../../money/decimal';
import type { DraftRule, FindingDraft } from '../types';

/** R-EMPTY-UNIT: a unit with no income and no expense lines. */
export const R_EMPTY_UNIT: DraftRule = {
  id: 'R-EMPTY-UNIT', severity: 'warning', scope: 'draft', triggers: ['expense', 'income', 'units'],
  title: '单位没有收支', description: '预算单位既没有收入行也没有支出行。',
  check(ctx) {
    return ctx.draft.units
      .filter((u) => ctx.aux('units', `unit:${u.code}`, 'count') === 0)
      .map((u) => ({ target: { unit: u.code }, message: `${ctx.unitLabel(u.code)}：没有任何收入或支出行，请录入或从部门中删除该单位` }));
  },
};

/** R-PROJECT-EMPTY: a project with no lines, or with no indicators. */
export const R_PROJECT_EMPTY: DraftRule = {
  id: 'R-PROJECT-EMPTY', severity: 'warning', scope: 'draft', triggers: ['expense', 'projects'],
  title: '项目不完整', description: '项目没有支出行，或没有设置绩效指标。',
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const p of ctx.draft.projects) {
      if (ctx.aux('projects', `project:${p.code}`, 'count') === 0) {
        out.push({ target: { project: p.code }, message: `项目 ${ctx.projectLabel(p.code)}（${ctx.unitLabel(p.unit)}）没有任何支出行` });
      }
      if (p.indicators.length === 0) {
        out.push({ target: { project: p.code, field: 'indicators' }, message: `项目 ${ctx.projectLabel(p.code)}（${ctx.unitLabel(p.unit)}）未设置绩效指标` });
      }
    }
    return out;
  },
};

/** R-PERF-WEIGHT: indicator weights (plus 预算执行率 weight) add up to 100; every indicator has a value. */
export const R_PERF_WEIGHT: DraftRule = {
  id: 'R-PERF-WEIGHT', severity: 'warning', scope: 'draft', triggers: ['projects'],
  title: '绩效指标权重或指标值不完整', description: '有绩效指标的项目，各指标权重（含预算执行率权重）之和应为 100，且每项指标都应有权重和指标值。',
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const p of ctx.draft.projects) {
      if (p.indicators.length === 0) continue;
      const missing = p.indicators.filter((i) => i.weight === null || i.weight === undefined).length;
      let sum = new Decimal(p.executionWeight ?? 0);
      for (const i of p.indicators) sum = sum.plus(i.weight ?? 0);
      const label = `项目 ${ctx.projectLabel(p.code)}`;
      if (missing > 0) {
        out.push({ target: { project: p.code, field: 'indicators' }, message: `${label}：有 ${missing} 项绩效指标未填写权重` });
      } else if (!sum.equals(100)) {
        out.push({
          target: { project: p.code, field: 'indicators' },
          message: `${label}：绩效指标权重合计为 ${sum.toString()}${p.executionWeight ? `（含预算执行率 ${p.executionWeight}）` : ''}，应为 100`,
          expected: '100', actual: sum.toString(),
        });
      }
      p.indicators.forEach((i, n) => {
        if (i.op !== '定性' && i.value.trim() === '') {
          out.push({ target: { project: p.code, field: `indicators[${n}].value` }, message: `${label}：指标“${i.level3 || i.level2}”没有指标值` });
        }
      });
    }
    return out;
  },
};

/** R-PROC: procurement of a project above the project's amount; procurement above total expenses. */
export const R_PROC: DraftRule = {
  id: 'R-PROC', severity: 'warning', scope: 'draft', triggers: ['expense', 'procurement', 'projects'],
  title: '政府采购超过预算', description: '项目的政府采购预算不应超过项目金额；政府采购预算总额不应超过支出总额。',
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const row of ctx.auxGroupRows('projects')) {
      if (!row.code) continue;
      const proc = ctx.aux('projects', row.key, 'procurement');
      const amount = ctx.aux('projects', row.key, 'amount');
      if (proc > amount) {
        out.push({
          target: { project: row.code },
          message: `项目 ${ctx.projectLabel(row.code)}：政府采购预算 ${ctx.money(proc)}，超过项目金额 ${ctx.money(amount)}`,
          expected: ctx.plain(amount), actual: ctx.plain(proc),
        });
      }
    }
    const total = ctx.metric('procurement');
    const spent = ctx.aux('metrics', 'expenseTotal', 'amount');
    if (total > spent) {
      out.push({
        target: { table: 'T12', row: 'total', column: 'total' },
        message: `政府采购预算总额 ${ctx.money(total)}，超过部门支出总额 ${ctx.money(spent)}`,
        expected: ctx.plain(spent), actual: ctx.plain(total),
      });
    }
    return out;
  },
};
