import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, patchExpense, UNIT_LABEL } from './helpers';

const RULE = 'R-ZERO';

describe(RULE, () => {
  it('is quiet on the clean fixture', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for an expense line of 0', () => {
    const d = fixtureDraft();
    d.expenses[14].amount = '0.00'; // was 60.00 元
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: RULE, severity: 'warning', target: { line: 'expenses[14]', field: 'amount' } });
    expect(fs[0].message).toContain(
      `支出行 expenses[14]（${UNIT_LABEL}，2010301 行政运行 / 30307 医疗费补助，人员经费）`,
    );
    expect(fs[0].message).toContain('金额为 0');
  });

  it('fires for an income line of 0', () => {
    const d = fixtureDraft();
    d.income.push({ unit: '167001', source: 'other', carryover: false, amount: '0' });
    expect(findingsOf(engineFor(d), RULE).map((f) => f.target)).toEqual([{ line: 'income[1]', field: 'amount' }]);
  });

  it('stays quiet for 0.01 元 and for an invalid amount (R-AMOUNT)', () => {
    const d = fixtureDraft();
    d.expenses[14].amount = '0.01';
    d.expenses[13].amount = 'abc';
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: setLine raises it (a warning), restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = patchExpense(engine, 'expenses[14]', { amount: '0' });
    expect(findingsOf(engine, RULE)).toHaveLength(1);
    expect(engine.status().warnings).toBeGreaterThanOrEqual(7);
    engine.setLine('expense', 'expenses[14]', old);
    expectClean(engine, RULE);
  });
});
