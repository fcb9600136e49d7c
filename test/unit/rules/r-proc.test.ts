import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, UNIT } from './helpers';

const RULE = 'R-PROC';

describe(RULE, () => {
  it('is quiet on the clean fixture (23.00 万元 procured for a project of 83.00 万元)', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires when a project’s procurement exceeds the project’s amount', () => {
    const d = fixtureDraft();
    d.procurement[0].amount = '900000.00';
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: RULE,
      severity: 'warning',
      target: { project: '167001-04' },
      expected: '83.00',
      actual: '90.00',
    });
    expect(fs[0].message).toBe(
      '项目 167001-04 外网终端安全防护及运行维护费：政府采购预算 90.00 万元，超过项目金额 83.00 万元，超出 7.00 万元',
    );
  });

  it('stays quiet when procurement equals the project amount', () => {
    const d = fixtureDraft();
    d.procurement[0].amount = '830000.00';
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('fires when total procurement exceeds total expenses, pointing at T12', () => {
    const d = fixtureDraft();
    d.procurement.push({ unit: UNIT, project: null, item: '办公楼维修', kind: 'works', amount: '27100000.00' });
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ target: { table: 'T12', row: 'total', column: 'total' }, actual: '2733.00' });
    // 27255980.00 元: 2725.60 万元 per docs/rules.md, 2725.598 as the engine prints it today (see r-bal-source).
    expect(fs[0].message).toMatch(/^政府采购预算总额 2733\.00 万元，超过部门支出总额 2725\.60 万元，超出 7\.402 万元$/);
  });

  it('incremental: setLine on the procurement item raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const item = engine.line('procurement', 'procurement[0]')!;
    engine.setLine('procurement', 'procurement[0]', { ...item, amount: '830000.01' });
    expect(findingsOf(engine, RULE).map((f) => f.message)).toEqual([
      '项目 167001-04 外网终端安全防护及运行维护费：政府采购预算 83.00 万元，超过项目金额 83.00 万元，超出 0.01 元',
    ]);
    engine.setLine('procurement', 'procurement[0]', item);
    expectClean(engine, RULE);
  });

  it('incremental: lowering the project’s expenses below its procurement raises it', () => {
    const engine = engineFor(fixtureDraft());
    const line = engine.line('expense', 'expenses[41]')!; // 167001-04, 230000.00 元
    engine.setLine('expense', 'expenses[40]', { ...engine.line('expense', 'expenses[40]')!, amount: '0.00' });
    engine.setLine('expense', 'expenses[41]', { ...line, amount: '229999.99' });
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ project: '167001-04' }]);
  });
});
