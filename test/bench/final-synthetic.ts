import type { CatalogPair } from '../../src-core/domain/catalog/catalog';
import type { BalanceLine, FinalDraft, FinalExpenseLine, FinalIncomeLine } from '../../src-core/domain/draft/types';
import type { FinalSource } from '../../src-core/domain/draft/vocabulary';
import { rng, syntheticDraft } from './synthetic';

/**
 * A synthetic 决算 draft of about `lines` expense lines: the budget bench's department (units,
 * codes, projects) spent as 决算数, with income by unit × source × function covering it, 年初结转和结余
 * on some sources (so that 年末结转和结余 is not zero everywhere), 年初预算数 for every 一般公共预算 项,
 * 全年预算数 of the 三公 items and last year's figures.
 */
export function syntheticFinalDraft(
  catalogs: CatalogPair,
  opts: { units: number; lines: number; seed?: number },
): FinalDraft {
  const seed = opts.seed ?? 42;
  const budget = syntheticDraft(catalogs, { ...opts, seed });
  const next = rng(seed + 1);
  const expenses: FinalExpenseLine[] = budget.expenses.map((e) => ({
    unit: e.unit,
    function: e.function,
    economic: e.economic,
    kind: e.kind,
    source: (e.source === 'special' ? 'business' : e.source) as FinalSource,
    amount: e.amount,
    project: e.project ?? null,
  }));
  // Income covers spending per unit × source × function, now and then with a little to spare.
  const spent = new Map<string, bigint>();
  for (const e of expenses) {
    const k = `${e.unit}|${e.source}|${e.function}`;
    spent.set(k, (spent.get(k) ?? 0n) + cents(e.amount));
  }
  const income: FinalIncomeLine[] = [];
  const balances: BalanceLine[] = [];
  for (const [k, c] of spent) {
    const [unit, source, fn] = k.split('|');
    const spare = next() < 0.2 ? BigInt(Math.floor(next() * 1_000_000)) : 0n;
    income.push({ unit, source: source as FinalSource, function: fn, amount: yuan(c + spare) });
  }
  const initial: Record<string, string> = {};
  for (const [k, c] of spent) {
    const [, source, fn] = k.split('|');
    if (source !== 'gpb') continue;
    const prev = initial[`fn:${fn}`] ? cents(initial[`fn:${fn}`]) : 0n;
    initial[`fn:${fn}`] = yuan(prev + (c * BigInt(90 + Math.floor(next() * 30))) / 100n);
  }
  for (const u of budget.units) {
    balances.push({ unit: u.code, source: 'gpb', opening: yuan(BigInt(Math.floor(next() * 50_000_000))) });
    if (u.type === 'institution')
      balances.push({
        unit: u.code,
        source: 'business',
        opening: yuan(BigInt(Math.floor(next() * 20_000_000))),
        surplusUsed: yuan(BigInt(Math.floor(next() * 1_000_000))),
        distribution: yuan(BigInt(Math.floor(next() * 500_000))),
      });
  }
  return {
    format: 'dept-budget-draft',
    formatVersion: 2,
    stage: 'final',
    year: 2024,
    amountUnit: 'yuan',
    publishUnit: 'wanyuan',
    department: budget.department,
    units: budget.units,
    income,
    expenses,
    balances,
    projects: budget.projects.map((p) => ({ ...p, indicators: [] })),
    budget: {
      initial,
      adjusted: { abroad: '0.00', vehiclePurchase: '0.00', vehicleOperation: '900000.00', reception: '600000.00' },
    },
    prior: { incomeTotal: '100000000.00', expenseTotal: '100000000.00', fiscal: '90000000.00' },
    three: { vehiclesHeld: 12, receptionDomesticBatches: 40, receptionDomesticPersons: 300 },
    procurement: [],
    assets: {},
    text: { functions: '示范职能', composition: '示范构成' },
    catalogExtras: [],
    reviews: [],
  };
}

const cents = (amount: string): bigint => BigInt(amount.replace('.', ''));

function yuan(c: bigint): string {
  const s = c.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
