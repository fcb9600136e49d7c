import type { EntityRule } from '../types';

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
