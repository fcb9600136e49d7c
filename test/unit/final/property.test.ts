import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src-core/domain/money/decimal';
import type { BalanceLine, FinalDraft, FinalExpenseLine } from '../../../src-core/domain/draft/types';
import type { FinalSource } from '../../../src-core/domain/draft/vocabulary';
import type { FinalEngine } from '../../../src-core/domain/final/final-engine';
import type { FinalDerivedTable } from '../../../src-core/domain/final/final-tables';
import { syntheticFinalDraft } from '../../bench/final-synthetic';
import { rng } from '../../support/rng';
import { testResources } from '../fixture-resources';
import { finalEngineFor } from './helpers';

const FN = ['2013750', '2013701', '2010301', '2080505', '2120801', '2120802', '2230101', '2210201', '2050201'];
const ECON = ['30101', '30108', '30201', '30202', '30217', '30231', '30212', '31013', '30226', '30399'];
const ALL_SOURCES: FinalSource[] = ['gpb', 'gf', 'soc', 'superior', 'business', 'operating', 'subsidiary', 'other'];
const FISCAL = new Set(['gpb', 'gf', 'soc']);

/** A small random 决算 draft: the synthetic department plus lines of every source and balances of every kind. */
function randomDraft(seed: number, wanyuan: boolean): FinalDraft {
  const catalogs = testResources().catalogs.forYear(2024);
  const d = syntheticFinalDraft(catalogs, { units: 3, lines: 120, seed });
  const next = rng(seed * 7 + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const unit = () => pick(d.units).code;
  for (let i = 0; i < 20; i++) d.expenses.push(randomExpense(next, unit(), d.projects[0].code));
  for (let i = 0; i < 10; i++)
    d.income.push({ unit: unit(), source: pick(ALL_SOURCES), function: pick(FN), amount: money(next, 500000) });
  for (let i = 0; i < 6; i++) d.balances.push(randomBalance(next, unit()));
  d.budget.initial = { ...d.budget.initial, 'fn:2120801': '30000.00', 'fn:2230101': '10.50' };
  d.budget.adjusted = { ...d.budget.adjusted, 'fn:2013750': '123456.78' };
  return wanyuan ? inWanyuan(d) : d;
}

function randomExpense(next: () => number, unit: string, project: string): FinalExpenseLine {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const source = pick(ALL_SOURCES);
  // 财政拨款 pays basic and project spending only (经营支出 and the like come from the unit's own money).
  const kinds = FISCAL.has(source)
    ? (['personnel', 'public', 'project'] as const)
    : (['personnel', 'public', 'project', 'operating', 'toSuperior', 'toSubsidiary'] as const);
  const kind = pick(kinds);
  return {
    unit,
    function: pick(FN),
    economic: pick(ECON),
    kind,
    source,
    amount: money(next, 300000),
    project: kind === 'project' ? project : null,
  };
}

function randomBalance(next: () => number, unit: string): BalanceLine {
  const source = (['gpb', 'gf', 'business', 'other', 'operating'] as FinalSource[])[Math.floor(next() * 5)];
  const b: BalanceLine = { unit, source, opening: money(next, 800000) };
  if (source === 'gf') b.function = FN[4 + Math.floor(next() * 2)];
  if (!FISCAL.has(source)) {
    if (next() < 0.6) b.surplusUsed = money(next, 100000);
    if (next() < 0.6) b.distribution = money(next, 100000);
  }
  return b;
}

const money = (next: () => number, max: number) => (Math.floor(next() * max * 100) / 100).toFixed(2);

/** The same draft in 万元 (every amount ÷ 10000, up to 6 decimals). */
function inWanyuan(d: FinalDraft): FinalDraft {
  const w = (a: string) => new Decimal(a).div(10000).toFixed();
  const figures = (r: Record<string, string> | undefined) =>
    r && Object.fromEntries(Object.entries(r).map(([k, v]) => [k, w(v)]));
  return {
    ...d,
    amountUnit: 'wanyuan',
    income: d.income.map((l) => ({ ...l, amount: w(l.amount) })),
    expenses: d.expenses.map((l) => ({ ...l, amount: w(l.amount) })),
    balances: d.balances.map((b) => ({
      ...b,
      opening: w(b.opening),
      ...(b.surplusUsed ? { surplusUsed: w(b.surplusUsed) } : {}),
      ...(b.distribution ? { distribution: w(b.distribution) } : {}),
    })),
    budget: { initial: figures(d.budget.initial), adjusted: figures(d.budget.adjusted) },
  };
}

function snapshot(e: FinalEngine) {
  const noIds = (s: string) => s.replace(/(expenses|income|balances)\[\d+\]|(expense|income|balance)#\d+/g, 'L');
  return {
    tables: e.tables(),
    status: e.status(),
    findings: e
      .findings()
      .map((f) => noIds(`${f.rule}|${f.severity}|${JSON.stringify(f.target)}|${f.message}`))
      .sort(),
  };
}

/** Random edits of every kind of line and of the budget figures. */
function edit(e: FinalEngine, next: () => number): void {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const units = e.head.units.map((u) => u.code);
  const op = next();
  if (op < 0.35) {
    const ids = e.lineIds('expense');
    const id = pick(ids);
    const r = next();
    if (r < 0.5) e.setLine('expense', id, { ...e.line('expense', id)!, amount: amountIn(e, next) });
    else if (r < 0.75) e.setLine('expense', id, randomExpense(next, pick(units), e.head.projects[0].code));
    else if (r < 0.9) e.addLine('expense', randomExpense(next, pick(units), e.head.projects[0].code), pick(ids));
    else if (ids.length > 5) e.removeLine('expense', id);
  } else if (op < 0.55) {
    const ids = e.lineIds('income');
    const id = pick(ids);
    if (next() < 0.6) e.setLine('income', id, { ...e.line('income', id)!, amount: amountIn(e, next) });
    else if (next() < 0.5)
      e.addLine('income', {
        unit: pick(units),
        source: pick(ALL_SOURCES),
        function: pick(FN),
        amount: amountIn(e, next),
      });
    else if (ids.length > 3) e.removeLine('income', id);
  } else if (op < 0.8) {
    const ids = e.lineIds('balance');
    const r = next();
    if (r < 0.4 || ids.length < 2) e.addLine('balance', scaled(e, randomBalance(next, pick(units))));
    else if (r < 0.8) e.setLine('balance', pick(ids), scaled(e, randomBalance(next, pick(units))));
    else e.removeLine('balance', pick(ids));
  } else if (op < 0.9) {
    const initial = { ...e.head.budget.initial, [`fn:${pick(FN)}`]: amountIn(e, next) };
    e.setPart('budget', { ...e.head.budget, initial });
  } else {
    e.setPart('prior', { ...e.head.prior, reception: amountIn(e, next) });
  }
}

const amountIn = (e: FinalEngine, next: () => number) => {
  const yuan = money(next, 400000);
  return e.head.amountUnit === 'yuan' ? yuan : new Decimal(yuan).div(10000).toFixed();
};

function scaled(e: FinalEngine, b: BalanceLine): BalanceLine {
  if (e.head.amountUnit === 'yuan') return b;
  const w = (a: string) => new Decimal(a).div(10000).toFixed();
  return {
    ...b,
    opening: w(b.opening),
    ...(b.surplusUsed ? { surplusUsed: w(b.surplusUsed) } : {}),
    ...(b.distribution ? { distribution: w(b.distribution) } : {}),
  };
}

const D = (s: string | undefined) => new Decimal(s ?? '0');

/** Totals equal the sums of their parts, exactly, in every table: rows (parts) and columns (sumOf). */
function checkSums(tables: readonly FinalDerivedTable[]): number {
  let checked = 0;
  for (const t of tables) {
    for (const row of t.rows) {
      const peers = new Map(t.rows.filter((r) => r.section === row.section).map((r) => [r.key, r]));
      for (const col of Object.keys(row.exact)) {
        if (col.startsWith('budget.')) continue; // typed figures, not sums of lines
        if (row.parts) {
          const sum = row.parts.reduce((s, k) => s.plus(D(peers.get(k)!.exact[col])), new Decimal(0));
          expect(D(row.exact[col]).eq(sum), `${t.id} ${row.key} ${col}`).toBe(true);
          checked++;
        }
      }
      for (const c of t.columns) {
        if (!c.sumOf || c.section !== row.section || row.exact[c.key] === undefined) continue;
        const sum = c.sumOf.reduce((s, k) => s.plus(D(row.exact[k])), new Decimal(0));
        expect(D(row.exact[c.key]).eq(sum), `${t.id} ${row.key} ${c.key}`).toBe(true);
        checked++;
      }
    }
  }
  return checked;
}

/** The identities of docs/final-accounts.md, and the derived 年末结转和结余 against the lines. */
function checkIdentities(e: FinalEngine): void {
  const t = new Map(e.tables().map((x) => [x.id, x]));
  const cell = (id: string, row: string, col: string) => D(t.get(id)!.rows.find((r) => r.key === row)?.exact[col]);
  expect(cell('F01', 'in:total', 'amount').eq(cell('F01', 'out:total', 'amount'))).toBe(true);
  expect(cell('F01', 'in:subtotal', 'amount').eq(cell('F02', 'total', 'total'))).toBe(true);
  expect(cell('F01', 'out:subtotal', 'amount').eq(cell('F03', 'total', 'total'))).toBe(true);
  expect(cell('F02', 'total', 'fiscal').eq(cell('F04', 'in:subtotal', 'amount'))).toBe(true);
  expect(cell('F04', 'out:subtotal', 'gpb').eq(cell('F05', 'total', 'total'))).toBe(true);
  expect(cell('F05', 'total', 'basic').eq(cell('F06', 'total', 'amount'))).toBe(true);
  expect(cell('F04', 'in:total', 'amount').eq(cell('F04', 'out:total', 'total'))).toBe(true);
  const f07 = (col: string) => cell('F07', 'total', col);
  expect(
    f07('opening')
      .plus(f07('income'))
      .eq(f07('total').plus(f07('closing'))),
  ).toBe(true);

  // 年末结转和结余 per unit × source, and in all, from the draft's lines.
  const d = e.draft;
  const factor = d.amountUnit === d.publishUnit ? 1 : d.amountUnit === 'yuan' ? 10000 : 1 / 10000;
  const closing = new Map<string, Decimal>();
  const add = (unit: string, source: string, amount: string | undefined, sign: number) => {
    const k = `${unit}|${source}`;
    closing.set(k, (closing.get(k) ?? new Decimal(0)).plus(D(amount).times(sign)));
  };
  for (const l of d.income) add(l.unit, l.source, l.amount, 1);
  for (const l of d.expenses) add(l.unit, l.source, l.amount, -1);
  for (const b of d.balances) {
    add(b.unit, b.source, b.opening, 1);
    add(b.unit, b.source, b.surplusUsed, 1);
    add(b.unit, b.source, b.distribution, -1);
  }
  const ctx = e.ruleContext;
  let total = new Decimal(0);
  for (const [k, v] of closing) {
    const [unit, source] = k.split('|');
    expect(ctx.aux('units', `unit:${unit}`, `closing|${source}`), k).toBe(
      v.times(d.amountUnit === 'yuan' ? 100 : 1e6).toNumber(),
    );
    total = total.plus(v);
  }
  expect(cell('F01', 'out:closing', 'amount').eq(total.div(factor))).toBe(true);
  // R-F-BAL reports exactly the units × sources whose 年末 is negative.
  const negative = [...closing].filter(([, v]) => v.lt(0)).map(([k]) => k.split('|')[0]);
  const reported = new Set(
    e
      .findings()
      .filter((f) => f.rule === 'R-F-BAL')
      .map((f) => (f.target as { unit: string }).unit),
  );
  for (const u of negative) expect(reported.has(u), u).toBe(true);
}

describe('random 决算 drafts: incremental edits equal a rebuild; totals are the sums of their parts', () => {
  for (const [seed, wanyuan] of [
    [1, false],
    [2, true],
    [3, false],
  ] as const) {
    it(`seed ${seed} (${wanyuan ? '万元' : '元'})`, () => {
      const next = rng(seed * 1000);
      const engine = finalEngineFor(randomDraft(seed, wanyuan));
      let sums = 0;
      for (let step = 1; step <= 90; step++) {
        edit(engine, next);
        if (step % 15 === 0) {
          const a = snapshot(engine);
          const b = snapshot(finalEngineFor(engine.draft));
          expect(a.status).toEqual(b.status);
          expect(a.tables).toEqual(b.tables);
          expect(a.findings).toEqual(b.findings);
          sums += checkSums(a.tables);
          checkIdentities(engine);
        }
      }
      expect(sums).toBeGreaterThan(500);
    });
  }
});
