import type { BalanceLine, FinalBudget, FinalExpenseLine, FinalIncomeLine, FinalProcurementItem } from '../draft/types';
import { amountCents, type Fact } from '../engine/facts';
import type { AmountUnit } from '../money/units';

/** The streams of lines a 决算 draft holds (each its own array and line store). */
export type FinalLineStream = 'expense' | 'income' | 'balance' | 'procurement';

/** The draft arrays holding each stream's lines. */
export const FINAL_STREAM_ARRAYS = {
  expense: 'expenses',
  income: 'income',
  balance: 'balances',
  procurement: 'procurement',
} as const;

export const FINAL_LINE_STREAMS: readonly FinalLineStream[] = ['expense', 'income', 'balance', 'procurement'];

/** A balance line's amounts, each a fact of the stream of the same name. */
export const BALANCE_AMOUNTS = ['opening', 'surplusUsed', 'distribution'] as const;
export type BalanceAmount = (typeof BALANCE_AMOUNTS)[number];

type AnyFinalLine = FinalExpenseLine | FinalIncomeLine | BalanceLine | FinalProcurementItem;

/**
 * Fills `f` with one fact of a 决算 line: an expense, income or procurement line is one fact; a
 * balance line gives one fact per amount it has (`part`: 年初结转和结余, 使用非财政拨款结余, 结余分配).
 * The fact's amount is 0 and marked invalid when the text cannot be read.
 */
export function writeFinalFact(
  f: Fact,
  stream: FinalLineStream,
  line: AnyFinalLine,
  amountUnit: AmountUnit,
  unitTypes: ReadonlyMap<string, string>,
  part: BalanceAmount = 'opening',
): Fact {
  f.unit = line.unit;
  f.unitType = unitTypes.get(line.unit) ?? '';
  f.source = '';
  f.carryover = false;
  f.function = '';
  f.economic = '';
  f.kind = '';
  f.project = '';
  f.procKind = '';
  let text: unknown;
  switch (stream) {
    case 'expense': {
      const e = line as FinalExpenseLine;
      f.stream = 'expense';
      f.source = e.source;
      f.function = e.function;
      f.economic = e.economic;
      f.kind = e.kind;
      f.project = e.project ?? '';
      text = e.amount;
      break;
    }
    case 'income': {
      const i = line as FinalIncomeLine;
      f.stream = 'income';
      f.source = i.source;
      f.function = i.function;
      text = i.amount;
      break;
    }
    case 'balance': {
      const b = line as BalanceLine;
      f.stream = part;
      f.source = b.source;
      f.function = b.function ?? '';
      text = b[part];
      break;
    }
    case 'procurement': {
      const p = line as FinalProcurementItem;
      f.stream = 'procurement';
      f.procKind = p.kind;
      text = p.amount;
      break;
    }
  }
  setAmount(f, String(text ?? ''), amountUnit);
  return f;
}

/** The amounts of a balance line that are present (年初结转和结余 always; the others when given). */
export function balanceParts(line: BalanceLine): BalanceAmount[] {
  return BALANCE_AMOUNTS.filter((k) => line[k] !== undefined && line[k] !== null);
}

/**
 * Fills `f` with a budget figure as a fact: 年初预算数 (`budgetInitial`) or 全年预算数
 * (`budgetAdjusted`) of a function code, paid by 一般公共预算 (公开05表 prints them beside 决算数).
 */
export function writeBudgetFact(
  f: Fact,
  stream: 'budgetInitial' | 'budgetAdjusted',
  code: string,
  amount: string,
  amountUnit: AmountUnit,
): Fact {
  f.stream = stream;
  f.unit = '';
  f.unitType = '';
  f.source = 'gpb';
  f.carryover = false;
  f.function = code;
  f.economic = '';
  f.kind = '';
  f.project = '';
  f.procKind = '';
  setAmount(f, amount, amountUnit);
  return f;
}

/**
 * The `fn:<code>` figures of `budget.initial` or `budget.adjusted` that become facts: a code whose
 * descendants are also listed is their sum written out, and is left to the derivation instead.
 */
export function budgetFunctionFigures(
  budget: FinalBudget,
  which: 'initial' | 'adjusted',
): { code: string; amount: string }[] {
  const figures = budget[which] ?? {};
  // Sorted, a code's descendants follow it directly: a code followed by a longer one starting with
  // it is a written-out sum.
  const codes = Object.keys(figures)
    .filter((k) => k.startsWith('fn:'))
    .map((k) => k.slice(3))
    .sort();
  return codes
    .filter((c, i) => !(codes[i + 1]?.startsWith(c) ?? false))
    .map((code) => ({ code, amount: figures[`fn:${code}`] }));
}

/** Whether `budget.initial` / `budget.adjusted` has any `fn:<code>` figure (cheap: per keystroke). */
export function hasFunctionFigures(budget: FinalBudget, which: 'initial' | 'adjusted'): boolean {
  const figures = budget[which];
  if (!figures) return false;
  for (const k in figures) if (k.startsWith('fn:')) return true;
  return false;
}

function setAmount(f: Fact, text: string, unit: AmountUnit): void {
  const cents = amountCents(text, unit);
  f.cents = cents ?? 0;
  f.amountValid = cents !== null;
}
