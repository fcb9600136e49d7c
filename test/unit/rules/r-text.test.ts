import { describe, expect, it } from 'vitest';
import { engineFor, expectClean, findingsOf, fixtureDraft, patchExpense } from './helpers';

const RULE = 'R-TEXT';

describe(RULE, () => {
  it('is quiet on the clean fixture', () => {
    expect(findingsOf(engineFor(fixtureDraft()), RULE)).toEqual([]);
  });

  it('fires for missing 主要职能 and 单位构成 (blank counts as missing)', () => {
    const d = fixtureDraft();
    d.text.functions = ' \n ';
    delete d.text.composition;
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs.map((f) => [f.severity, f.target])).toEqual([
      ['warning', { text: 'functions' }],
      ['warning', { text: 'composition' }],
    ]);
    expect(fs[0].message).toContain('主要职能');
    expect(fs[1].message).toContain('部门预算单位构成');
  });

  it('fires for placeholders left in any text, naming the key and the placeholder', () => {
    const d = fixtureDraft();
    d.text.staffing = '编制XX名';
    d.text.reasons!.gpb = '主要是【原因】';
    d.text.purposes!['fn:2010301'] = '主要用于……';
    d.text.contact = '联系电话：××';
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs.map((f) => [f.target, f.actual])).toEqual([
      [{ text: 'staffing' }, 'XX'],
      [{ text: 'contact' }, '××'],
      [{ text: 'reasons.gpb' }, '【原因】'],
      [{ text: 'purposes.fn:2010301' }, '……'],
    ]);
    expect(fs[0].message).toBe('说明文字“staffing”中留有占位符“XX”，请替换为实际内容');
  });

  it('fires for a used 项 without a description for 名词解释', () => {
    const d = fixtureDraft();
    d.catalogExtras.push({ scheme: 'function', code: '2019998', name: '本地科目' });
    d.expenses[36].function = '2019998';
    const fs = findingsOf(engineFor(d), RULE);
    expect(fs.map((f) => f.target)).toEqual([{ text: 'glossary.fn:2019998' }]);
    expect(fs[0].message).toContain('功能科目 2019998 本地科目（项）缺少名词解释');
  });

  it('stays quiet when the local 项 has a description, or is not used', () => {
    const d = fixtureDraft();
    d.catalogExtras.push({ scheme: 'function', code: '2019998', name: '本地科目' });
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
    d.catalogExtras[0].description = '反映本地其他一般公共服务支出。';
    d.expenses[36].function = '2019998';
    expect(findingsOf(engineFor(d), RULE)).toEqual([]);
  });

  // docs/rules.md: “a used 项 without explanation text for 名词解释”. A line on a 款 code (20103) is an
  // R-CODE-FN error; R-TEXT should not also ask for a glossary entry calling the 款 a “（项）”.
  it('does not ask for a 名词解释 of a code that is not a 项', () => {
    const d = fixtureDraft();
    d.expenses[0].function = '20103';
    const engine = engineFor(d);
    expect(findingsOf(engine, 'R-CODE-FN')).toHaveLength(1);
    expect(findingsOf(engine, RULE)).toEqual([]);
  });

  it('incremental: using an undescribed 项 on a line raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const old = patchExpense(engine, 'expenses[36]', { function: '2019999' }); // 其他一般公共服务支出, no description
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ text: 'glossary.fn:2019999' }]);
    engine.setLine('expense', 'expenses[36]', old);
    expectClean(engine, RULE);
  });

  it('incremental: setPart text raises it, restoring clears it', () => {
    const engine = engineFor(fixtureDraft());
    const text = engine.draft.text;
    engine.setPart('text', { ...text, functions: '' });
    expect(findingsOf(engine, RULE).map((f) => f.target)).toEqual([{ text: 'functions' }]);
    engine.setPart('text', text);
    expectClean(engine, RULE);
  });
});
