import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src-core/domain/draft/types';
import { engineFor, expectClean, expenseLine, findingsOf, fixtureDraft, UNIT_LABEL } from './helpers';

const RULE = 'R-PROJECT-EMPTY';
const indicator = (weight: number): Indicator => ({
  level1: '产出指标',
  level2: '数量指标',
  level3: '开展培训次数',
  op: '≥',
  value: '4',
  unit: '次',
  weight,
});

describe(RULE, () => {
  it('fires on the clean fixture for each of its 5 projects without indicators', () => {
    const fs = findingsOf(engineFor(fixtureDraft()), RULE);
    expect(fs.map((f) => f.target)).toEqual(
      ['167001-01', '167001-02', '167001-03', '167001-04', '167001-05'].map((project) => ({
        project,
        field: 'indicators',
      })),
    );
    expect(fs.every((f) => f.severity === 'warning')).toBe(true);
    expect(fs[0].message).toBe(`项目 167001-01 专项业务经费（${UNIT_LABEL}）未设置绩效指标`);
  });

  it('stays quiet for a project with indicators and lines', () => {
    const d = fixtureDraft();
    d.projects[0].indicators = [indicator(100)];
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs.map((f) => (f.target as { project: string }).project)).not.toContain('167001-01');
    expect(fs).toHaveLength(4);
  });

  it('fires for a project without any expense line', () => {
    const d = fixtureDraft();
    d.projects.push({ ...d.projects[0], code: '167001-06', name: '数字政府建设经费', indicators: [indicator(100)] });
    const fs = findingsOf(engineFor(d), RULE).filter((f) => (f.target as { project: string }).project === '167001-06');
    expect(fs).toHaveLength(1);
    expect(fs[0].target).toEqual({ project: '167001-06' });
    expect(fs[0].message).toBe(`项目 167001-06 数字政府建设经费（${UNIT_LABEL}）没有任何支出行`);
  });

  it('incremental: removing a project’s only line raises it, adding the line back clears it', () => {
    const engine = engineFor(fixtureDraft());
    const line = expenseLine(engine, 'expenses[42]'); // the only line of 167001-05
    engine.removeLine('expense', 'expenses[42]');
    expect(findingsOf(engine, RULE).filter((f) => !('field' in f.target))).toEqual([
      expect.objectContaining({
        target: { project: '167001-05' },
        message: expect.stringContaining('167001-05 舟山公报经费'),
      }),
    ]);
    engine.addLine('expense', line);
    expectClean(engine);
    expect(findingsOf(engine, RULE)).toHaveLength(5);
  });

  it('incremental: setting indicators (setPart projects) clears it, restoring raises it again', () => {
    const engine = engineFor(fixtureDraft());
    const projects = engine.draft.projects;
    engine.setPart(
      'projects',
      projects.map((p) => ({ ...p, indicators: [indicator(100)] })),
    );
    expect(findingsOf(engine, RULE)).toEqual([]);
    expect(engine.status()).toMatchObject({ errors: 0, warnings: 1 });
    engine.setPart('projects', projects);
    expectClean(engine);
  });
});
