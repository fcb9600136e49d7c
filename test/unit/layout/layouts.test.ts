import { describe, expect, it } from 'vitest';
import { validateLayout, resolveLayoutTables } from '../../../src-core/domain/engine/resolve-layout';
import { TABLE_IDS, TABLE_SPECS } from '../../../src-core/domain/tables/definitions';
import { testResources, zhoushanDraft } from '../fixture-resources';

describe('layouts and table definitions (meta)', () => {
  const { layouts } = testResources();

  it('ships the national default and the zhejiang layout', () => {
    expect([...layouts.keys()].sort()).toEqual(['national', 'zhejiang']);
  });

  for (const [id, layout] of layouts) {
    it(`${id}: every table, variant, row and column it names exists; it covers T01–T12`, () => {
      expect(validateLayout(layout)).toEqual([]);
      expect(layout.tables.map((t) => t.table).sort()).toEqual([...TABLE_IDS]);
      expect(resolveLayoutTables(layout, zhoushanDraft())).toHaveLength(12);
    });
  }

  it('a layout naming an unknown table, variant or column is reported', () => {
    const bad = {
      id: 'x',
      name: 'x',
      tables: [
        { table: 'T99', title: 'a' },
        { table: 'T06', title: 'b', hideColumns: ['nope'] },
        { table: 'T02', variant: 'sideways', title: 'c' },
      ],
    };
    const problems = validateLayout(bad);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('nope');
  });

  it('every table definition has unique column keys per section, sums that name existing columns, and a 合计 row or group', () => {
    for (const spec of TABLE_SPECS) {
      for (const section of spec.sections) {
        const keys = section.columns.map((c) => c.key);
        expect(new Set(keys).size, `${spec.id}/${spec.variant}/${section.id}`).toBe(keys.length);
        for (const c of section.columns)
          for (const p of c.sumOf ?? []) expect(keys, `${spec.id} ${c.key} sums ${p}`).toContain(p);
        const fixedKeys = section.rows.flatMap((r) => (r.type === 'fixed' ? [r.key] : []));
        for (const r of section.rows) {
          if (r.type === 'fixed') for (const p of r.sumOf ?? []) if (p !== '@top') expect(fixedKeys).toContain(p);
        }
        expect(section.rows.length).toBeGreaterThan(0);
      }
    }
  });
});
