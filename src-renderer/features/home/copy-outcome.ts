import type { Status } from '../../../src-core/domain/engine/budget-engine';
import type { Draft } from '../../../src-core/domain/draft/types';
import { displayAmount, toCents } from '../../../src-core/domain/money/cents';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';

/** What 以上年草稿新建 made, as shown to the officer once the new draft is stored. */
export interface CopyOutcome {
  id: string;
  name: string;
  year: number;
  priorYear: number;
  percent: string;
  lines: { expense: number; income: number; carryForward: number; procurement: number; total: number };
  /** How many 上年预算数 figures were filled (`prior.budget` keys). */
  priorFigures: number;
  /** 收入总计 / 支出总计 of last year and of the new draft, in the publish unit (`2725.60 万元`). */
  income: { before: string; after: string };
  expense: { before: string; after: string };
}

function priorTotal(copy: Draft, key: string): string {
  const text = copy.prior.budget?.[key];
  const cents = text === undefined ? null : toCents(text, copy.amountUnit);
  return cents === null ? '—' : `${displayAmount(cents, copy.publishUnit)} ${UNIT_LABEL[copy.publishUnit]}`;
}

/**
 * The outcome from the stored copy and the engine's status of it: last year's totals are read back
 * from the `prior.budget` the copy carries (the same metric definitions the engine uses).
 */
export function copyOutcome(id: string, name: string, copy: Draft, status: Status, percent: string): CopyOutcome {
  const lines = {
    expense: copy.expenses.length,
    income: copy.income.length,
    carryForward: copy.carryForward.length,
    procurement: copy.procurement.length,
  };
  const unit = UNIT_LABEL[copy.publishUnit];
  return {
    id,
    name,
    year: copy.year,
    priorYear: copy.prior.year ?? copy.year - 1,
    percent,
    lines: { ...lines, total: lines.expense + lines.income + lines.carryForward + lines.procurement },
    priorFigures: Object.keys(copy.prior.budget ?? {}).length,
    income: { before: priorTotal(copy, 'incomeTotal'), after: `${status.income} ${unit}` },
    expense: { before: priorTotal(copy, 'expenseTotal'), after: `${status.expense} ${unit}` },
  };
}

/** “按 -10% 调整” / “金额不变” — how the amounts were changed, in words. */
export function describePercent(percent: string): string {
  if (percent === '0') return '金额与上年相同（未调整）';
  return `金额${percent.startsWith('-') ? '减少' : '增加'} ${percent.replace(/^-/, '')}%，逐行四舍五入到分`;
}
