import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, patchExpense, UNIT_LABEL } from './helpers';

const RULE = 'R-PROJECT';

describe(RULE, () => {
  it('is quiet on the clean fixture', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for a 项目支出 line without a project', () => {
    const d = fixtureDraft();
    d.expenses[36].project = null;
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: RULE, severity: 'error', target: { line: 'expenses[36]', field: 'project' } });
    expect(fs[0].message).toContain(
      `支出行 expenses[36]（${UNIT_LABEL}，2010302 一般行政管理事务 / 30299 其他商品和服务支出，项目支出）`,
    );
    expect(fs[0].message).toContain('项目支出未关联项目');
  });

  it('fires for a 项目支出 line pointing at a project that does not exist', () => {
    const d = fixtureDraft();
    d.expenses[37].project = '167001-99';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.target).toEqual({ line: 'expenses[37]', field: 'project' });
    expect(f.message).toContain('关联的项目“167001-99”不存在');
  });

  it('fires for a basic line pointing at a project', () => {
    const d = fixtureDraft();
    d.expenses[0].project = '167001-01';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.target).toEqual({ line: 'expenses[0]', field: 'project' });
    expect(f.message).toContain('项目 167001-01 专项业务经费');
    expect(f.message).toContain('基本支出（人员经费）不应关联项目“167001-01”');
  });

  it('stays quiet when a project line moves to another existing project', () => {
    const d = fixtureDraft();
    d.expenses[37].project = '167001-02';
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: removing a project (setPart) flags its lines, restoring it clears them', () => {
    const engine = engineFor(fixtureDraft());
    const projects = engine.draft.projects;
    engine.setPart(
      'projects',
      projects.filter((p) => p.code !== '167001-05'),
    );
    const fs = findingsOf(engine, RULE);
    expect(fs.map((f) => f.target)).toEqual([{ line: 'expenses[42]', field: 'project' }]);
    expect(fs[0].message).toContain('关联的项目“167001-05”不存在');
    engine.setPart('projects', projects);
    expectClean(engine, RULE);
  });

  it('incremental: setLine raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = patchExpense(engine, 'expenses[17]', { project: '167001-02' });
    expect(findingsOf(engine, RULE)).toHaveLength(1);
    engine.setLine('expense', 'expenses[17]', old);
    expectClean(engine, RULE);
  });
});
