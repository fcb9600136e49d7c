import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft } from './helpers';

const RULE = 'R-EMPTY-UNIT';
const NEW_UNIT = { code: '167002', name: '舟山市政府信息中心', type: 'institution' as const };

describe(RULE, () => {
  it('is quiet on the clean fixture', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for a unit with no income and no expense lines', () => {
    const d = fixtureDraft();
    d.units.push(NEW_UNIT);
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: RULE, severity: 'warning', target: { unit: '167002' } });
    expect(fs[0].message).toContain('167002 舟山市政府信息中心：没有任何收入或支出行');
  });

  it('stays quiet for a unit with only an income line, or only an expense line', () => {
    const d = fixtureDraft();
    d.units.push(NEW_UNIT);
    d.income.push({ unit: '167002', source: 'business', carryover: false, amount: '100.00' });
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);

    const e = fixtureDraft();
    e.units.push(NEW_UNIT);
    e.expenses[0].unit = '167002';
    expect(findingsOf(engineFor(e), RULE)).toEqual([]);
  });

  it('incremental: adding a unit raises it, adding its first line clears it, removing both restores the clean status', () => {
    const engine = engineFor(fixtureDraft());
    const units = engine.draft.units;
    engine.setPart('units', [...units, NEW_UNIT]);
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ unit: '167002' }]);
    expect(engine.status()).toMatchObject({ errors: 0, warnings: 7 });

    const id = engine.addLine('income', { unit: '167002', source: 'business', carryover: false, amount: '100.00' });
    expect(findingsOf(engine, RULE)).toEqual([]);
    engine.removeLine('income', id);
    expect(findingsOf(engine, RULE)).toHaveLength(1);

    engine.setPart('units', units);
    expectClean(engine, RULE);
  });
});
