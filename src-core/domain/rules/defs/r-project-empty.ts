import type { EntityRule, FindingDraft } from '../types';

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
