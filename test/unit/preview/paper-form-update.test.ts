import { describe, expect, it } from 'vitest';
import { paperForm } from '../../../src-renderer/features/tables/paper-grid';
import { updatePaperForm } from '../../../src-renderer/features/tables/paper-form-update';
import { rng, syntheticDraft } from '../../bench/synthetic';
import { engineFor, testResources, zhoushanDraft } from '../fixture-resources';

describe('the preview form made from the last one (paper-form-update.ts)', () => {
  it('equals a form made afresh after every edit, for every table', () => {
    const catalogs = testResources().catalogs.forYear(2025);
    const engine = engineFor(syntheticDraft(catalogs, { units: 3, lines: 300, seed: 3 }), 'national');
    const made = new Map(engine.tables().map((t) => [t.id, updatePaperForm(null, t)]));
    const next = rng(4);
    for (let step = 0; step < 25; step++) {
      const ids = engine.lineIds('expense');
      const id = ids[Math.floor(next() * ids.length)];
      const line = engine.line('expense', id)!;
      engine.setLine('expense', id, { ...line, amount: (Math.floor(next() * 1e6) / 100).toFixed(2) });
      for (const table of engine.tables()) {
        const m = updatePaperForm(made.get(table.id)!, table);
        made.set(table.id, m);
        const expected = paperForm(table);
        expect(m.form.lines, `${table.id} step ${step}`).toEqual(expected.lines);
        expect(m.form.shape).toBe(expected.shape);
        expect(m.form.sides.map((s) => s.labelKinds)).toEqual(expected.sides.map((s) => s.labelKinds));
        expect(m.form.sides.map((s) => s.rows)).toEqual(expected.sides.map((s) => s.rows));
      }
    }
  });

  it('keeps the line arrays of unchanged rows, so the screen skips them by identity', () => {
    const engine = engineFor(zhoushanDraft(), 'national');
    const first = updatePaperForm(null, engine.table('T11')!);
    const id = engine.lineIds('expense').find((i) => engine.line('expense', i)!.project)!;
    const line = engine.line('expense', id)!;
    engine.setLine('expense', id, { ...line, amount: '4321.00' });
    const second = updatePaperForm(first, engine.table('T11')!);
    let same = 0;
    second.form.lines.forEach((l, i) => {
      if (l === first.form.lines[i]) same++;
    });
    expect(second.form.lines.length).toBe(first.form.lines.length);
    expect(same).toBe(second.form.lines.length - 1);
    expect(second.form.lines.find((l) => l[0]?.key === `project:${line.project}`)?.[0]?.values.total).not.toBe(
      first.form.lines.find((l) => l[0]?.key === `project:${line.project}`)?.[0]?.values.total,
    );
  });
});
