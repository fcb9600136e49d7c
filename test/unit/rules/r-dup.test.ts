import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, expenseLine, findingsOf, fixtureDraft, UNIT_LABEL } from './helpers';

const RULE = 'R-DUP';

describe(RULE, () => {
  it('is quiet on the clean fixture (same codes in different projects are not duplicates)', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires on the second of two identical lines, naming both, the unit and codes', () => {
    const d = fixtureDraft();
    d.expenses.push({ ...d.expenses[3], amount: '1.00', note: 'different note, different amount' });
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: RULE, severity: 'warning', target: { line: 'expenses[43]' } });
    expect(fs[0].message).toBe(
      `支出行 expenses[43] 与 expenses[3] 的单位（${UNIT_LABEL}）、功能科目 2010301、经济科目 30107、支出类型、资金来源和项目完全相同（共 2 行），可能重复录入，请合并或删除`,
    );
  });

  it('stays quiet when the lines differ in only one of the compared fields', () => {
    const variants: Partial<Record<string, unknown>>[] = [
      { kind: 'public' },
      { source: 'gf' },
      { carryover: true },
      { function: '2010302' },
      { economic: '30106' },
    ];
    for (const v of variants) {
      const d = fixtureDraft();
      d.expenses.push({ ...d.expenses[3], ...v });
      expect(findingsOf(engineFor(d), RULE), JSON.stringify(v)).toEqual([]);
    }
    const d = fixtureDraft();
    d.expenses.push({ ...d.expenses[36], project: '167001-03' }); // same codes, another project
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: addLine of a copy raises it, removeLine clears it', () => {
    const engine = engineFor(fixtureDraft());
    const id = engine.addLine('expense', { ...expenseLine(engine, 'expenses[0]'), amount: '0.01' });
    const fs = findingsOf(engine, RULE);
    expect(fs.map((f) => f.target)).toEqual([{ line: id }]);
    expect(fs[0].message).toContain(`支出行 ${id} 与 expenses[0]`);
    engine.removeLine('expense', id);
    expectClean(engine, RULE);
  });

  it('incremental: setLine making a line a copy raises it, and undoing clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = expenseLine(engine, 'expenses[1]');
    engine.setLine('expense', 'expenses[1]', { ...old, economic: '30101' });
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ line: 'expenses[1]' }]);
    engine.setLine('expense', 'expenses[1]', old);
    expectClean(engine, RULE);
  });
});

describe("R-DUP with the editor's database ids", () => {
  it('names lines by content, not by ids an officer never sees', async () => {
    const { BudgetEngine } = await import('../../../src-core/domain/engine/budget-engine');
    const { testResources } = await import('../fixture-resources');
    const d = fixtureDraft();
    d.expenses.push({ ...d.expenses[0] });
    const r = testResources();
    const ids = d.expenses.map((_, i) => `Xy${i}abcdefghijkl`);
    const e = new BudgetEngine(d, {
      catalogs: r.catalogs.forYear(2022),
      layout: r.layouts.get('zhejiang')!,
      lineIds: { expense: ids },
    });
    const f = e.findings().find((x) => x.rule === 'R-DUP')!;
    expect(f.message.startsWith('支出行与另一行的单位（167001 舟山市人民政府办公室）')).toBe(true);
    expect(f.message).not.toContain('Xy');
    expect(f.target).toEqual({ line: ids.at(-1) });
  });
});
