import { describe, expect, it } from 'vitest';
import { loadDraftText, loadFinalDraftJson } from '../../../src-core/domain/draft/load';
import { fromCents } from '../../../src-core/domain/money/cents';
import { priorFigures } from '../../../src-core/domain/engine/prior-figures';
import {
  emptyFinalDraft,
  finalFromBudget,
  finalFromLastFinal,
} from '../../../src-renderer/features/final/new-final-draft';
import { withLineCell } from '../../../src-renderer/features/final/final-line-cells';
import { withFigure } from '../../../src-renderer/features/final/final-figures';
import { FIXTURE_TEXT } from '../data/helpers';
import { testResources } from '../fixture-resources';
import { finalEngineFor, finalLayouts, huangpiDraft } from '../final/helpers';

const valid = (d: unknown) => {
  const r = loadFinalDraftJson(JSON.parse(JSON.stringify(d)));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.draft;
};

describe('where a new 决算 starts', () => {
  it('empty: a valid 决算 file with the department and unit only', () => {
    const d = valid(
      emptyFinalDraft({
        year: 2024,
        department: { code: '520', name: '测试部门' },
        units: [{ code: '520001', name: '测试部门', type: 'admin' }],
      }),
    );
    expect(d).toMatchObject({ stage: 'final', year: 2024, expenses: [], income: [], balances: [] });
  });

  it('from that year’s budget: 年初预算数 are the budget’s own figures, projects carried, no lines', () => {
    const budget = loadDraftText(FIXTURE_TEXT);
    if (!budget.ok) throw new Error('fixture');
    const b = budget.value.draft;
    const d = valid(finalFromBudget(b));
    expect(d.year).toBe(b.year);
    expect(d.projects).toEqual(b.projects);
    expect(d.expenses).toEqual([]);
    expect(d.budget.initial).toEqual(priorFigures(b));
    expect(Object.keys(d.budget.initial!).some((k) => k.startsWith('fn:'))).toBe(true);
    // The engine reads them: 公开05表 gets its 年初预算数 column figures.
    const engine = finalEngineFor(d);
    expect(engine.ruleContext.budgetFigure('budget.initial', ['threeTotal'])).not.toBeNull();
  });

  it('from last year’s 决算: 上年决算数 are last year’s derived figures', () => {
    const last = huangpiDraft();
    const r = finalFromLastFinal(last, testResources().catalogs, finalLayouts());
    if (!r.ok) throw new Error(r.error);
    const d = valid(r.value);
    const engine = finalEngineFor(last);
    expect(d.year).toBe(2025);
    expect(d.prior.year).toBe(2024);
    expect(d.prior.expenseTotal).toBe(fromCents(engine.metric('expenseTotal'), 'wanyuan'));
    expect(engine.metric('expenseTotal')).toBeGreaterThan(0);
    expect(d.prior['fn:2013750']).toBeDefined();
    expect(d.expenses).toEqual([]);
  });
});

describe('typed cells of the 决算 editor', () => {
  const line = huangpiDraft().expenses[0];

  it('reads amounts and codes, refusing what cannot be read with a Chinese reason', () => {
    const a = withLineCell('expense', line, 'amount', '13,6', 'wanyuan');
    expect(!a.ok && a.error).toBeTruthy(); // read two ways: refused, never guessed
    const b = withLineCell('expense', line, 'amount', '1,234.5', 'wanyuan');
    expect(b.ok && b.value.amount).toBe('1234.5');
    const c = withLineCell('expense', line, 'function', '20137', 'wanyuan');
    expect(!c.ok && c.error).toMatch(/7 位数字/);
    const e = withLineCell('expense', line, 'economic', '30201', 'wanyuan');
    expect(e.ok && e.value.economic).toBe('30201');
  });

  it('a blank optional amount or 政府性基金 function removes the key', () => {
    const bal = { unit: '1', source: 'gf' as const, function: '2120801', opening: '1', surplusUsed: '2' };
    const r = withLineCell('balance', bal, 'surplusUsed', ' ', 'yuan');
    expect(r.ok && 'surplusUsed' in r.value).toBe(false);
    const f = withLineCell('balance', bal, 'function', '', 'yuan');
    expect(f.ok && 'function' in f.value).toBe(false);
  });

  it('a typed 年初预算数 goes into budget.initial; blank removes it; bad text changes nothing', () => {
    const head = huangpiDraft();
    const r = withFigure(head, 'initial', 'fn:2013750', '900', 'wanyuan');
    expect(r.ok && r.value.key === 'budget' && r.value.value.initial).toEqual({ 'fn:2013750': '900' });
    const blank = withFigure(head, 'initial', 'fn:2013750', '', 'wanyuan');
    expect(blank.ok && blank.value.key === 'budget' && blank.value.value.initial).toEqual({});
    expect(withFigure(head, 'prior', 'gpb', '13,6', 'wanyuan').ok).toBe(false);
  });
});
