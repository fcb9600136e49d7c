import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { balanceRounding, balanceTable, sumDifferences } from '../../../src-core/domain/tables/balance-rounding';
import type { DerivedRow, DerivedTable } from '../../../src-core/domain/tables/derived';
import { syntheticDraft } from '../../bench/synthetic';
import { engineFor, testResources, zhoushanDraft } from '../fixture-resources';

/** 舍位平衡 (balance rounding): displayed parts adjusted so that every displayed total adds up. */
const drafts = {
  '舟山 2022': zhoushanDraft(),
  'synthetic 5 units / 500 lines': syntheticDraft(testResources().catalogs.forYear(2025), { units: 5, lines: 500 }),
};

/** Cells that are totals of nothing above them: rows no other row sums × columns no column sums. */
function grandTotals(t: DerivedTable): [DerivedRow, string][] {
  const out: [DerivedRow, string][] = [];
  for (const section of new Set(t.rows.map((r) => r.section))) {
    const rows = t.rows.filter((r) => r.section === section);
    const cols = t.columns.filter((c) => c.section === section);
    const partRows = new Set(rows.flatMap((r) => r.parts ?? []));
    const partCols = new Set(cols.flatMap((c) => c.sumOf ?? []));
    for (const r of rows)
      if (!partRows.has(r.key))
        for (const c of cols) if (!partCols.has(c.key) && r.values[c.key] !== undefined) out.push([r, c.key]);
  }
  return out;
}

for (const [name, draft] of Object.entries(drafts)) {
  for (const layout of ['national', 'zhejiang']) {
    describe(`${name}, ${layout}`, () => {
      const engine = engineFor(draft, layout);
      const tables = engine.tables();
      const snapshot = JSON.stringify(tables);
      const balanced = balanceRounding(tables);

      it('no displayed total differs from the sum of its displayed parts, in any table', () => {
        for (const t of balanced) expect(sumDifferences(t), t.id).toEqual([]);
        if (name.startsWith('synthetic')) expect(tables.some((t) => sumDifferences(t).length > 0)).toBe(true);
      });

      it('the grand totals are unchanged', () => {
        balanced.forEach((t, i) => {
          for (const [row, col] of grandTotals(t)) {
            const before = tables[i].rows.find((r) => r.key === row.key && r.section === row.section)!;
            expect(`${t.id}/${row.key}/${col}=${row.values[col]}`).toBe(
              `${t.id}/${row.key}/${col}=${before.values[col]}`,
            );
          }
        });
      });

      it('each adjusted cell differs from its rounded value by at most 0.02, and from its exact value by less than 0.03', () => {
        balanced.forEach((t, i) =>
          t.rows.forEach((row, j) => {
            for (const [k, v] of Object.entries(row.values)) {
              expect(
                new Decimal(v).minus(tables[i].rows[j].values[k]).abs().toNumber(),
                `${t.id}/${row.key}/${k}`,
              ).toBeLessThanOrEqual(0.02);
              expect(new Decimal(v).minus(row.exact[k]).abs().lt(0.03)).toBe(true);
            }
          }),
        );
      });

      it('neither the tables given nor the draft change', () => {
        expect(JSON.stringify(tables)).toBe(snapshot);
        expect(engine.tables()).toEqual(tables);
        expect(balanced.map((t) => t.rows.map((r) => r.exact))).toEqual(tables.map((t) => t.rows.map((r) => r.exact)));
      });
    });
  }
}

describe('舟山 T06: the 303 row becomes consistent', () => {
  const t06 = engineFor(zhoushanDraft(), 'zhejiang').table('T06')!;
  const value = (t: DerivedTable, key: string) => t.rows.find((r) => r.key === key)!.values.total;

  it('before: 303 shows 103.80 over parts adding up to 103.81 (the published 尾差)', () => {
    expect(value(t06, 'econ:303')).toBe('103.80');
    expect(sumDifferences(t06)).toContainEqual(
      expect.objectContaining({ row: 'econ:303', column: 'total', shown: '103.80', partsSum: '103.81' }),
    );
  });

  it('after: one part gives up 0.01, 303 and 合计 keep their published values', () => {
    const b = balanceTable(t06);
    expect(sumDifferences(b)).toEqual([]);
    expect(value(b, 'econ:303')).toBe('103.80');
    expect(value(b, 'total')).toBe('2291.60');
    const parts = ['econ:30301', 'econ:30307', 'econ:30399'];
    const sum = parts.reduce((s, k) => s.plus(value(b, k)), new Decimal(0));
    expect(sum.toFixed(2)).toBe('103.80');
    expect(parts.filter((k) => value(b, k) !== value(t06, k))).toHaveLength(1);
  });
});

