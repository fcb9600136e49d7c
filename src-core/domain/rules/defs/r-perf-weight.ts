import { Decimal } from '../../money/decimal';
import type { EntityRule, FindingDraft } from '../types';

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
