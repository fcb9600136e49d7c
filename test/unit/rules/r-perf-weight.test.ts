import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src-core/domain/draft/types';
import { engineFor, expectClean, findingsOf, fixtureDraft } from './helpers';

const RULE = 'R-PERF-WEIGHT';
const ind = (weight: number | null, value = '4', op = '≥'): Indicator => ({
  level1: '产出指标',
  level2: '数量指标',
  level3: '开展培训次数',
  op,
  value,
  unit: '次',
  weight,
});

describe(RULE, () => {
  it('is quiet on the clean fixture (no project has indicators)', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires when the weights do not add up to 100', () => {
    const d = fixtureDraft();
    d.projects[0].indicators = [ind(50), ind(40)];
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: RULE,
      severity: 'warning',
      target: { project: '167001-01', field: 'indicators' },
      expected: '100',
      actual: '90',
    });
    expect(fs[0].message).toBe('项目 167001-01 专项业务经费：绩效指标权重合计为 90，应为 100');
  });

  it('counts executionWeight: 90 + 10 is exactly 100', () => {
    const d = fixtureDraft();
    d.projects[0].indicators = [ind(50), ind(40)];
    d.projects[0].executionWeight = 10;
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('names executionWeight when the sum is still wrong', () => {
    const d = fixtureDraft();
    d.projects[0].indicators = [ind(50), ind(50)];
    d.projects[0].executionWeight = 10;
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.message).toBe('项目 167001-01 专项业务经费：绩效指标权重合计为 110（含预算执行率 10），应为 100');
  });

  it('adds decimal weights exactly (33.3 + 33.3 + 33.4 = 100)', () => {
    const d = fixtureDraft();
    d.projects[0].indicators = [ind(33.3), ind(33.3), ind(33.4)];
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('fires for a missing weight', () => {
    const d = fixtureDraft();
    d.projects[2].indicators = [ind(100), ind(null)];
    const [f, ...rest] = findingsOf(engineFor(d), RULE);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ target: { project: '167001-03', field: 'indicators' } });
    expect(f.message).toBe('项目 167001-03 信息化管理经费：有 1 项绩效指标未填写权重');
  });

  it('fires for an indicator without a value, pointing at it', () => {
    const d = fixtureDraft();
    d.projects[3].indicators = [ind(60), ind(40, ' ')];
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs.map((f) => f.target)).toEqual([{ project: '167001-04', field: 'indicators[1].value' }]);
    expect(fs[0].message).toBe('项目 167001-04 外网终端安全防护及运行维护费：指标“开展培训次数”没有指标值');
  });

  // docs/rules.md: “… or an indicator without a value” — with no exception for 定性 indicators, and the
  // rule's own description says 每项指标都应有权重和指标值. A 定性 indicator still prints a 指标值
  // (e.g. “有效保障”) in T11.
  it('fires for a 定性 indicator without a value too', () => {
    const d = fixtureDraft();
    d.projects[3].indicators = [ind(60), ind(40, '', '定性')];
    expect(findingsOf(engineFor(d), RULE).map((f) => f.target)).toEqual([
      { project: '167001-04', field: 'indicators[1].value' },
    ]);
  });

  it('incremental: setPart projects raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const projects = engine.draft.projects;
    engine.setPart(
      'projects',
      projects.map((p, i) => (i === 1 ? { ...p, indicators: [ind(99.5)] } : p)),
    );
    const fs = findingsOf(engine, RULE);
    expect(fs.map((f) => f.actual)).toEqual(['99.5']);
    engine.setPart('projects', projects);
    expectClean(engine, RULE);
  });
});