/** A one-section table: `total` = a + b + c in one column. */
function small(exact: Record<string, string>): DerivedTable {
  const row = (key: string, parts?: string[]): DerivedRow => ({
    key,
    code: '',
    name: key,
    level: parts ? 0 : 1,
    section: 'main',
    printed: true,
    values: { amount: new Decimal(exact[key]).toFixed(2) },
    exact: { amount: exact[key] },
    ...(parts ? { parts } : {}),
  });
  return {
    id: 'TX',
    variant: 'default',
    title: 't',
    number: '',
    unit: 'wanyuan',
    labelColumns: [{ key: 'name', title: '项目' }],
    columns: [{ key: 'amount', title: '金额', section: 'main', printed: true }],
    rows: [
      row('total', ['a', 'b', 'c']),
      ...Object.keys(exact)
        .filter((k) => k !== 'total')
        .map((k) => row(k)),
    ],
    notes: [],
    empty: false,
    columnNumbers: false,
  };
}
const amounts = (t: DerivedTable) => Object.fromEntries(t.rows.map((r) => [r.key, r.values.amount]));

describe('the method on small tables', () => {
  it('a total printed nowhere and part of nothing does not pull its printed parts (公开06表 的合计)', () => {
    const exact = { total: '3.010', a: '1.0040', b: '1.0020', c: '1.0040' };
    const hidden = small(exact);
    hidden.rows[0] = { ...hidden.rows[0], printed: false };
    const t = balanceTable(hidden);
    // The parts keep their own rounding (1.00 each); printed, the total takes 0.01 from one of them.
    expect(amounts(t)).toEqual({ total: '3.01', a: '1.00', b: '1.00', c: '1.00' });
    expect(sumDifferences(t)).toEqual([]);
    expect(amounts(balanceTable(small(exact))).total).toBe('3.01');
    expect(Object.values(amounts(balanceTable(small(exact)))).filter((v) => v === '1.01')).toHaveLength(1);
  });

  it('largest remainder: the part closest to rounding up takes the missing 0.01', () => {
    const t = balanceTable(small({ total: '3.010', a: '1.0040', b: '1.0020', c: '1.0040' }));
    expect(amounts(t).total).toBe('3.01');
    expect([amounts(t).a, amounts(t).b, amounts(t).c].sort()).toEqual(['1.00', '1.00', '1.01']);
    expect(amounts(t).b).toBe('1.00');
  });

  it('a surplus is taken from the part that was rounded up the least', () => {
    const t = balanceTable(small({ total: '1.50', a: '0.5049', b: '0.4951', c: '0.50' }));
    // Rounded: 0.50 + 0.50 + 0.50 = 1.50 already; nothing moves.
    expect(amounts(t)).toEqual({ total: '1.50', a: '0.50', b: '0.50', c: '0.50' });
    const u = balanceTable(small({ total: '0.014', a: '0.005', b: '0.0045', c: '0.0045' }));
    expect(amounts(u)).toEqual({ total: '0.01', a: '0.01', b: '0.00', c: '0.00' });
  });

  it('negative parts round half away from zero and still add up', () => {
    const t = balanceTable(small({ total: '0.999', a: '-1.005', b: '2.004', c: '0' }));
    expect(sumDifferences(t)).toEqual([]);
    expect(amounts(t).total).toBe('1.00');
  });

  it('a total that is not exactly its listed parts keeps its value (a hidden residual part)', () => {
    const t = balanceTable(small({ total: '3.005', a: '1.00', b: '1.00', c: '0' }));
    expect(amounts(t)).toEqual({ total: '3.01', a: '1.00', b: '1.00', c: '0.00' });
  });

  it('a table that already adds up (every table in 元: exact to the 分) is returned as it is', () => {
    const t = { ...small({ total: '3.00', a: '1.00', b: '1.50', c: '0.50' }), unit: 'yuan' as const };
    expect(balanceTable(t)).toBe(t);
    const yuan = engineFor({ ...zhoushanDraft(), publishUnit: 'yuan' }, 'zhejiang').tables();
    balanceRounding(yuan).forEach((b, i) => expect(b).toBe(yuan[i]));
  });
});

describe('balanceRounding and the 尾数 note', () => {
  it('drops the 尾数 note from a table it balanced', () => {
    const tables = engineFor(zhoushanDraft(), 'zhejiang').tables();
    const t06 = tables.find((t) => t.id === 'T06')!;
    expect(t06.notes.join('')).toContain('尾数误差');
    const balanced = balanceRounding(tables).find((t) => t.id === 'T06')!;
    expect(balanced.notes.join('')).not.toContain('尾数误差');
  });
});
