import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { balanceRounding } from '../../../src-core/domain/tables/balance-rounding';
import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import type { SheetPlan } from '../../../src-core/export/xlsx/workbook-writer';
import { syntheticDraft } from '../../bench/synthetic';
import { testResources, zhoushanDraft } from '../fixture-resources';
import { cellAt, exportDraft, type Exported } from './workbook-helpers';

/**
 * Acceptance: with 舍位平衡 on, no displayed total differs from the sum of its displayed parts in
 * any sheet. Every printed cell is read from the workbook; a part the layout does not print (T04
 * 上年结转 in Zhejiang) is taken from the balanced table. Every row relation (DerivedRow.parts) and
 * column relation (DerivedColumn.sumOf) whose total is printed is checked.
 */
function unbalanced(ex: Exported): string[] {
  const tables = balanceRounding(ex.tables);
  return ex.plans.flatMap((plan, i) => relations(plan, tables[i], ex));
}

function relations(plan: SheetPlan, table: DerivedTable, ex: Exported): string[] {
  const ws = ex.workbook.getWorksheet(plan.name)!;
  const l = plan.layout;
  const rows = new Map(table.rows.map((r) => [`${r.section}|${r.key}`, r]));
  const printedCols = new Set(table.columns.filter((c) => c.printed).map((c) => `${c.section}|${c.key}`));
  /** The displayed value of a cell: read from the sheet when printed. */
  const shown = (section: string, rowKey: string, col: string): Decimal | undefined => {
    const row = rows.get(`${section}|${rowKey}`)!;
    if (row.values[col] === undefined) return undefined;
    const r = l.rowIndex.get(`${section}|${rowKey}`);
    if (row.printed && r !== undefined && printedCols.has(`${section}|${col}`)) {
      const v = cellAt(ws, r, l.columnIndex.get(`${section}|${col}`)!).value;
      return new Decimal(typeof v === 'number' ? v : 0);
    }
    return new Decimal(row.values[col]);
  };
  const out: string[] = [];
  const check = (what: string, total: Decimal | undefined, parts: (Decimal | undefined)[]) => {
    if (!total || parts.length === 0 || parts.some((p) => !p)) return;
    const sum = parts.reduce((s: Decimal, p) => s.plus(p!), new Decimal(0));
    if (!sum.eq(total)) out.push(`${plan.name} ${what}: ${total.toFixed(2)} ≠ ${sum.toFixed(2)}`);
  };
  for (const row of table.rows.filter((r) => r.printed)) {
    for (const col of table.columns.filter((c) => c.printed && c.section === row.section)) {
      const total = shown(row.section, row.key, col.key);
      if (row.parts)
        check(
          `${row.key}/${col.key} (rows)`,
          total,
          row.parts.map((p) => shown(row.section, p, col.key)),
        );
      if (col.sumOf)
        check(
          `${row.key}/${col.key} (columns)`,
          total,
          col.sumOf.map((k) => shown(row.section, row.key, k)),
        );
    }
  }
  return out;
}

describe('舍位平衡 in the workbook', () => {
  it('舟山, both layouts: without it the sheet shows the published 尾差 at T06 303; with it none', async () => {
    for (const layout of ['national', 'zhejiang']) {
      const plain = await exportDraft(zhoushanDraft(), layout);
      const plainDiffs = plain.plans.flatMap((p, i) => relations(p, plain.tables[i], plain));
      expect(plainDiffs).toEqual([
        expect.stringMatching(/econ:303\/total \(rows\): 103\.80 ≠ 103\.81/),
        expect.stringMatching(/econ:303\/personnel \(rows\)/),
      ]);
      const balanced = await exportDraft(zhoushanDraft(), layout, { balanceRounding: true });
      expect(unbalanced(balanced)).toEqual([]);
      const t06 = balanced.plans.find((p) => p.table.id === 'T06')!;
      const ws = balanced.workbook.getWorksheet(t06.name)!;
      const at = (key: string) =>
        cellAt(ws, t06.layout.rowIndex.get(`main|${key}`)!, t06.layout.columnIndex.get('main|total')!).value;
      expect(at('econ:303')).toBe(103.8);
      expect(at('total')).toBe(2291.6);
      expect(
        new Decimal(at('econ:30301') as number)
          .plus(at('econ:30307') as number)
          .plus(at('econ:30399') as number)
          .toFixed(2),
      ).toBe('103.80');
    }
  });

  it('synthetic department (5 units, 500 lines), both layouts: every displayed total adds up', async () => {
    const draft = syntheticDraft(testResources().catalogs.forYear(2025), { units: 5, lines: 500 });
    for (const layout of ['national', 'zhejiang']) {
      const plain = await exportDraft(draft, layout);
      expect(plain.plans.flatMap((p, i) => relations(p, plain.tables[i], plain)).length).toBeGreaterThan(10);
      expect(unbalanced(await exportDraft(draft, layout, { balanceRounding: true }))).toEqual([]);
    }
  });

  it('the cover says the amounts are balanced', async () => {
    const ex = await exportDraft(zhoushanDraft(), 'zhejiang', { balanceRounding: true });
    const cover = ex.workbook.worksheets[0];
    const texts: string[] = [];
    cover.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    expect(texts.join('')).toContain('舍位平衡');
  });
});
