import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, UNIT_LABEL } from './helpers';

const RULE = 'R-UNIT-RUN';

describe(RULE, () => {
  it('is quiet on the clean fixture (admin unit on 2010301 行政运行)', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for 行政运行 on an institution, on every such line and only those', () => {
    const d = fixtureDraft();
    d.units[0].type = 'institution';
    const fs = findingsOf(engineFor(d), RULE);
    const expected = d.expenses.flatMap((l, i) => (l.function === '2010301' ? [`expenses[${i}]`] : []));
    expect(fs.map((f) => f.target)).toEqual(expected.map((line) => ({ line, field: 'function' })));
    expect(fs[0]).toMatchObject({ rule: RULE, severity: 'warning' });
    expect(fs[0].message).toContain(`支出行 expenses[0]（${UNIT_LABEL}，2010301 行政运行`);
    expect(fs[0].message).toContain('事业单位的基本支出应列“事业运行”项，而不是“行政运行”（2010301）');
  });

  it('goes by catalog name, not code pattern: 2210201 住房公积金 on an institution is fine', () => {
    const d = fixtureDraft();
    d.units[0].type = 'institution';
    const lines = findingsOf(engineFor(d), RULE).map((f) => (f.target as { line: string }).line);
    expect(d.expenses[9].function).toBe('2210201');
    expect(lines).not.toContain('expenses[9]');
    expect(lines).not.toContain('expenses[36]'); // 2010302
  });

  it('fires for 事业运行 on an admin unit and on a civil (参公) unit', () => {
    const d = fixtureDraft();
    d.expenses[0].function = '2010350';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.target).toEqual({ line: 'expenses[0]', field: 'function' });
    expect(f.message).toContain('行政单位的基本支出应列“行政运行”项，而不是“事业运行”（2010350）');

    d.units[0].type = 'civil';
    const [g] = findingsOf(engineFor(d), RULE);
    expect(g.message).toContain('参公单位的基本支出应列“行政运行”项');
  });

  it('stays quiet for 事业运行 on an institution', () => {
    const d = fixtureDraft();
    d.units[0].type = 'institution';
    for (const l of d.expenses) if (l.function === '2010301') l.function = '2010350';
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: changing the unit type (setPart units) raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const units = engine.draft.units;
    engine.setPart('units', [{ ...units[0], type: 'institution' }]);
    expect(findingsOf(engine, RULE)).toHaveLength(28);
    engine.setPart('units', units);
    expectClean(engine, RULE);
  });
});
