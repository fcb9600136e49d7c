import { describe, expect, it } from 'vitest';
import type { FinalDraft, FinalExpenseLine } from '../../../src-core/domain/draft/types';
import { FinalEngine } from '../../../src-core/domain/final/final-engine';
import type { Finding } from '../../../src-core/domain/rules/types';
import { testResources } from '../fixture-resources';
import { finalEngineFor, finalLayouts, huangpiDraft } from './helpers';

const of = (e: FinalEngine, rule: string): Finding[] => e.findings().filter((f) => f.rule === rule);

const expense = (over: Partial<FinalExpenseLine>): FinalExpenseLine => ({
  unit: '520001',
  function: '2013750',
  economic: '30201',
  kind: 'public',
  source: 'gpb',
  amount: '1.00',
  project: null,
  ...over,
});

describe('R-F-BAL: 年末结转和结余 never negative; 财政拨款 has no 结余 use or 分配; 政府性基金 by function', () => {
  it('spending a source without money is an error that names the terms, and goes when the money comes', () => {
    const e = finalEngineFor(huangpiDraft());
    expect(of(e, 'R-F-BAL')).toEqual([]);
    e.addLine('expense', expense({ source: 'business', amount: '10.00', economic: '30201' }));
    const [f] = of(e, 'R-F-BAL');
    expect(f.severity).toBe('error');
    expect(f.target).toEqual({ unit: '520001' });
    expect(f.message).toBe(
      '520001 武汉市黄陂区大数据中心（本级）：事业收入年初结转和结余 0.00 万元＋本年收入 0.00 万元，本年支出 10.00 万元，超出 10.00 万元，年末结转和结余不能为负，请核对收入、支出或年初结转和结余',
    );
    expect(e.table('F01')!.rows.find((r) => r.key === 'out:closing')!.values.amount).toBe('-10.00');
    const id = e.addLine('balance', { unit: '520001', source: 'business', opening: '4.00', surplusUsed: '6.00' });
    expect(of(e, 'R-F-BAL')).toEqual([]);
    const f01 = e.table('F01')!;
    const v = (k: string) => f01.rows.find((r) => r.key === k)!.values.amount;
    expect([v('in:opening'), v('in:surplusUsed'), v('in:total'), v('out:closing'), v('out:total')]).toEqual([
      '4.00',
      '6.00',
      '292.91',
      '0.00',
      '292.91',
    ]);
    e.setLine('balance', id, { unit: '520001', source: 'business', opening: '4.00', distribution: '1.00' });
    expect(of(e, 'R-F-BAL')[0].message).toContain('结余分配 1.00 万元，超出 7.00 万元');
  });

  it('使用非财政拨款结余 or 结余分配 on a 财政拨款 source is an error', () => {
    const e = finalEngineFor(huangpiDraft());
    e.setLine('balance', 'balances[0]', { unit: '520001', source: 'gpb', opening: '5.00', distribution: '1.00' });
    expect(of(e, 'R-F-BAL').map((f) => f.message)).toEqual([
      '520001 武汉市黄陂区大数据中心（本级）：一般公共预算财政拨款收入不能有使用非财政拨款结余（0.00 万元）或结余分配（1.00 万元），请改为相应的非财政拨款资金',
    ]);
  });

  it('政府性基金: a balance needs its function; each function 项 balances on its own (公开07表)', () => {
    const d = huangpiDraft();
    d.income.push({ unit: '520001', source: 'gf', function: '2120801', amount: '5.00' });
    d.balances.push({ unit: '520001', source: 'gf', function: '2120802', opening: '3.00' });
    d.expenses.push(
      expense({ source: 'gf', function: '2120801', amount: '6.00', kind: 'project', project: '520001-01' }),
    );
    d.expenses.push(
      expense({ source: 'gf', function: '2120802', amount: '2.00', kind: 'project', project: '520001-01' }),
    );
    const e = finalEngineFor(d);
    expect(of(e, 'R-F-BAL').map((f) => f.message)).toEqual([
      expect.stringContaining('政府性基金预算财政拨款（2120801'),
    ]);
    const f07 = e.table('F07')!;
    expect(f07.empty).toBe(false);
    const row = (k: string) => f07.rows.find((r) => r.key === k)!.values;
    expect(row('fn:2120801')).toMatchObject({ opening: '0.00', income: '5.00', total: '6.00', closing: '-1.00' });
    expect(row('fn:2120802')).toMatchObject({ opening: '3.00', income: '0.00', total: '2.00', closing: '1.00' });
    expect(row('total')).toMatchObject({ opening: '3.00', income: '5.00', total: '8.00', closing: '0.00' });
    e.addLine('balance', { unit: '520001', source: 'gf', opening: '1.00' });
    expect(of(e, 'R-F-BAL').map((f) => f.message)).toContain(
      '520001 武汉市黄陂区大数据中心（本级）：政府性基金的年初结转和结余（1.00 万元）未填写功能分类科目，公开07表按功能分类科目（项）列示，请填写',
    );
  });
});

