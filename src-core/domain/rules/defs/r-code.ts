import type { LineRule } from '../types';
import { describeLine } from '../describe';

/** R-CODE-FN: function code unknown for the year, or not at 项 level (7 digits). */
export const R_CODE_FN: LineRule = {
  id: 'R-CODE-FN',
  severity: 'error',
  scope: 'line',
  streams: ['expense'],
  dependsOn: ['meta'],
  title: '功能分类科目错误',
  description: '支出功能分类科目不在本年度科目表中，或不是项级（7 位）科目。',
  check(v, ctx) {
    const code = v.fact.function;
    const year = ctx.catalogs.year;
    if (!/^\d{7}$/.test(code)) {
      const known = ctx.catalogs.function.get(code);
      const what = known
        ? `“${code} ${known.name}”是${['', '类', '款'][known.level] ?? ''}级科目`
        : `“${code}”不是 7 位编码`;
      return [
        {
          target: { line: v.id, field: 'function' },
          message: `${describeLine(v, ctx)}：功能分类科目${what}，支出须列到项级（7 位）科目`,
          actual: code,
        },
      ];
    }
    if (!ctx.catalogs.function.has(code)) {
      return [
        {
          target: { line: v.id, field: 'function' },
          message: `${describeLine(v, ctx)}：功能分类科目“${code}”不在 ${year} 年支出功能分类科目中`,
          actual: code,
        },
      ];
    }
    return undefined;
  },
};

/** R-CODE-ECON: economic code unknown, or not at 款 level (5 digits). */
export const R_CODE_ECON: LineRule = {
  id: 'R-CODE-ECON',
  severity: 'error',
  scope: 'line',
  streams: ['expense'],
  dependsOn: ['meta'],
  title: '经济分类科目错误',
  description: '部门预算支出经济分类科目不在科目表中，或不是款级（5 位）科目。',
  check(v, ctx) {
    const code = v.fact.economic;
    if (!/^\d{5}$/.test(code)) {
      const known = ctx.catalogs.economic.get(code);
      const what = known ? `“${code} ${known.name}”是类级科目` : `“${code}”不是 5 位编码`;
      return [
        {
          target: { line: v.id, field: 'economic' },
          message: `${describeLine(v, ctx)}：经济分类科目${what}，支出须列到款级（5 位）科目`,
          actual: code,
        },
      ];
    }
    if (!ctx.catalogs.economic.has(code)) {
      return [
        {
          target: { line: v.id, field: 'economic' },
          message: `${describeLine(v, ctx)}：经济分类科目“${code}”不在 ${ctx.catalogs.year} 年部门预算支出经济分类科目中`,
          actual: code,
        },
      ];
    }
    return undefined;
  },
};
