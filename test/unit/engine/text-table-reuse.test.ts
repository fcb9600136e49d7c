import { describe, expect, it } from 'vitest';
import { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import { engineFor, zhoushanDraft } from '../fixture-resources';

const fresh = (e: BudgetEngine) => new BudgetEngine(e.draft, { catalogs: e.catalogs, layout: e.layout }).table('T11')!;

describe('T11 keeps the rows of unchanged projects (text-table.ts ProjectBlocks)', () => {
  it('after a line, a project or a unit changes, T11 equals a fresh build; untouched projects keep their row objects', () => {
    const engine = engineFor(zhoushanDraft(), 'national');
    const before = engine.table('T11')!;
    expect(before.rows.length).toBeGreaterThan(2);

    // An amount of one project's line: that project's row is new, the others are the same objects.
    const id = engine.lineIds('expense').find((i) => engine.line('expense', i)!.project)!;
    const line = engine.line('expense', id)!;
    engine.setLine('expense', id, { ...line, amount: '12345.00' });
    const afterLine = engine.table('T11')!;
    expect(afterLine).toEqual(fresh(engine));
    const changedKey = `project:${line.project}`;
    for (const row of afterLine.rows) {
      const old = before.rows.find((r) => r.key === row.key)!;
      if (row.key.startsWith(changedKey)) continue;
      expect(row, row.key).toBe(old);
    }
    expect(afterLine.rows.find((r) => r.key === changedKey)).not.toBe(before.rows.find((r) => r.key === changedKey));

    // An indicator edited (the project object is replaced): its block is rebuilt.
    const projects = engine.head.projects.map((p, i) =>
      i === 0 ? { ...p, indicators: p.indicators.map((ind, j) => (j === 0 ? { ...ind, value: '99' } : ind)) } : p,
    );
    engine.setPart('projects', projects);
    expect(engine.table('T11')).toEqual(fresh(engine));

    // A unit renamed: every project of it shows the new name.
    const units = engine.head.units.map((u, i) => (i === 0 ? { ...u, name: `${u.name}（改名）` } : u));
    engine.setPart('units', units);
    const renamed = engine.table('T11')!;
    expect(renamed).toEqual(fresh(engine));
    expect(renamed.rows.some((r) => r.text?.unitName?.endsWith('（改名）'))).toBe(true);
  });
});
