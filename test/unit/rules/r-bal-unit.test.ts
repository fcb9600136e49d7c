import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, UNIT, UNIT_LABEL } from './helpers';

const RULE = 'R-BAL-UNIT';

describe(RULE, () => {
  it('is quiet on the clean fixture', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for the unit whose income is not fully spent, naming it and the gap', () => {
    const d = fixtureDraft();
    d.expenses.splice(18, 1); // 10000.00 元
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: RULE, severity: 'error', target: { unit: UNIT } });
    // 27255980.00 元: 2725.60 万元 per docs/rules.md, 2725.598 as the engine prints it today (see r-bal-source).
    expect(fs[0].message).toMatch(
      new RegExp(`^${UNIT_LABEL}：收入 2725\\.(60|598) 万元，支出及结转结余 2724\\.(60|598) 万元，`),
    );
    expect(fs[0].message).toContain('尚有 1.00 万元未安排');
  });

  it('fires for over-spending with 超出收入', () => {
    const d = fixtureDraft();
    d.expenses[18].amount = '35600.00'; // +25600 元
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.message).toContain('超出收入 2.56 万元');
  });

  it('checks each unit separately: a second unit with unspent income fires, the first stays quiet', () => {
    const d = fixtureDraft();
    d.units.push({ code: '167002', name: '舟山市政府信息中心', type: 'institution' });
    d.income.push({ unit: '167002', source: 'business', carryover: false, amount: '2560000.00' });
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs.map((f) => f.target)).toEqual([{ unit: '167002' }]);
    expect(fs[0].message).toBe(
      '167002 舟山市政府信息中心：收入 256.00 万元，支出及结转结余 0.00 万元，尚有 256.00 万元未安排',
    );
  });

  it('stays quiet when the gap is carried forward (年终结转结余)', () => {
    const d = fixtureDraft();
    d.expenses.splice(18, 1);
    d.carryForward.push({ unit: UNIT, source: 'gpb', amount: '10000.00' });
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('stays quiet when only the paying source is wrong (that is R-BAL-SOURCE)', () => {
    const d = fixtureDraft();
    d.expenses[18].source = 'other';
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: setLine on the income line raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const income = engine.line('income', 'income[0]')!;
    engine.setLine('income', 'income[0]', { ...income, amount: '27265980.00' });
    expect(findingsOf(engine, RULE).map((f) => f.message)).toEqual([expect.stringContaining('尚有 1.00 万元未安排')]);
    engine.setLine('income', 'income[0]', income);
    expectClean(engine, RULE);
  });
});
