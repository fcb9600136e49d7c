import type { EntityRule } from '../types';
import { isPathId } from '../describe';

/** R-DUP: two lines identical in unit, function, economic, kind, source, carryover and project. */
export const R_DUP: EntityRule = {
  id: 'R-DUP',
  severity: 'warning',
  scope: 'entity',
  entity: 'signature',
  triggers: ['expense'],
  title: '重复的支出行',
  description: '两行支出的单位、功能科目、经济科目、支出类型、资金来源、是否结转和项目完全相同，可能重复录入。',
  keys: (ctx) => ctx.duplicates.keys(),
  check(signature, ctx) {
    const ids = ctx.duplicates.get(signature);
    if (!ids || ids.size < 2) return [];
    const [first, ...rest] = [...ids];
    const [, unit, , , fn, econ] = signature.split('|');
    return rest.map((id) => ({
      target: { line: id },
      message: `支出行${isPathId(id) ? ` ${id} ` : ''}与${isPathId(first) ? ` ${first} ` : '另一行'}的单位（${ctx.unitLabel(unit)}）、功能科目 ${fn}、经济科目 ${econ}、支出类型、资金来源和项目完全相同（共 ${ids.size} 行），可能重复录入，请合并或删除`,
    }));
  },
};
