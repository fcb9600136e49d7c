import { describe, expect, it } from 'vitest';
import { budgetFunctionFigures } from '../../../src-core/domain/final/final-facts';
import { validateFinalLayout, type FinalLayout } from '../../../src-core/domain/final/layout';
import { chineseOrdinal, lineNumbers } from '../../../src-core/domain/final/line-numbers';
import { FINAL_TABLE_IDS, FINAL_TABLE_SPECS } from '../../../src-core/domain/final/tables';
import type { DerivedRow } from '../../../src-core/domain/tables/derived';
import { finalLayouts } from './helpers';

describe('决算 layouts and table definitions (meta)', () => {
  it('final-national is valid and prints F01–F09 as 公开01表 … 公开09表, each with its 注', () => {
    const layout = finalLayouts().get('final-national')!;
    expect(validateFinalLayout(layout)).toEqual([]);
    expect(layout.tables.map((t) => t.table)).toEqual([...FINAL_TABLE_IDS]);
    expect(layout.tables.map((t) => t.number)).toEqual(FINAL_TABLE_IDS.map((_, i) => `公开0${i + 1}表`));
    for (const t of layout.tables) expect(t.notes?.[0]).toMatch(/^注：/);
  });

  it('a layout naming an unknown table, column or row, or of the wrong stage, is reported', () => {
    const bad = {
      id: 'x',
      name: 'x',
      stage: 'budget',
      tables: [
        { table: 'T01', title: 'a' },
        { table: 'F05', title: 'b', hideColumns: ['nope'] },
        { table: 'F01', title: 'c', rowNames: { 'in:nope': '无' } },
      ],
    } as unknown as FinalLayout;
    const problems = validateFinalLayout(bad);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('nope');
  });

  it('every definition: unique column keys per section, sums that name existing columns and rows', () => {
    for (const spec of FINAL_TABLE_SPECS) {
      for (const section of spec.sections) {
        const keys = section.columns.map((c) => c.key);
        expect(new Set(keys).size, `${spec.id}/${section.id}`).toBe(keys.length);
        for (const c of section.columns) for (const p of c.sumOf ?? []) expect(keys).toContain(p);
        const fixed = section.rows.flatMap((r) => (r.type === 'fixed' ? [r.key] : []));
        for (const r of section.rows)
          if (r.type === 'fixed') for (const p of r.sumOf ?? []) if (p !== '@top') expect(fixed).toContain(p);
      }
    }
  });
});

describe('pieces of the 决算 forms', () => {
  it('chinese ordinals up to the 26 类 of 公开01表', () => {
    expect([1, 9, 10, 11, 20, 26].map(chineseOrdinal)).toEqual(['一', '九', '十', '十一', '二十', '二十六']);
  });

  it('行次: sides padded to the longer body so that the totals face each other', () => {
    const row = (key: string, section: string, level: number) => ({ key, section, level }) as DerivedRow;
    const n = lineNumbers([
      row('a', 'in', 1),
      row('in:total', 'in', 0),
      row('x', 'out', 1),
      row('y', 'out', 1),
      row('z', 'out', 1),
      row('out:total', 'out', 0),
    ]);
    expect(n).toEqual({ a: 1, 'in:total': 4, x: 5, y: 6, z: 7, 'out:total': 8 });
  });

  it('budget fn figures: a code whose descendants are given is their sum, not a figure of its own', () => {
    expect(
      budgetFunctionFigures(
        { initial: { 'fn:201': '10', 'fn:20137': '10', 'fn:2013750': '8', 'fn:2013701': '2', 'fn:205': '3', x: '1' } },
        'initial',
      ),
    ).toEqual([
      { code: '2013701', amount: '2' },
      { code: '2013750', amount: '8' },
      { code: '205', amount: '3' },
    ]);
  });
});
