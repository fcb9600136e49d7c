import { EXPENSE_KIND_NAMES } from '../../draft/vocabulary';
import type { LineRule } from '../types';
import { describeLine } from '../describe';

/** R-KIND-ECON: 人员经费 lines use 301xx/303xx, 公用经费 lines 302xx/310xx (as the catalog assigns). */
export const R_KIND_ECON: LineRule = {
  id: 'R-KIND-ECON',
  severity: 'error',
  scope: 'line',
  streams: ['expense'],
  dependsOn: ['meta'],
  title: '支出类型与经济分类不符',
  description: '人员经费只能使用 301、303 类经济科目；公用经费只能使用 302、310 类（以本年度科目表为准）。',
  check(v, ctx) {
    const { kind, economic } = v.fact;
    if (kind !== 'personnel' && kind !== 'public') return undefined;
    const cls = ctx.catalogs.economic.get(economic.slice(0, 3));
    if (!cls || !ctx.catalogs.economic.has(economic)) return undefined; // R-CODE-ECON reports it
    if (cls.basicKind === kind) return undefined;
    const allowed = ctx.catalogs.economic
      .level(1)
      .filter((e) => e.basicKind === kind)
      .map((e) => e.code)
      .join('、');
    return [
      {
        target: { line: v.id, field: 'kind' },
        message: `${describeLine(v, ctx)}：${EXPENSE_KIND_NAMES[kind]}不能使用经济分类“${cls.code} ${cls.name}”，应使用 ${allowed} 类科目`,
        actual: economic,
      },
    ];
  },
};
