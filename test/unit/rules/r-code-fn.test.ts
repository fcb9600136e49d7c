import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, patchExpense, UNIT_LABEL } from './helpers';

const RULE = 'R-CODE-FN';

describe(RULE, () => {
  it('is quiet on the clean fixture', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for a 7-digit code unknown in the year’s catalog', () => {
    const d = fixtureDraft();
    d.expenses[3].function = '2019998';
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: RULE,
      severity: 'error',
      target: { line: 'expenses[3]', field: 'function' },
      actual: '2019998',
    });
    expect(fs[0].message).toContain(`支出行 expenses[3]（${UNIT_LABEL}，2019998 / 30107 绩效工资，人员经费）`);
    expect(fs[0].message).toContain('功能分类科目“2019998”不在');
  });

  it('fires for a code at 款 level, naming it', () => {
    const d = fixtureDraft();
    d.expenses[0].function = '20103';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.target).toEqual({ line: 'expenses[0]', field: 'function' });
    expect(f.message).toContain('“20103 政府办公厅（室）及相关机构事务”是款级科目');
    expect(f.message).toContain('项级（7 位）');
  });

  it('fires for a code that is not 7 digits at all', () => {
    const d = fixtureDraft();
    d.expenses[0].function = '201030';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f.message).toContain('“201030”不是 7 位编码');
  });

  it('accepts a local 项 added through catalogExtras', () => {
    const d = fixtureDraft();
    d.catalogExtras.push({ scheme: 'function', code: '2019998', name: '本地项目科目', description: '反映本地支出。' });
    d.expenses[3].function = '2019998';
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: setLine raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = patchExpense(engine, 'expenses[0]', { function: '2019998' });
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ line: 'expenses[0]', field: 'function' }]);
    engine.setLine('expense', 'expenses[0]', old);
    expectClean(engine, RULE);
  });
});
