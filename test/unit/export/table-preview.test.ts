import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { tablePreview } from '../../../src-core/export/preview/table-preview';
import { syntheticDraft } from '../../bench/synthetic';
import { engineFor, testResources, zhoushanDraft } from '../fixture-resources';

describe('the export dialog’s preview of the first table', () => {
  it('shows the first printed rows with their printed columns, as the table has them', () => {
    const table = engineFor(zhoushanDraft(), 'zhejiang').tables()[0];
    const p = tablePreview(table, false, 5);
    expect(p.title).toContain(table.title);
    expect(p.rows).toHaveLength(5);
    expect(p.columns.length).toBeGreaterThan(0);
    const first = table.rows.find((r) => r.printed)!;
    expect(p.rows[0].key).toBe(first.key);
    expect(p.rows[0].cells.map((c) => c.value)).toEqual(p.columns.map((c) => first.values[c.key]));
    expect(p.adjustedCells).toBe(0);
    expect(p.rows.flatMap((r) => r.cells).some((c) => c.adjusted)).toBe(false);
  });

  it('with 舍位平衡, marks the cells balancing moved, each by 0.01, and counts them over the table', () => {
    // A synthetic draft with amounts in 元 to the 分: its 万元 tables have 尾差 to balance.
    const draft = syntheticDraft(testResources().catalogs.forYear(2025), { units: 5, lines: 500 });
    const engine = engineFor(draft, 'national');
    const tables = engine.tables();
    const withRounding = tables.find((t) => tablePreview(t, true, 1000).adjustedCells > 0);
    expect(withRounding, 'some table needs balancing').toBeDefined();
    const plain = tablePreview(withRounding!, false, 1000);
    const balanced = tablePreview(withRounding!, true, 1000);
    const moved = balanced.rows.flatMap((r, i) =>
      r.cells.map((c, j) => ({ c, before: plain.rows[i].cells[j].value })).filter((x) => x.c.adjusted),
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const { c, before } of moved) expect(new Decimal(c.value).minus(before).abs().toString()).toBe('0.01');
  });
});
