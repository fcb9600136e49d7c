import { describe, expect, it } from 'vitest';
import { BudgetEngine, STREAM_ARRAYS } from '../../../src-core/domain/engine/budget-engine';
import type { Draft, ExpenseLine } from '../../../src-core/domain/draft/types';
import type { Stream } from '../../../src-core/domain/tables/spec';
import { rng, syntheticDraft } from '../../bench/synthetic';
import { testResources, zhoushanDraft } from '../fixture-resources';

const STREAMS: Stream[] = ['expense', 'income', 'carryForward', 'procurement'];

/**
 * Every accumulator of the engine (published tables and the internal aggregates rules read): row
 * keys with their exact cells, displayed values, displayed child sums and children, by section.
 */
function accumulators(e: BudgetEngine) {
  const out: Record<string, unknown> = {};
  for (const t of e.ruleContext.pivot.tables) {
    for (const s of t.sections) {
      const rows = [...s.fixedRows, ...s.groupRows.values()];
      out[`${t.spec.id}/${s.spec.id}`] = Object.fromEntries(
        rows.map((r) => [
          r.key,
          {
            cells: r.cells,
            shown: r.shown,
            childShown: r.childShown,
            parent: r.parent?.key ?? null,
            children: r.children.map((c) => c.key).sort(),
            unit: r.unit,
          },
        ]),
      );
      out[`${t.spec.id}/${s.spec.id}/top`] = [...s.topShown.values()];
    }
  }
  return out;
}

/** The same draft, its lines added one by one (ids as a full build names them: `expenses[3]` …). */
function lineByLine(draft: Draft, env: ConstructorParameters<typeof BudgetEngine>[1]): BudgetEngine {
  const empty: Draft = { ...draft, expenses: [], income: [], carryForward: [], procurement: [] };
  const e = new BudgetEngine(empty, env);
  for (const stream of STREAMS) {
    const key = STREAM_ARRAYS[stream];
    (draft[key] as ExpenseLine[]).forEach((line, i) => e.addLine(stream, line as never, undefined, `${key}[${i}]`));
  }
  return e;
}

function expectSame(full: BudgetEngine, incremental: BudgetEngine): void {
  expect(full.status()).toEqual(incremental.status());
  expect(full.tables()).toEqual(incremental.tables());
  expect(accumulators(full)).toEqual(accumulators(incremental));
  const findings = (e: BudgetEngine) =>
    e
      .findings()
      .map((f) => `${f.rule}|${f.severity}|${JSON.stringify(f.target)}|${f.message}`)
      .sort();
  expect(findings(full)).toEqual(findings(incremental));
}

/** A synthetic department with the awkward lines a real draft may hold. */
function awkwardDraft(): Draft {
  const resources = testResources();
  const draft = syntheticDraft(resources.catalogs.forYear(2025), { units: 7, lines: 900, seed: 17 });
  const next = rng(23);
  const e = draft.expenses;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  // Duplicates, carried-over money, odd and short codes, unknown unit, bad and negative amounts.
  for (let i = 0; i < 40; i++) e.push({ ...pick(e) });
  for (let i = 0; i < 30; i++)
    e.push({ ...pick(e), carryover: true, amount: (Math.floor(next() * 1e6) / 100).toFixed(2) });
  const odd: Partial<ExpenseLine>[] = [
    { function: '2010' },
    { function: '201010' },
    { function: '20' },
    { function: '' },
    { function: 'abc1234' },
    { economic: '302' },
    { economic: '3020101' },
    { unit: '999999' },
    { amount: '12.3.4' },
    { amount: '' },
    { amount: '-1500.00' },
    { amount: '0' },
    { amount: '0.001' },
    { project: 'NO-SUCH' },
    { kind: 'personnel', project: e[0].project ?? 'X' },
  ];
  for (const o of odd) e.splice(Math.floor(next() * e.length), 0, { ...pick(e), ...o });
  draft.carryForward = draft.units
    .slice(0, 4)
    .map((u, i) => ({ unit: u.code, source: i % 2 ? 'gpb' : 'unit', amount: `${1000 + i}.50` }));
  const projects = draft.projects.slice(0, 12);
  draft.procurement = projects.map((p, i) => ({
    unit: p.unit,
    project: i % 5 === 4 ? null : p.code,
    item: `采购${i}`,
    kind: (['goods', 'works', 'services'] as const)[i % 3],
    amount: i === 7 ? '99999999.00' : `${(i + 1) * 1234}.56`,
  }));
  draft.income.push({ unit: draft.units[1].code, source: 'gpb', carryover: true, amount: '5000.00' });
  return draft;
}

describe('a full derivation equals adding the lines one by one', () => {
  for (const layoutId of ['national', 'zhejiang']) {
    it(`舟山 fixture (${layoutId})`, () => {
      const resources = testResources();
      const draft = zhoushanDraft();
      const env = { catalogs: resources.catalogs.forYear(draft.year), layout: resources.layouts.get(layoutId)! };
      const full = new BudgetEngine(draft, env);
      expect(full.tables().length).toBeGreaterThan(5);
      expectSame(full, lineByLine(draft, env));
    });

    it(`synthetic department with duplicates, odd codes and bad amounts (${layoutId})`, () => {
      const resources = testResources();
      const draft = awkwardDraft();
      const env = { catalogs: resources.catalogs.forYear(2025), layout: resources.layouts.get(layoutId)! };
      const full = new BudgetEngine(draft, env);
      const rules = new Set(full.findings().map((f) => f.rule));
      // The draft exercises the paths it is meant to (findings of several kinds, not a clean run).
      for (const r of ['R-DUP', 'R-AMOUNT', 'R-CODE-FN', 'R-CODE-ECON', 'R-PROJECT', 'R-BAL-UNIT'])
        expect(rules).toContain(r);
      expectSame(full, lineByLine(draft, env));
    });
  }
});