describe('R-F-EXEC: 决算数 ≠ 年初预算数 of a 一般公共预算 项 needs a reason', () => {
  it('warns without the exec:fn reason, not with it; a draft without 年初预算数 is told once', () => {
    const e = finalEngineFor(huangpiDraft());
    expect(of(e, 'R-F-EXEC')).toEqual([]);
    const reasons = { ...e.head.text.reasons };
    delete reasons['exec:fn:2013750'];
    e.setPart('text', { ...e.head.text, reasons });
    expect(of(e, 'R-F-EXEC')).toEqual([
      {
        rule: 'R-F-EXEC',
        severity: 'warning',
        target: { text: 'reasons.exec:fn:2013750' },
        message:
          '2013750 事业运行：一般公共预算财政拨款支出决算数 282.91 万元，年初预算数 878.12 万元，决算数小于年初预算数，请说明原因',
        expected: '878.12',
        actual: '282.9111',
      },
    ]);
    e.addLine('expense', expense({ function: '2013701', amount: '2.00' }));
    expect(
      of(e, 'R-F-EXEC')
        .map((f) => (f.target as { text: string }).text)
        .sort(),
    ).toEqual(['reasons.exec:fn:2013701', 'reasons.exec:fn:2013750']);
    e.setPart('budget', { ...e.head.budget, initial: {} });
    expect(of(e, 'R-F-EXEC').map((f) => f.target)).toEqual([{ text: 'budget.initial' }]);
    expect(e.table('F05')!.columns.some((c) => c.key === 'initial')).toBe(false);
  });
});

describe('R-F-THREE: 三公 within 全年预算数, with the counts the text prints', () => {
  it('an item above its budget, a missing count, 外宾接待费 above 公务接待费, no budget at all', () => {
    const d = huangpiDraft();
    d.budget.adjusted = { ...d.budget.adjusted, reception: '0.10', threeTotal: '0.10' };
    d.three = { ...d.three, receptionDomesticBatches: 0 };
    const e = finalEngineFor(d);
    expect(of(e, 'R-F-THREE').map((f) => f.message)).toEqual([
      '“三公”经费合计决算数 0.13 万元，超过全年预算数 0.10 万元，超出 0.03 万元',
      '公务接待费决算数 0.13 万元，超过全年预算数 0.10 万元，超出 0.03 万元',
      '国内公务接待费决算数 0.13 万元，但国内公务接待批次为 0，情况说明需列出',
    ]);
    e.setPart('three', { ...d.three, receptionDomesticBatches: 1, receptionForeign: '0.20' });
    expect(of(e, 'R-F-THREE').map((f) => f.message)).toContain('外宾接待费 0.20 万元 超过公务接待费决算数 0.13 万元');
    e.setPart('budget', { initial: d.budget.initial });
    e.setPart('three', { ...d.three, receptionDomesticBatches: 1 });
    expect(of(e, 'R-F-THREE').map((f) => f.target)).toEqual([
      { table: 'F09', row: 'total', column: 'final.total' },
      { table: 'F09', row: 'total', column: 'final.reception' },
    ]);
    // 公开09表 预算数 is blank without figures.
    expect(e.table('F09')!.rows[0].values['budget.total']).toBeUndefined();
  });

  it('公用车购置 and 出国 spending need their counts', () => {
    const e = finalEngineFor(huangpiDraft());
    e.addLine('expense', expense({ economic: '30212', amount: '1.00' }));
    expect(of(e, 'R-F-THREE').map((f) => f.target)).toEqual(
      expect.arrayContaining([{ text: 'three.abroadGroups' }, { text: 'three.abroadPersons' }]),
    );
  });
});

describe('R-F-PRIOR: comparisons with last year need its figure, and a reason when changed', () => {
  it('missing figure and missing reason', () => {
    const d = huangpiDraft();
    delete d.prior.reception;
    const e = finalEngineFor(d);
    expect(of(e, 'R-F-PRIOR')).toEqual([
      {
        rule: 'R-F-PRIOR',
        severity: 'warning',
        target: { prior: 'reception' },
        message: '公务接待费本年 0.13 万元，情况说明要与上年比较，但未填写上年决算数',
        actual: '0.13',
      },
    ]);
    const reasons = { ...d.text.reasons };
    delete reasons.incomeTotal;
    e.setPart('text', { ...d.text, reasons });
    expect(of(e, 'R-F-PRIOR').map((f) => f.message)).toContain(
      '收入总计 282.91 万元，比上年决算数 1072.14 万元减少 789.2289 万元，请填写增减原因',
    );
  });
});

describe('budget line rules reused on 决算 lines; layout overrides', () => {
  it('R-DUP, R-CODE-FN, R-KIND-ECON and R-PROJECT fire on 决算 expense lines', () => {
    const e = finalEngineFor(huangpiDraft());
    e.addLine('expense', { ...e.line('expense', 'expenses[0]')! });
    e.addLine('expense', expense({ function: '20137', kind: 'personnel' }));
    e.addLine('expense', expense({ kind: 'project', project: null }));
    const rules = e.findings().map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['R-DUP', 'R-CODE-FN', 'R-KIND-ECON', 'R-PROJECT']));
    // Errors first, in the order of the 决算 rules.
    expect(rules.indexOf('R-CODE-FN')).toBeLessThan(rules.indexOf('R-LINK-SOCIAL'));
  });

  it('a layout disables a rule or changes its severity', () => {
    const base = finalLayouts().get('final-national')!;
    const layout = { ...base, rules: { disabled: ['R-LINK-SOCIAL'], severity: { 'R-ROUND': 'error' as const } } };
    const e = new FinalEngine(huangpiDraft(), { catalogs: testResources().catalogs.forYear(2024), layout });
    expect(of(e, 'R-LINK-SOCIAL')).toEqual([]);
    expect(of(e, 'R-ROUND').map((f) => f.severity)).toEqual(['error', 'error']);
    expect(e.status().errors).toBe(2);
  });

  it('explained warnings carry the note (reviews)', () => {
    const d: FinalDraft = huangpiDraft();
    d.reviews = [{ rule: 'R-ROUND', target: { table: 'F06', row: 'total', column: 'amount' }, note: '按公开表口径' }];
    const e = finalEngineFor(d);
    expect(of(e, 'R-ROUND').find((f) => (f.target as { row: string }).row === 'total')!.explained).toBe('按公开表口径');
  });
});
