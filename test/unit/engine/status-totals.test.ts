import { describe, expect, it } from 'vitest';
import { displayAmount, toCents } from '../../../src-core/domain/money/cents';
import type { Draft } from '../../../src-core/domain/draft/types';
import { engineFor, zhoushanDraft } from '../fixture-resources';

const total = (d: Draft, xs: readonly { amount: string }[]) =>
  xs.reduce((s, x) => s + (toCents(x.amount, d.amountUnit) ?? 0), 0);

describe('status bar totals (engine/status-totals.ts)', () => {
  it('收入总计 sums the income lines; 支出总计 the expense and carry-forward lines; 差额 is their difference', () => {
    const draft = zhoushanDraft();
    draft.carryForward = [{ unit: draft.units[0].code, source: 'gpb', amount: '12.34' }];
    const engine = engineFor(draft, 'zhejiang');
    const income = total(draft, draft.income);
    const expense = total(draft, [...draft.expenses, ...draft.carryForward]);
    expect(engine.status()).toMatchObject({
      income: displayAmount(income, draft.publishUnit),
      expense: displayAmount(expense, draft.publishUnit),
      difference: displayAmount(income - expense, draft.publishUnit),
    });
    expect(income - expense).not.toBe(0);
  });

  it('follow a line change without a rebuild', () => {
    const draft = zhoushanDraft();
    const engine = engineFor(draft, 'national');
    const id = engine.lineIds('income')[0];
    const line = engine.line('income', id)!;
    const before = total(draft, draft.income);
    engine.setLine('income', id, { ...line, amount: '0' });
    const after = before - (toCents(line.amount, draft.amountUnit) ?? 0);
    expect(engine.status().income).toBe(displayAmount(after, draft.publishUnit));
    engine.removeLine('income', id);
    expect(engine.status().income).toBe(displayAmount(after, draft.publishUnit));
  });
});
