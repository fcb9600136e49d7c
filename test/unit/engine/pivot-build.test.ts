import { describe, expect, it } from 'vitest';
import { emptyFact, type Fact } from '../../../src-core/domain/engine/facts';
import { PairMap } from '../../../src-core/domain/engine/pair-map';
import { Pivot } from '../../../src-core/domain/engine/pivot';
import type { ColumnSpec, TableSpec } from '../../../src-core/domain/tables/spec';
import { rng } from '../../support/rng';

const columns: ColumnSpec[] = [
  { key: 'amount', title: '金额' },
  { key: 'basic', title: '基本', filter: { kind: ['personnel', 'public'] } },
  { key: 'gpb', title: '一般公共预算', filter: { source: ['gpb'], carryover: false } },
  { key: 'count', title: '行数' },
];

/** Every kind of grouping, fixed rows with filters, and one section whose groups share a prefix. */
const SPEC: TableSpec = {
  id: 'X',
  variant: 'default',
  title: '测试',
  labelColumns: [],
  sections: [
    {
      id: 'fn',
      filter: { stream: 'expense' },
      columns,
      rows: [
        { type: 'fixed', key: 'total', name: '合计', sumOf: ['@top'] },
        { type: 'fixed', key: 'personnel', name: '人员', filter: { kind: ['personnel'] } },
        { type: 'group', by: 'function', prefix: 'fn:', levels: [3, 5, 7] },
      ],
    },
    {
      id: 'econ',
      filter: { stream: 'expense' },
      columns,
      rows: [{ type: 'group', by: 'economic', prefix: 'econ:', levels: [3, 5] }],
    },
    { id: 'unit', filter: {}, columns, rows: [{ type: 'group', by: 'unit', prefix: 'unit:' }] },
    {
      id: 'project',
      filter: { stream: 'expense', kind: ['project'] },
      columns,
      rows: [{ type: 'group', by: 'project', prefix: 'project:' }],
    },
    {
      id: 'unitFn',
      filter: { stream: 'expense' },
      columns,
      rows: [{ type: 'group', by: 'unitFunction', prefix: 'unit:', levels: [3, 5, 7] }],
    },
    {
      // Two groupings whose row keys collide: this section cannot roll its rows up after a build.
      id: 'shared',
      filter: { stream: 'expense' },
      columns,
      rows: [
        { type: 'group', by: 'function', prefix: 'f:', levels: [3, 5, 7] },
        { type: 'group', by: 'function', prefix: 'f:', levels: [3, 7], filter: { source: ['gpb'] } },
      ],
    },
  ],
};

function facts(n: number): Fact[] {
  const next = rng(31);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const out: Fact[] = [];
  for (let i = 0; i < n; i++) {
    const f = emptyFact();
    f.stream = next() < 0.85 ? 'expense' : 'income';
    f.unit = pick(['901', '902', '903']);
    f.unitType = f.unit === '901' ? 'admin' : 'institution';
    f.source = pick(['gpb', 'gpb', 'gf', 'unit']);
    f.carryover = next() < 0.1;
    if (f.stream === 'expense') {
      f.function = pick(['2010101', '2010102', '2010350', '2050101', '20501', '2010', '20', '2080505']);
      f.economic = pick(['30101', '30201', '30299', '31002', '302', '3020101']);
      f.kind = pick(['personnel', 'public', 'project']);
      f.project = f.kind === 'project' ? pick(['P1', 'P2', 'P3', 'P4']) : '';
    }
    f.cents = Math.floor(next() * 1e9) - (next() < 0.05 ? 2e9 : 0);
    out.push(f);
  }
  return out;
}

/** Cells of every row, by section and row key. */
function cells(p: Pivot) {
  const out: Record<string, Record<string, { cells: number[]; parent: string | null; children: string[] }>> = {};
  for (const s of p.tables[0].sections) {
    out[s.spec.id] = {};
    for (const r of [...s.fixedRows, ...s.groupRows.values()]) {
      out[s.spec.id][r.key] = {
        cells: [...r.cells],
        parent: r.parent?.key ?? null,
        children: r.children.map((c) => c.key).sort(),
      };
    }
  }
  return out;
}

describe('Pivot full build', () => {
  it('equals applying the facts one by one, for every kind of grouping', () => {
    const fs = facts(3000);
    const built = new Pivot([SPEC], 'wanyuan');
    built.beginBuild();
    for (const f of fs) built.apply(f, 1, null);
    built.endBuild();
    const one = new Pivot([SPEC], 'wanyuan');
    for (const f of fs) one.apply(f, 1, []);
    expect(built.tables[0].section('shared')!.rollsUp).toBe(false);
    expect(built.tables[0].section('fn')!.rollsUp).toBe(true);
    expect(cells(built)).toEqual(cells(one));
    // Row creation order is the same too (it orders findings and rule keys).
    for (const s of built.tables[0].sections) {
      expect([...s.groupRows.keys()]).toEqual([...one.tables[0].section(s.spec.id)!.groupRows.keys()]);
    }
    const total = built.tables[0].section('fn')!.fixedByKey.get('total')!;
    expect(total.cells[3]).toBe(fs.filter((f) => f.stream === 'expense').length);
  });

  it('keeps working incrementally after a build', () => {
    const fs = facts(500);
    const built = new Pivot([SPEC], 'wanyuan');
    built.beginBuild();
    for (const f of fs.slice(0, 400)) built.apply(f, 1, null);
    built.endBuild();
    for (const f of fs.slice(400)) built.apply(f, 1, []);
    for (const f of fs.slice(0, 100)) built.apply(f, -1, []);
    const one = new Pivot([SPEC], 'wanyuan');
    for (const f of fs.slice(100)) one.apply(f, 1, []);
    const strip = (c: ReturnType<typeof cells>) =>
      Object.fromEntries(
        Object.entries(c).map(([s, rows]) => [
          s,
          Object.fromEntries(Object.entries(rows).filter(([, r]) => r.cells.some((x) => x !== 0))),
        ]),
      );
    expect(strip(cells(built))).toEqual(strip(cells(one)));
  });

  it('refuses to start a build over facts already applied', () => {
    const p = new Pivot([SPEC], 'wanyuan');
    p.apply(facts(1)[0], 1, []);
    expect(() => p.beginBuild()).toThrow();
  });
});

describe('PairMap', () => {
  it('numbers pairs densely in order of first sight, across growth', () => {
    const m = new PairMap(2);
    const ref = new Map<string, number>();
    const next = rng(3);
    for (let i = 0; i < 20000; i++) {
      const a = Math.floor(next() * 300);
      const b = Math.floor(next() * 300);
      const k = `${a},${b}`;
      if (!ref.has(k)) ref.set(k, ref.size);
      const id = m.id(a, b);
      if (id !== ref.get(k)) throw new Error(`pair ${k}: ${id} ≠ ${ref.get(k)}`);
    }
    expect(m.size).toBe(ref.size);
    expect(m.id(0x7fffffff, 0)).toBe(ref.size);
    expect(m.id(0, 0x7fffffff)).toBe(ref.size + 1);
  });
});
