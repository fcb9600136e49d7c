import { describe, expect, it } from 'vitest';
import type { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { rng, syntheticDraft } from '../../bench/synthetic';
import { engineFor, testResources } from '../fixture-resources';

/**
 * Published rows are kept between materializations (materialize.ts keptRow, text-table.ts
 * TextTableMemo): tables asked for after every single edit must still equal a fresh derivation,
 * whatever the edit — amounts, codes, projects moved, lines added and removed, projects and units
 * renamed — and rows nothing touched must be the same objects.
 */
const fresh = (e: BudgetEngine, layout: string) => engineFor(e.draft, layout).tables();

describe('kept published rows', () => {
  for (const layout of ['national', 'zhejiang']) {
    it(`tables after every edit equal a fresh derivation (${layout})`, () => {
      const catalogs = testResources().catalogs.forYear(2025);
      const engine = engineFor(syntheticDraft(catalogs, { units: 4, lines: 400, seed: 5 }), layout);
      const next = rng(17);
      const projects = engine.head.projects.map((p) => p.code);
      const fns = catalogs.function
        .level(3)
        .map((e) => e.code)
        .slice(0, 40);
      for (let step = 0; step < 45; step++) {
        const ids = engine.lineIds('expense');
        const id = ids[Math.floor(next() * ids.length)];
        const line = engine.line('expense', id)!;
        const op = next();
        if (op < 0.35) engine.setLine('expense', id, { ...line, amount: (Math.floor(next() * 1e7) / 100).toFixed(2) });
        else if (op < 0.5) engine.setLine('expense', id, { ...line, function: fns[Math.floor(next() * fns.length)] });
        else if (op < 0.65) {
          const project = projects[Math.floor(next() * projects.length)];
          const moved: ExpenseLine = { ...line, kind: 'project', project };
          engine.setLine('expense', id, moved);
        } else if (op < 0.75) engine.addLine('expense', { ...line, amount: '1.00' });
        else if (op < 0.85 && ids.length > 1) engine.removeLine('expense', id);
        else if (op < 0.93)
          engine.setPart(
            'projects',
            engine.head.projects.map((p, i) =>
              i === step % engine.head.projects.length ? { ...p, name: `${p.name}改` } : p,
            ),
          );
        else
          engine.setPart(
            'units',
            engine.head.units.map((u, i) =>
              i === step % engine.head.units.length ? { ...u, name: `${u.name}改` } : u,
            ),
          );
        expect(engine.tables(), `step ${step}`).toEqual(fresh(engine, layout));
      }
    });
  }

  it('an amount edit keeps the row objects of every group it does not touch', () => {
    const catalogs = testResources().catalogs.forYear(2025);
    const engine = engineFor(syntheticDraft(catalogs, { units: 3, lines: 300, seed: 9 }), 'national');
    const before = new Map(engine.tables().map((t) => [t.id, t]));
    const again = engine.tables();
    for (const t of again) if (t.id === 'T11') expect(t).toBe(before.get(t.id));
    const id = engine.lineIds('expense').find((i) => engine.line('expense', i)!.project)!;
    const line = engine.line('expense', id)!;
    engine.setLine('expense', id, { ...line, amount: (Number(line.amount) + 1).toFixed(2) });
    const t10 = engine.table('T10')!;
    const old = new Map(before.get('T10')!.rows.map((r) => [r.key, r]));
    let kept = 0;
    for (const row of t10.rows) {
      if (row.key === `project:${line.project}`) expect(row).not.toBe(old.get(row.key));
      else if (row === old.get(row.key)) kept++;
    }
    // Every project row but the edited one is the same object (fixed rows are made each time).
    const groupRows = t10.rows.filter((r) => r.key.startsWith('project:')).length;
    expect(kept).toBe(groupRows - 1);
  });
});
