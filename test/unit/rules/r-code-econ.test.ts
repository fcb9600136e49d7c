import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, patchExpense, UNIT_LABEL } from './helpers';

const RULE = 'R-CODE-ECON';

describe(RULE, () => {
  it('is quiet on the clean fixture', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for an unknown 5-digit code', () => {
    const d = fixtureDraft();
    d.expenses[1].economic = '30198';
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: RULE,
      severity: 'error',
      target: { line: 'expenses[1]', field: 'economic' },
      actual: '30198',
    });
    expect(fs[0].message).toContain(`支出行 expenses[1]（${UNIT_LABEL}，2010301 行政运行 / 30198，人员经费）`);
    expect(fs[0].message).toContain('经济分类科目“30198”不在');
  });

  it('fires for a 类-level code, naming it', () => {
    const d = fixtureDraft();
    d.expenses[0].economic = '301';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.target).toEqual({ line: 'expenses[0]', field: 'economic' });
    expect(f.message).toContain('“301 工资福利支出”是类级科目');
    expect(f.message).toContain('款级（5 位）');
  });

  it('fires for a code that is not 5 digits', () => {
    const d = fixtureDraft();
    d.expenses[0].economic = '3010';
    expect(findingsOf(engineFor(d), RULE)[0].message).toContain('“3010”不是 5 位编码');
  });

  it('does not also report R-KIND-ECON for an unknown code', () => {
    const d = fixtureDraft();
    d.expenses[0].economic = '30198';
    expect(findingsOf(engineFor(d), 'R-KIND-ECON')).toEqual([]);
  });

  it('incremental: setLine raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = patchExpense(engine, 'expenses[2]', { economic: '39998' });
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ line: 'expenses[2]', field: 'economic' }]);
    engine.setLine('expense', 'expenses[2]', old);
    expectClean(engine, RULE);
  });
});
