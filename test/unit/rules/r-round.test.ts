import { describe, expect, it } from 'vitest';
import { CLEAN, engineFor, expectClean, findingsOf, fixtureDraft, patchExpense } from './helpers';

const RULE = 'R-ROUND';

describe(RULE, () => {
  it('fires on the clean fixture at T06 row 303, naming the row and cells and offering 舍位平衡', () => {
    const fs = findingsOf(engineFor(fixtureDraft()), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: RULE,
      severity: 'warning',
      target: { table: 'T06', row: 'econ:303', column: 'total' },
    });
    expect(fs[0].message).toBe(
      '2022年部门一般公共预算基本支出表“303 对个人和家庭的补助”行：合计 103.80，下级各行之和 103.81；' +
        '人员经费 103.80，下级各行之和 103.81（单位：万元，尾差）。可在导出时选择“舍位平衡”',
    );
  });

  it('the table reports the rounding difference too', () => {
    const engine = engineFor(fixtureDraft());
    const t = engine.table('T06')!;
    const row = (key: string) => t.rows.find((r) => r.key === key)!.values.total;
    expect(row('econ:303')).toBe('103.80');
    expect([row('econ:30301'), row('econ:30307'), row('econ:30399')]).toEqual(['53.85', '20.35', '29.61']);
  });

  it('is quiet when the parts round consistently (30301 and 30399 on whole 0.01 万元)', () => {
    const d = fixtureDraft();
    d.expenses[11].amount = '538500.00';
    d.expenses[15].amount = '294400.00';
    d.income[0].amount = '27256060.00';
    const engine = engineFor(d);
    expect(findingsOf(engine, RULE)).toEqual([]);
    expect(engine.status()).toMatchObject({ errors: 0, warnings: CLEAN.warnings - 1 });
  });

  it('is quiet when publishing in 元 (nothing is rounded)', () => {
    const d = fixtureDraft();
    d.publishUnit = 'yuan';
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: fixing the parts clears it, restoring brings the same finding back', () => {
    const engine = engineFor(fixtureDraft());
    const before = findingsOf(engine, RULE);
    const a = patchExpense(engine, 'expenses[11]', { amount: '538500.00' });
    const b = patchExpense(engine, 'expenses[15]', { amount: '294400.00' });
    const income = engine.line('income', 'income[0]')!;
    engine.setLine('income', 'income[0]', { ...income, amount: '27256060.00' });
    expect(findingsOf(engine, RULE)).toEqual([]);
    expect(engine.status()).toMatchObject({ errors: 0, warnings: CLEAN.warnings - 1 });
    engine.setLine('expense', 'expenses[11]', a);
    engine.setLine('expense', 'expenses[15]', b);
    engine.setLine('income', 'income[0]', income);
    expect(findingsOf(engine, RULE)).toEqual(before);
    expectClean(engine);
  });

  it('incremental: lines creating a new difference raise it; removing them clears it', () => {
    const engine = engineFor(fixtureDraft());
    const base = engine.line('expense', 'expenses[35]')!; // 31002 办公设备购置 1.00 万元
    const a = engine.addLine('expense', { ...base, economic: '31003', amount: '60.00' }); // 0.006 → 0.01
    const b = engine.addLine('expense', { ...base, economic: '31005', amount: '60.00' }); // 0.006 → 0.01
    const fs = findingsOf(engine, RULE);
    expect(fs.map((f) => f.target)).toEqual([
      { table: 'T06', row: 'econ:303', column: 'total' },
      { table: 'T06', row: 'econ:310', column: 'total' },
    ]);
    expect(fs[1].message).toContain(
      '“310 资本性支出”行：合计 1.01，下级各行之和 1.02；公用经费 1.01，下级各行之和 1.02',
    );
    engine.removeLine('expense', a);
    engine.removeLine('expense', b);
    expectClean(engine);
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ table: 'T06', row: 'econ:303', column: 'total' }]);
  });

  it('incremental findings equal those of an engine built from scratch on the same draft', () => {
    const engine = engineFor(fixtureDraft());
    const base = engine.line('expense', 'expenses[35]')!;
    const a = engine.addLine('expense', { ...base, economic: '31003', amount: '60.00' });
    engine.addLine('expense', { ...base, economic: '31005', amount: '60.00' });
    engine.removeLine('expense', a);
    const fresh = engineFor(engine.draft);
    const key = (f: { target: unknown; message: string }) => JSON.stringify(f.target) + f.message;
    expect(findingsOf(engine, RULE).map(key).sort()).toEqual(findingsOf(fresh, RULE).map(key).sort());
    expect(findingsOf(engine, RULE).length).toBeGreaterThan(1);
    expect(engine.status()).toEqual(fresh.status());
  });
});
