import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, patchExpense, UNIT, UNIT_LABEL } from './helpers';

const RULE = 'R-BAL-SOURCE';

describe(RULE, () => {
  it('is quiet on the clean fixture', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  // docs/rules.md: messages carry the numbers in the publish unit, e.g.
  // “一般公共预算拨款收入 2725.60 万元，已安排支出 2700.00 万元，尚有 25.60 万元未安排”.
  // The fixture's gpb income is 27255980.00 元 = 2725.60 万元 as published (T01).
  it('reads like docs/rules.md for unallocated income (one 10000 元 line removed)', () => {
    const d = fixtureDraft();
    d.expenses.splice(18, 1);
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: RULE, severity: 'error', target: { unit: UNIT } });
    expect(fs[0].message).toBe(
      `${UNIT_LABEL}：一般公共预算拨款收入 2725.60 万元，已安排支出 2724.60 万元，尚有 1.00 万元未安排`,
    );
  });

  it('names the unallocated amount exactly when it is on the 0.01 万元 grid', () => {
    const d = fixtureDraft();
    d.expenses.splice(18, 1);
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.message).toContain('一般公共预算拨款收入 ');
    expect(f.message).toContain('，已安排支出 ');
    expect(f.message).toMatch(/，尚有 1\.00 万元未安排$/);
  });

  it('a difference of 0.01 元 is reported and never reads “0.00 万元”', () => {
    const d = fixtureDraft();
    d.expenses[0].amount = '2874599.99';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.message).toMatch(/尚有 0\.01 元未安排$/);
  });

  it('fires per source: money paid from a source with no income is over-allocated, the gpb income unallocated', () => {
    const d = fixtureDraft();
    d.expenses[18].source = 'other'; // 10000.00 元 paid from 其他收入, which the unit does not have
    const msgs = findingsOf(engineFor(d), RULE).map((f) => f.message);
    expect(msgs).toHaveLength(2);
    expect(msgs).toContainEqual(
      expect.stringMatching(/一般公共预算拨款收入 .* 万元，已安排支出 .* 万元，尚有 1\.00 万元未安排$/),
    );
    expect(msgs).toContainEqual(`${UNIT_LABEL}：其他收入 0.00 万元，已安排支出 1.00 万元，超安排 1.00 万元`);
  });

  it('checks 上年结转结余 apart from 本年收入', () => {
    const d = fixtureDraft();
    d.expenses[18].carryover = true;
    const msgs = findingsOf(engineFor(d), RULE).map((f) => f.message);
    expect(msgs).toContainEqual(
      `${UNIT_LABEL}：一般公共预算拨款收入（上年结转结余） 0.00 万元，已安排支出 1.00 万元，超安排 1.00 万元`,
    );
    expect(msgs).toHaveLength(2);
  });

  it('stays quiet when the gap is carried forward from the same source', () => {
    const d = fixtureDraft();
    d.expenses.splice(18, 1);
    d.carryForward.push({ unit: UNIT, source: 'gpb', amount: '10000.00' });
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('fires when the carry-forward is of another source', () => {
    const d = fixtureDraft();
    d.expenses.splice(18, 1);
    d.carryForward.push({ unit: UNIT, source: 'gf', amount: '10000.00' });
    expect(findingsOf(engineFor(d), RULE)).toHaveLength(2);
  });

  it('incremental: changing a line’s source raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = patchExpense(engine, 'expenses[18]', { source: 'gf' });
    expect(findingsOf(engine, RULE)).toHaveLength(2);
    expect(findingsOf(engine, 'R-BAL-UNIT')).toEqual([]);
    engine.setLine('expense', 'expenses[18]', old);
    expectClean(engine, RULE);
  });
});
