import { describe, expect, it } from 'vitest';
import { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { rng, syntheticDraft } from '../../bench/synthetic';
import { engineFor, testResources, zhoushanDraft } from '../fixture-resources';

/** Tables and findings of an engine, comparable with those of an engine built from scratch. */
function snapshot(e: BudgetEngine) {
  const strip = (f: ReturnType<BudgetEngine['findings']>[number]) =>
    `${f.rule}|${JSON.stringify(f.target)}|${f.message}`;
  return { tables: e.tables(), findings: e.findings().map(strip).sort(), status: e.status() };
}

/** Ids of lines added later differ from load-time ids; compare findings by content with ids normalised. */
function rebuilt(e: BudgetEngine, layout: string): BudgetEngine {
  return engineFor(e.draft, layout);
}

describe('incremental updates equal a derivation from scratch', () => {
  for (const layout of ['zhejiang', 'national']) {
    it(`random edits of the 舟山 fixture (${layout})`, () => {
      const next = rng(99);
      const engine = engineFor(zhoushanDraft(), layout);
      const codes = ['2010301', '2010302', '2080505', '2101101', '2210201', '2013101', '2050101'];
      const econ = ['30101', '30108', '30201', '30217', '30231', '30212', '31013', '30301', '39999', '30299'];
      for (let step = 0; step < 120; step++) {
        const ids = engine.lineIds('expense');
        const op = next();
        if (op < 0.6 && ids.length > 0) {
          const id = ids[Math.floor(next() * ids.length)];
          const line = engine.line('expense', id)!;
          const changed: ExpenseLine =
            next() < 0.5
              ? { ...line, amount: (Math.floor(next() * 1e7) / 100).toFixed(2) }
              : {
                  ...line,
                  function: codes[Math.floor(next() * codes.length)],
                  economic: econ[Math.floor(next() * econ.length)],
                };
          engine.setLine('expense', id, changed);
        } else if (op < 0.8) {
          const base = engine.line('expense', ids[Math.floor(next() * ids.length)])!;
          engine.addLine(
            'expense',
            { ...base, amount: (Math.floor(next() * 1e6) / 100).toFixed(2) },
            next() < 0.5 ? ids[0] : undefined,
          );
        } else if (ids.length > 1) {
          engine.removeLine('expense', ids[Math.floor(next() * ids.length)]);
        }
        if (step % 20 === 19) {
          const a = snapshot(engine);
          const b = snapshot(rebuilt(engine, layout));
          expect(a.status).toEqual(b.status);
          expect(a.tables).toEqual(b.tables);
          // Line ids differ (added lines vs. positions); compare rule + message shapes without ids.
          const noIds = (xs: string[]) => xs.map((x) => x.replace(/expenses\[\d+\]|expense#\d+/g, 'L')).sort();
          expect(noIds(a.findings)).toEqual(noIds(b.findings));
        }
      }
    });
  }

  it('a synthetic multi-unit department: unit blocks, R-ROUND and duplicates stay consistent', () => {
    const resources = testResources();
    const catalogs = resources.catalogs.forYear(2025);
    const draft = syntheticDraft(catalogs, { units: 6, lines: 600, seed: 3 });
    const layout = resources.layouts.get('zhejiang')!;
    const engine = new BudgetEngine(draft, { catalogs, layout });
    const next = rng(5);
    for (let step = 0; step < 200; step++) {
      const ids = engine.lineIds('expense');
      const id = ids[Math.floor(next() * ids.length)];
      const line = engine.line('expense', id)!;
      if (next() < 0.3)
        engine.addLine('expense', { ...line }); // an exact duplicate
      else engine.setLine('expense', id, { ...line, amount: (Math.floor(next() * 1e6) / 100).toFixed(2) });
    }
    const fresh = new BudgetEngine(engine.draft, { catalogs, layout });
    expect(engine.status()).toEqual(fresh.status());
    expect(engine.tables()).toEqual(fresh.tables());
    expect(engine.findings().filter((f) => f.rule === 'R-DUP').length).toBe(
      fresh.findings().filter((f) => f.rule === 'R-DUP').length,
    );
    expect(engine.findings().filter((f) => f.rule === 'R-DUP').length).toBeGreaterThan(10);
  });
});

describe('caller-given line ids (the editor names lines by their database ids)', () => {
  it('findings, lineIds and edits use the given ids', () => {
    const draft = zhoushanDraft();
    draft.expenses[4].economic = '38888';
    const ids = draft.expenses.map((_, i) => `db-${i}`);
    const resources = testResources();
    const engine = new BudgetEngine(draft, {
      catalogs: resources.catalogs.forYear(2022),
      layout: resources.layouts.get('zhejiang')!,
      lineIds: { expense: ids },
    });
    expect(engine.lineIds('expense')).toEqual(ids);
    expect(engine.findings().find((f) => f.rule === 'R-CODE-ECON')!.target).toEqual({
      line: 'db-4',
      field: 'economic',
    });
    engine.setLine('expense', 'db-4', { ...engine.line('expense', 'db-4')!, economic: '30108' });
    expect(engine.findings().some((f) => f.rule === 'R-CODE-ECON')).toBe(false);
    const added = engine.addLine('expense', { ...engine.line('expense', 'db-0')! }, 'db-1', 'db-new');
    expect(added).toBe('db-new');
    expect(engine.lineIds('expense').slice(0, 3)).toEqual(['db-0', 'db-new', 'db-1']);
    expect(() => engine.addLine('expense', { ...engine.line('expense', 'db-0')! }, undefined, 'db-0')).toThrow();
    engine.removeLine('expense', 'db-new');
    expect(engine.line('expense', 'db-new')).toBeUndefined();
  });
});
