import { EXPENSE_KIND_NAMES } from '../../draft/vocabulary';
import type { LineRule } from '../types';
import { describeLine } from '../describe';

/** R-PROJECT: a project line without an existing project; a basic line pointing at a project. */
export const R_PROJECT: LineRule = {
  id: 'R-PROJECT',
  severity: 'error',
  scope: 'line',
  streams: ['expense'],
  dependsOn: ['projects'],
  title: '项目关联错误',
  description: '项目支出必须关联已有项目；基本支出不能关联项目。',
  check(v, ctx) {
    const { kind, project } = v.fact;
    if (kind === 'project') {
      if (!project)
        return [
          {
            target: { line: v.id, field: 'project' },
            message: `${describeLine(v, ctx)}：项目支出未关联项目，请选择所属项目`,
          },
        ];
      if (!ctx.projects.has(project)) {
        return [
          {
            target: { line: v.id, field: 'project' },
            message: `${describeLine(v, ctx)}：关联的项目“${project}”不存在`,
          },
        ];
      }
      return undefined;
    }
    if ((kind === 'personnel' || kind === 'public') && project) {
      return [
        {
          target: { line: v.id, field: 'project' },
          message: `${describeLine(v, ctx)}：基本支出（${EXPENSE_KIND_NAMES[kind]}）不应关联项目“${project}”`,
        },
      ];
    }
    return undefined;
  },
};
