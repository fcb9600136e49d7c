import { describe, expect, it } from 'vitest';
import type { CatalogPair } from '../../../src-core/domain/catalog/catalog';
import type {
  CarryForwardLine,
  Draft,
  ExpenseLine,
  IncomeLine,
  ProcurementItem,
  Project,
} from '../../../src-core/domain/draft/types';
import { CARRYOVER_SOURCES, CURRENT_SOURCES, EXPENSE_KINDS } from '../../../src-core/domain/draft/vocabulary';
import { Decimal } from '../../../src-core/domain/money/decimal';
import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import { findTableSpec } from '../../../src-core/domain/tables/definitions';
import { rng } from '../../support/rng';
import { engineFor, testResources, zhoushanDraft } from '../fixture-resources';

/*
 * Every total of every table of every layout equals the sum of its parts, on exact values: a row
 * with `parts` (a group row's children, a fixed row's `sumOf`) in each of its section's columns, and
 * a column with `sumOf` in each row. On the 舟山 fixture and on random departments with several units
 * of every type, every income source current and carried over, carried-over spending, 年终结转结余,
 * projects and procurement.
 */

/** Violations of the two sum relations in one table, as readable lines (empty: the table adds up). */
function violations(table: DerivedTable): string[] {
  const out: string[] = [];
  // Columns whose value comes from the draft's recorded figures (T07 上年预算数), not from lines.
  const spec = findTableSpec(table.id, table.variant);
  const recorded = new Set(
    spec?.sections.flatMap((s) => s.columns.filter((c) => c.prior || c.figure).map((c) => `${s.id}|${c.key}`)) ?? [],
  );
  const byKey = new Map(table.rows.map((r) => [`${r.section}|${r.key}`, r]));
  const exact = (v: string | undefined) => new Decimal(v ?? '0');
  for (const row of table.rows) {
    const columns = table.columns.filter((c) => c.section === row.section && !recorded.has(`${c.section}|${c.key}`));
    for (const c of columns) {
      if (row.parts) {
        const sum = row.parts.reduce(
          (s, k) => s.plus(exact(byKey.get(`${row.section}|${k}`)?.exact[c.key])),
          exact('0'),
        );
        if (!sum.eq(exact(row.exact[c.key])))
          out.push(`${table.id} row ${row.key} col ${c.key}: ${row.exact[c.key]} ≠ Σ parts ${sum.toFixed()}`);
      }
      if (c.sumOf) {
        const sum = c.sumOf.reduce((s, k) => s.plus(exact(row.exact[k])), exact('0'));
        if (!sum.eq(exact(row.exact[c.key])))
          out.push(
            `${table.id} row ${row.key} col ${c.key}: ${row.exact[c.key]} ≠ Σ ${c.sumOf.join('+')} ${sum.toFixed()}`,
          );
      }
    }
  }
  return out;
}

const FISCAL = new Set(['gpb', 'gf', 'soc']);
const THREE_PUBLIC = ['30212', '31013', '30913', '30231', '30217'];

/**
 * A random department: `units` units of every type; expense lines of every source, current and
 * carried over, of every kind — except that 财政拨款 (gpb, gf, soc) pays only 人员经费, 公用经费 and
 * 项目支出, the kinds its tables have columns for (a gpb line of another kind is counted in T05's
 * 合计 alone, which R-ROUND reports: docs/tables.md T05) —; 年终结转结余; projects and procurement;
 * amounts with 分, so that 万元 cells round.
 */
