import { Decimal } from '../domain/money/decimal';
import type { AmountUnit } from '../domain/money/units';
import type { ExpenseLine, IncomeLine } from '../domain/draft/types';
import { ALL_SOURCES } from '../domain/draft/vocabulary';

/**
 * 由支出生成收入: an export of the 预算管理一体化系统 lists expenses only, and officers then write
 * the income by hand as what each unit spends from each source. This does that sum — one income
 * line per unit × 资金来源 × 本年/上年结转, equal to the expense lines of that key — so that
 * 收支总表 balances by construction. Units keep the order they first appear in; sources the
 * order of the vocabulary. Keys that sum to zero give no line.
 */
export function incomeFromExpenses(expenses: readonly ExpenseLine[], unit: AmountUnit): IncomeLine[] {
  const sums = new Map<string, Map<string, Decimal>>();
  for (const l of expenses) {
    let byUnit = sums.get(l.unit);
    if (!byUnit) sums.set(l.unit, (byUnit = new Map()));
    const key = `${l.source}|${l.carryover ? 1 : 0}`;
    byUnit.set(key, (byUnit.get(key) ?? new Decimal(0)).plus(l.amount));
  }
  const out: IncomeLine[] = [];
  for (const [u, byUnit] of sums) {
    for (const carryover of [false, true]) {
      for (const source of ALL_SOURCES) {
        const sum = byUnit.get(`${source}|${carryover ? 1 : 0}`);
        if (!sum || sum.isZero()) continue;
        out.push({ unit: u, source, carryover, amount: unit === 'yuan' ? sum.toFixed(2) : sum.toFixed() });
      }
    }
  }
  return out;
}
