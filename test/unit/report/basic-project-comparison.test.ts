import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src-core/domain/draft/types';
import { documentSlots } from '../../../src-core/domain/report/slots';
import { engineFor, zhoushanDraft } from '../fixture-resources';
import { reportOf, sectionText } from './helpers';

/**
 * (三) compares 基本支出 and 项目支出 with last year when the draft has their prior figures (issue
 * #17): amounts from the engine (舟山: 基本支出 2291.6 万元 = 人员 2040.86 + 公用 250.74, 项目支出 434
 * 万元), differences and rates from the printed figures, rates to 2 decimals as every comparison.
 */
const expenseText = (prior: Draft['prior'], reasons: Record<string, string> = {}) => {
  const d = zhoushanDraft();
  d.prior = prior;
  d.text.reasons = { ...d.text.reasons, ...reasons };
  return sectionText(reportOf(engineFor(d)), 'expense');
};

describe('(三) 基本支出 and 项目支出 compared with last year', () => {
  it('a decrease and an increase, against 上年预算数, with the reason written', () => {
    const text = expenseText(
      { year: 2021, budget: { basic: '23236000.00', project: '4000000.00' } },
      { basic: '编外人员费用列支调整' },
    );
    // 2291.6 − 2323.6 = −32 → 32 / 2323.6 = 1.377…% → 1.38%; 434 − 400 = 34 → 8.5%.
    expect(text).toContain(
      '基本支出2291.6万元，比上年预算数减少32万元，下降1.38%，主要是编外人员费用列支调整；项目支出434万元，比上年预算数增加34万元，增长8.5%。',
    );
  });

  it('equal figures: “与上年…持平”; 执行数 preferred when both are given', () => {
    const text = expenseText({
      year: 2021,
      actual: { basic: '22916000.00' },
      budget: { basic: '1.00', project: '4340000.00' },
    });
    expect(text).toContain('基本支出2291.6万元，与上年执行数持平；项目支出434万元，与上年预算数持平。');
  });

  it('a prior figure of 0: the increase without a percentage', () => {
    expect(expenseText({ year: 2021, budget: { project: '0.00' } })).toContain(
      '项目支出434万元，比上年预算数增加434万元。',
    );
  });

  it('only the one with a prior figure; nothing without any', () => {
    const one = expenseText({ year: 2021, actual: { project: '5000000.00' } });
    expect(one).toContain('项目支出434万元，比上年执行数减少66万元，下降13.2%');
    expect(one).not.toMatch(/基本支出\d/);
    expect(expenseText({ year: 2021 })).not.toMatch(/基本支出|比上年/);
  });

  it('a changed figure without a reason leaves a reason slot, and R-REASON asks for it', () => {
    const d = zhoushanDraft();
    d.prior = { year: 2021, budget: { project: '5000000.00' } };
    const engine = engineFor(d);
    const slots = documentSlots(reportOf(engine)).filter((s) => s.key === 'project');
    expect(slots).toEqual([expect.objectContaining({ slot: 'reason', key: 'project', text: null })]);
    expect(
      engine
        .findings()
        .filter((f) => f.rule === 'R-REASON')
        .map((f) => f.target),
    ).toContainEqual({
      text: 'reasons.project',
    });
  });
});
