import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, patchExpense, UNIT_LABEL } from './helpers';

const RULE = 'R-LINK-SOCIAL';

describe(RULE, () => {
  it('is quiet on the clean fixture (30108/2080505, 30109/2080506, 30110+30111/21011xx, 30113/2210201)', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for 30108 not under 2080505, pointing at the function code', () => {
    const d = fixtureDraft();
    d.expenses[4].function = '2010301';
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: RULE,
      severity: 'warning',
      target: { line: 'expenses[4]', field: 'function' },
      expected: '2080505',
      actual: '2010301',
    });
    expect(fs[0].message).toContain(
      `支出行 expenses[4]（${UNIT_LABEL}，2010301 行政运行 / 30108 机关事业单位基本养老保险缴费，人员经费）`,
    );
    expect(fs[0].message).toContain('应列在功能科目 2080505');
  });

  it('fires for 30109, 30113 and 30111 outside their functions', () => {
    const d = fixtureDraft();
    d.expenses[5].function = '2010301'; // 30109
    d.expenses[9].function = '2210202'; // 30113
    d.expenses[7].function = '2010301'; // 30111
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs.map((f) => [f.target, f.expected])).toEqual([
      [{ line: 'expenses[5]', field: 'function' }, '2080506'],
      [{ line: 'expenses[7]', field: 'function' }, '21011'],
      [{ line: 'expenses[9]', field: 'function' }, '2210201'],
    ]);
    expect(fs[1].message).toContain('21011 行政事业单位医疗下的项');
  });

  it('fires for a line under 2080505 whose economic code is not 30108, pointing at the economic code', () => {
    const d = fixtureDraft();
    d.expenses[0].function = '2080505';
    const [f] = findingsOf(engineFor(d), RULE);
    expect(f).toMatchObject({ target: { line: 'expenses[0]', field: 'economic' }, expected: '30108', actual: '30101' });
    expect(f.message).toContain('2080505');
    expect(f.message).toContain('30108');
  });

  it('stays quiet for 30110/30111 under any 21011 项 and for a 30108 line correctly under 2080505', () => {
    const d = fixtureDraft();
    d.expenses[6].function = '2101103'; // 30110 under another 21011 项
    d.expenses[7].function = '2101101'; // 30111
    d.expenses.push({ ...d.expenses[4], kind: 'project', project: '167001-01', amount: '1.00' });
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  it('incremental: setLine raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = patchExpense(engine, 'expenses[9]', { function: '2010301' });
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ line: 'expenses[9]', field: 'function' }]);
    engine.setLine('expense', 'expenses[9]', old);
    expectClean(engine, RULE);
  });
});
