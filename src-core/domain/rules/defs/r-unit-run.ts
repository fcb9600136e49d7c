import type { LineRule } from '../types';
import { describeLine } from '../describe';

/** R-UNIT-RUN: 行政运行 on an institution, 事业运行 on an admin/civil unit (by catalog name). */
export const R_UNIT_RUN: LineRule = {
  id: 'R-UNIT-RUN',
  severity: 'warning',
  scope: 'line',
  streams: ['expense'],
  dependsOn: ['units', 'meta'],
  title: '运行科目与单位类型不符',
  description: '事业单位不应使用“行政运行”项；行政单位和参公单位不应使用“事业运行”项。',
  check(v, ctx) {
    const name = ctx.catalogs.function.name(v.fact.function);
    const type = ctx.unitTypes.get(v.fact.unit);
    if (name === '行政运行' && type === 'institution') {
      return [
        {
          target: { line: v.id, field: 'function' },
          message: `${describeLine(v, ctx)}：事业单位的基本支出应列“事业运行”项，而不是“行政运行”（${v.fact.function}）`,
        },
      ];
    }
    if (name === '事业运行' && (type === 'admin' || type === 'civil')) {
      return [
        {
          target: { line: v.id, field: 'function' },
          message: `${describeLine(v, ctx)}：${type === 'admin' ? '行政单位' : '参公单位'}的基本支出应列“行政运行”项，而不是“事业运行”（${v.fact.function}）`,
        },
      ];
    }
    return undefined;
  },
};
