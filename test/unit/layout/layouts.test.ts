import { describe, expect, it } from 'vitest';
import { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import { validateLayout, resolveLayoutTables } from '../../../src-core/domain/engine/resolve-layout';
import { Decimal } from '../../../src-core/domain/money/decimal';
import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import { TABLE_SPECS } from '../../../src-core/domain/tables/definitions';
import { engineFor, testResources, zhoushanDraft } from '../fixture-resources';

const T01_T12 = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12'];

/** Each shipped layout's tables in print order, as its region numbers them. */
const ORDER: Record<string, string[]> = {
  national: T01_T12,
  // 舟山 2022: the 项目支出表 a second time by 一级项目 (T10A) and the 重点项目 table (T13) after T10.
  zhejiang: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T10A', 'T13', 'T11', 'T12'],
  chongqing: ['T04', 'T05', 'T06', 'T07', 'T08', 'T01', 'T02', 'T03', 'T12', 'T11'],
  xinjiang: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T14', 'T07', 'T08'],
  shanghai: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T08', 'T09', 'T07'],
};

function tablesOf(layout: string): Map<string, DerivedTable> {
  return new Map(
    engineFor(zhoushanDraft(), layout)
      .tables()
      .map((t) => [t.id, t]),
  );
}

describe('layouts and table definitions (meta)', () => {
  const { layouts } = testResources();

  it('ships the national default and the four regional layouts', () => {
    expect([...layouts.keys()].sort()).toEqual(['chongqing', 'national', 'shanghai', 'xinjiang', 'zhejiang']);
  });

  for (const [id, layout] of layouts) {
    it(`${id}: every table, variant, row and column it names exists; its tables come in its order`, () => {
      expect(validateLayout(layout)).toEqual([]);
      expect(layout.tables.map((t) => t.table)).toEqual(ORDER[id]);
      expect(resolveLayoutTables(layout, zhoushanDraft())).toHaveLength(ORDER[id].length);
      expect(
        engineFor(zhoushanDraft(), id)
          .tables()
          .map((t) => t.id),
      ).toEqual(ORDER[id]);
    });
  }

  it('a layout naming an unknown table, variant or column is reported with its path', () => {
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
    expect(problems[1]).toMatch(/^tables\[1\]\.hideColumns\[0\]：表 T06 没有列“nope”/);
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

describe('what a layout says about a table’s shape', () => {
  it('functionLevels: chongqing 表一 and 表六 list 类 rows only, its 表二 类/款/项', () => {
    const t = tablesOf('chongqing');
    const fnRows = (id: string) =>
      t
        .get(id)!
        .rows.filter((r) => /fn:/.test(r.key))
        .map((r) => r.code);
    expect(fnRows('T04')).toEqual(['201', '208', '210', '221']);
    expect(fnRows('T01')).toEqual(['201', '208', '210', '221']);
    expect(fnRows('T05')).toContain('2010301');
    // The totals are unchanged: 类 rows are the same sums.
    expect(t.get('T04')!.rows.find((r) => r.key === 'out:total')!.values.total).toBe('2725.60');
  });

  it('splitCode: xinjiang 表二 prints 类 | 款 | 项 in columns of their own, listing 项 rows', () => {
    const t02 = tablesOf('xinjiang').get('T02')!;
    expect(t02.labelColumns.map((l) => l.title)).toEqual(['类', '款', '项', '科目名称']);
    const rows = t02.rows.filter((r) => r.key !== 'total');
    expect(rows.every((r) => r.code.length === 7)).toBe(true);
    expect(rows[0]).toMatchObject({
      code: '2010301',
      name: '行政运行',
      level: 1,
      text: { fnClass: '201', fnItem: '03', fnSection: '01' },
    });
    expect(t02.rows[0].parts).toEqual(rows.map((r) => r.key));
  });

  it('columnOrder: chongqing 表四 prints last year’s block before this year’s', () => {
    const t07 = tablesOf('chongqing').get('T07')!;
    expect(t07.columns.map((c) => c.key).slice(0, 7)).toEqual([
      'prior.total',
      'prior.abroad',
      'prior.vehicle',
      'prior.vehiclePurchase',
      'prior.vehicleOperation',
      'prior.reception',
      'total',
    ]);
    expect(t07.columns.find((c) => c.key === 'total')!.title).toBe('本年“三公”经费合计');
  });

  it('unit: shanghai prints its tables in 元 and the 三公 table in 万元, from one draft', () => {
    const t = tablesOf('shanghai');
    expect([...t.values()].map((x) => `${x.id}:${x.unit}`)).toEqual([
      'T01:yuan',
      'T02:yuan',
      'T03:yuan',
      'T04:yuan',
      'T05:yuan',
      'T06:yuan',
      'T08:yuan',
      'T09:yuan',
      'T07:wanyuan',
    ]);
    expect(t.get('T01')!.rows.find((r) => r.key === 'in:total')!.values.amount).toBe('27255980.00');
    const t07 = t.get('T07')!;
    expect(t07.rows.filter((r) => r.printed).map((r) => r.name)).toEqual(['预算数']);
    // 机关运行经费: gpb current 公用经费 of admin and civil units (舟山 市府办 is one admin unit).
    expect(t07.rows[0].values).toMatchObject({ total: '20.00', reception: '11.00', officeOperation: '250.74' });
  });

  it('officeOperationScope all: the 机关运行经费 column counts every unit', () => {
    const draft = zhoushanDraft();
    const institution = { ...draft, units: draft.units.map((u) => ({ ...u, type: 'institution' as const })) };
    const shanghai = testResources().layouts.get('shanghai')!;
    const count = (scope: 'all' | 'adminCivil') => {
      const resources = testResources();
      const layouts = new Map(resources.layouts).set('shanghai', { ...shanghai, officeOperationScope: scope });
      const e = new BudgetEngine(institution, {
        catalogs: resources.catalogs.forYear(draft.year),
        layout: layouts.get('shanghai')!,
      });
      return e.table('T07')!.rows[0].values.officeOperation;
    };
    expect(count('adminCivil')).toBe('0.00');
    expect(count('all')).toBe('250.74');
  });

  it('zhejiang prints carried-over money where the draft has it, and only there', () => {
    // 舟山 has none: the 上年结转 rows and the 结转结余 columns stay off the page, as the seed prints it.
    const plain = tablesOf('zhejiang');
    const printedRows = (t: DerivedTable) => t.rows.filter((r) => r.printed).map((r) => r.key);
    const printedCols = (t: DerivedTable) => t.columns.filter((c) => c.printed).map((c) => c.key);
    expect(printedRows(plain.get('T04')!)).not.toContain('in:carryover');
    expect(printedCols(plain.get('T10')!)).toEqual(['total', 'gpb', 'gf', 'soc', 'special', 'unitFunds']);

    // 300,000 元 carried over pays part of a project; 50,000 元 is left over at the year's end.
    const draft = zhoushanDraft();
    const line = draft.expenses.find((e) => e.kind === 'project')!;
    const withCarryover = {
      ...draft,
      income: [...draft.income, { unit: line.unit, source: 'gpb' as const, carryover: true, amount: '350000.00' }],
      expenses: [...draft.expenses, { ...line, carryover: true, amount: '300000.00' }],
      carryForward: [{ unit: line.unit, source: 'gpb' as const, amount: '50000.00' }],
    };
    const t = new Map(
      engineFor(withCarryover, 'zhejiang')
        .tables()
        .map((x) => [x.id, x]),
    );
    const t04 = t.get('T04')!;
    const row = (table: DerivedTable, key: string) => table.rows.find((r) => r.key === key)!;
    expect(printedRows(t04)).toEqual(expect.arrayContaining(['in:carryover', 'in:co.gpb', 'out:carryForward']));
    expect(printedRows(t04)).not.toContain('in:co.gf');
    expect(row(t04, 'in:carryover').values.amount).toBe('35.00');
    expect(row(t04, 'out:carryForward').values.total).toBe('5.00');
    const t10 = t.get('T10')!;
    expect(printedCols(t10)).toEqual(['total', 'gpb', 'gf', 'soc', 'co.gpb', 'special', 'unitFunds']);
    const project = row(t10, `project:${line.project}`);
    const total = row(t10, 'total');
    expect(project.values['co.gpb']).toBe('30.00');
    // Both parts of the project, and the 合计 row, add up on exact values.
    for (const r of [project, total])
      expect(new Decimal(r.exact.gpb).plus(r.exact['co.gpb']).eq(r.exact.total), r.key).toBe(true);
    // T10A by 一级项目 shows the same two parts; T13 counts both as 财政拨款.
    const t10a = t.get('T10A')!;
    expect(printedCols(t10a)).toEqual(['total', 'gpb', 'gf', 'soc', 'co.gpb', 'special', 'unitFunds']);
    const parent = row(t10a, 'parent:舟山市人民政府办公室一级项目');
    expect(parent.values['co.gpb']).toBe('30.00');
    expect(parent.values.total).toBe('464.00');
    expect(row(t.get('T13')!, 'total').values.fiscal).toBe('464.00');
  });
});
