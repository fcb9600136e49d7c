import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, patchExpense, UNIT_LABEL } from './helpers';

const RULE = 'R-AMOUNT';

describe(RULE, () => {
  it('is quiet on the clean fixture', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for a negative expense amount, in 万元', () => {
    const d = fixtureDraft();
    d.expenses[3].amount = '-10000.00';
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: RULE,
      severity: 'error',
      target: { line: 'expenses[3]', field: 'amount' },
      actual: '-1.00',
    });
    expect(fs[0].message).toContain(`支出行 expenses[3]（${UNIT_LABEL}，2010301 行政运行 / 30107 绩效工资，人员经费）`);
    expect(fs[0].message).toContain('金额为负数（-1.00 万元）');
  });

  it('fires for more than 2 decimals in 元', () => {
    const d = fixtureDraft();
    d.expenses[1].amount = '12.345';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f).toMatchObject({ target: { line: 'expenses[1]', field: 'amount' }, actual: '12.345' });
    expect(f.message).toContain('金额“12.345”无效');
    expect(f.message).toContain('以元为单位最多 2 位小数');
  });

  it('fires for a non-number on an income line and on a procurement item', () => {
    const d = fixtureDraft();
    d.income[0].amount = '2725万';
    d.procurement[0].amount = 'abc';
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs.map((f) => f.target)).toEqual([
      { line: 'income[0]', field: 'amount' },
      { line: 'procurement[0]', field: 'amount' },
    ]);
    expect(fs[0].message).toContain(`收入行 income[0]（${UNIT_LABEL}，一般公共预算）：金额“2725万”无效`);
  });

  it('accepts exactly 2 decimals and zero (R-ZERO handles 0)', () => {
    const d = fixtureDraft();
    d.expenses[0].amount = '2874599.99';
    d.expenses[1].amount = '0';
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: setLine raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = patchExpense(engine, 'expenses[0]', { amount: 'x' });
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ line: 'expenses[0]', field: 'amount' }]);
    engine.setLine('expense', 'expenses[0]', old);
    expectClean(engine, RULE);
  });
});