function randomDraft(catalogs: CatalogPair, seed: number, units: number): Draft {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const amount = () => (Math.floor(next() * 5_000_000) / 100).toFixed(2);
  const items = catalogs.function.level(3).map((e) => e.code);
  const econ = catalogs.economic.level(2).map((e) => e.code);
  const unitList = Array.from({ length: units }, (_, i) => ({
    code: `800${String(i + 1).padStart(3, '0')}`,
    name: `随机单位${i + 1}`,
    type: (['admin', 'civil', 'institution'] as const)[i % 3],
  }));
  const projects: Project[] = unitList.flatMap((u) =>
    Array.from({ length: 3 }, (_, k) => ({
      code: `${u.code}-P${k + 1}`,
      unit: u.code,
      name: `${u.name}项目${k + 1}`,
      parent: `${u.name}一级项目${k % 2}`,
      indicators: [],
    })),
  );
  const expenses: ExpenseLine[] = [];
  for (let i = 0; i < 60 * units; i++) {
    const u = pick(unitList);
    const carryover = next() < 0.3;
    const source = carryover ? pick(CARRYOVER_SOURCES) : next() < 0.4 ? 'gpb' : pick(CURRENT_SOURCES);
    const kind = FISCAL.has(source) ? pick(['personnel', 'public', 'project'] as const) : pick(EXPENSE_KINDS);
    const project = kind === 'project' ? pick(projects.filter((p) => p.unit === u.code)).code : null;
    expenses.push({
      unit: u.code,
      function: pick(items),
      economic: next() < 0.2 ? pick(THREE_PUBLIC) : pick(econ),
      kind,
      source,
      carryover,
      amount: amount(),
      project,
    });
  }
  const income: IncomeLine[] = [];
  for (const u of unitList) {
    for (const source of CURRENT_SOURCES) income.push({ unit: u.code, source, carryover: false, amount: amount() });
    for (const source of CARRYOVER_SOURCES) income.push({ unit: u.code, source, carryover: true, amount: amount() });
  }
  const carryForward: CarryForwardLine[] = unitList.flatMap((u) =>
    [...FISCAL, 'special', 'unit'].map((source) => ({
      unit: u.code,
      source: source as CarryForwardLine['source'],
      amount: amount(),
    })),
  );
  const procurement: ProcurementItem[] = unitList.flatMap((u) =>
    (['goods', 'works', 'services'] as const).map((kind, k) => ({
      unit: u.code,
      project: k === 0 ? null : projects.find((p) => p.unit === u.code)!.code,
      item: `采购${k}`,
      kind,
      amount: amount(),
    })),
  );
  return {
    format: 'dept-budget-draft',
    formatVersion: 1,
    stage: 'budget',
    year: catalogs.year,
    amountUnit: 'yuan',
    publishUnit: 'wanyuan',
    department: { code: '800', name: '随机局', shortName: '随机局' },
    units: unitList,
    income,
    expenses,
    carryForward,
    projects,
    procurement,
    assets: {},
    prior: { budget: { threeTotal: '120000.00', abroad: '10000.00', reception: '30000.00' } },
    text: {},
    catalogExtras: [],
    reviews: [],
  };
}

describe('every total of every table of every layout is the sum of its parts (exact values)', () => {
  const resources = testResources();
  const catalogs = resources.catalogs.forYear(2025);
  const drafts: [string, () => Draft][] = [
    ['舟山 fixture', zhoushanDraft],
    ['random, 1 unit', () => randomDraft(catalogs, 11, 1)],
    ['random, 3 units', () => randomDraft(catalogs, 12, 3)],
    ['random, 7 units', () => randomDraft(catalogs, 13, 7)],
  ];
  for (const layoutId of resources.layouts.keys()) {
    for (const [name, draft] of drafts) {
      it(`${layoutId}: ${name}`, () => {
        const tables = engineFor(draft(), layoutId).tables();
        expect(tables.length).toBeGreaterThan(0);
        // On random drafts the check has something to check: every table but the text table has a total with parts.
        if (name.startsWith('random'))
          for (const t of tables.filter((x) => x.id !== 'T11'))
            expect(
              t.rows.some((r) => r.parts && r.parts.length > 0),
              `${t.id} has a total with parts`,
            ).toBe(true);
        expect(tables.flatMap(violations)).toEqual([]);
      });
    }
  }

  it('the check finds a total that does not add up', () => {
    const table = engineFor(zhoushanDraft(), 'national').table('T05')!;
    const broken = {
      ...table,
      rows: table.rows.map((r) => (r.key === 'total' ? { ...r, exact: { ...r.exact, basic: '1.00' } } : r)),
    };
    expect(violations(broken).length).toBeGreaterThan(0);
  });
});
