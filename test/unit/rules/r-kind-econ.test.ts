import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, patchExpense, UNIT_LABEL } from './helpers';

const RULE = 'R-KIND-ECON';

describe(RULE, () => {
  it('is quiet on the clean fixture (301/303 人员经费, 302/310 公用经费)', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for a 人员经费 line on a 302 code', () => {
    const d = fixtureDraft();
    d.expenses[17].kind = 'personnel'; // 30201 办公费
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: RULE,
      severity: 'error',
      target: { line: 'expenses[17]', field: 'kind' },
      actual: '30201',
    });
    expect(fs[0].message).toContain(`支出行 expenses[17]（${UNIT_LABEL}，2010301 行政运行 / 30201 办公费，人员经费）`);
    expect(fs[0].message).toContain('人员经费不能使用经济分类“302 商品和服务支出”，应使用 301、303 类科目');
  });

  it('fires for a 公用经费 line on a 301 code', () => {
    const d = fixtureDraft();
    d.expenses[0].kind = 'public';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.message).toContain('公用经费不能使用经济分类“301 工资福利支出”，应使用 302、310 类科目');
  });

  it('fires for a 公用经费 line on a class the catalog does not give to 公用经费 (309)', () => {
    const d = fixtureDraft();
    d.expenses[35].economic = '30902';
    expect(findingsOf(engineFor(d), RULE).map((f) => f.target)).toEqual([{ line: 'expenses[35]', field: 'kind' }]);
  });

  it('accepts 303 for 人员经费 and 310 for 公用经费, and ignores project lines', () => {
    const d = fixtureDraft();
    d.expenses[11].economic = '30302'; // still 303
    d.expenses[35].economic = '31003'; // still 310
    d.expenses[36].economic = '30101'; // a 项目支出 line may use any class
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: setLine raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = patchExpense(engine, 'expenses[0]', { kind: 'public' });
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ line: 'expenses[0]', field: 'kind' }]);
    engine.setLine('expense', 'expenses[0]', old);
    expectClean(engine, RULE);
  });
});
