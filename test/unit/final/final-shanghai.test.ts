import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { FinalDraft } from '../../../src-core/domain/draft/types';
import type { FinalEngine } from '../../../src-core/domain/final/final-engine';
import type { FinalDerivedTable } from '../../../src-core/domain/final/final-tables';
import { validateFinalLayout } from '../../../src-core/domain/final/layout';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { writeFinalXlsx } from '../../../src-core/export/xlsx/final-workbook';
import { runCli } from '../../../src-main/cli/main';
import { syntheticFinalDraft } from '../../bench/final-synthetic';
import { fixtureText, testResources } from '../fixture-resources';
import { finalEngineFor, finalLayouts, huangpiDraft } from './helpers';

const D = (s: string | undefined) => new Decimal(s ?? '0');

/** Every exact total equals the exact sum of its parts: rows (`parts`) and columns (`sumOf`). Returns how many were checked. */
function sumsHold(tables: readonly FinalDerivedTable[]): number {
  let n = 0;
  for (const t of tables)
    for (const row of t.rows) {
      const peer = (k: string) => t.rows.find((r) => r.section === row.section && r.key === k)!;
      const checks: [string, Decimal][] = [];
      for (const col of Object.keys(row.exact))
        if (row.parts && !col.startsWith('budget.'))
          checks.push([col, row.parts.reduce((s, k) => s.plus(D(peer(k).exact[col])), new Decimal(0))]);
      for (const c of t.columns)
        if (c.sumOf && c.section === row.section && row.exact[c.key] !== undefined)
          checks.push([c.key, c.sumOf.reduce((s, k) => s.plus(D(row.exact[k])), new Decimal(0))]);
      for (const [col, sum] of checks) expect(D(row.exact[col]).eq(sum), `${t.id} ${row.key} ${col}`).toBe(true);
      n += checks.length;
    }
  return n;
}

/** A synthetic department with 国有资本经营预算 money too: income, spending and balances by function. */
function withSoc(seed: number): FinalDraft {
  const d = syntheticFinalDraft(testResources().catalogs.forYear(2024), { units: 4, lines: 400, seed });
  const unit = d.units[0].code;
  d.income.push({ unit, source: 'soc', function: '2230101', amount: '500000.00' });
  d.income.push({ unit, source: 'soc', function: '2230199', amount: '120000.50' });
  d.expenses.push({ unit, function: '2230101', economic: '30201', kind: 'public', source: 'soc', amount: '310000.25' });
  d.expenses.push({
    unit,
    function: '2230199',
    economic: '30226',
    kind: 'project',
    source: 'soc',
    amount: '99999.99',
    project: d.projects.find((p) => p.unit === unit)?.code ?? d.projects[0].code,
  });
  d.balances.push({ unit, source: 'soc', function: '2230101', opening: '80000.10' });
  return d;
}

const byId = (e: FinalEngine) => new Map(e.tables().map((t) => [t.id, t]));

describe('决算 layout final-shanghai', () => {
  it('is valid: 公开01–06 as the national order, 三公 七, 政府性基金 八, 国有资本经营 九 as a 收入支出 table', () => {
    const layout = finalLayouts().get('final-shanghai')!;
    expect(validateFinalLayout(layout)).toEqual([]);
    expect(layout.tables.map((t) => `${t.number} ${t.table}${t.variant ? `/${t.variant}` : ''}`)).toEqual([
      '公开01表 F01',
      '公开02表 F02',
      '公开03表 F03',
      '公开04表 F04',
      '公开05表 F05',
      '公开06表 F06',
      '公开07表 F09',
      '公开08表 F07',
      '公开09表 F08/incomeExpense',
    ]);
    for (const t of layout.tables) expect(t.notes?.[0], t.table).toMatch(/^注：/);
  });

  it('黄陂: the tables both layouts print have the same cells; 表九 is empty with its sentence', () => {
    const national = byId(finalEngineFor(huangpiDraft()));
    const shanghai = finalEngineFor(huangpiDraft(), 'final-shanghai').tables();
    expect(shanghai.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `公开0${i}表`));
    for (const t of shanghai.filter((x) => x.id !== 'F08'))
      expect(
        t.rows.map((r) => [r.key, r.values]),
        t.id,
      ).toEqual(national.get(t.id)!.rows.map((r) => [r.key, r.values]));
    const nine = shanghai[8];
    expect(nine.title).toBe('2024年度国有资本经营预算财政拨款收入支出决算表');
    expect(nine.empty).toBe(true);
    expect(nine.notes).toContain('本部门2024年度无国有资本经营预算财政拨款收入支出。');
  });

  for (const seed of [5, 11]) {
    it(`random draft ${seed}: every total is the sum of its parts; 表九 balances like 公开07表`, () => {
      const draft = withSoc(seed);
      const e = finalEngineFor(draft, 'final-shanghai');
      const tables = e.tables();
      expect(sumsHold(tables)).toBeGreaterThan(300);
      const nine = tables.find((t) => t.id === 'F08')!;
      expect(nine.variant).toBe('incomeExpense');
      expect(nine.columns.map((c) => c.title)).toEqual([
        '年初结转和结余',
        '本年收入',
        '小计',
        '基本支出',
        '项目支出',
        '年末结转和结余',
      ]);
      const total = nine.rows.find((r) => r.key === 'total')!.exact;
      // 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余, in 万元.
      expect(
        D(total.opening)
          .plus(D(total.income))
          .eq(D(total.total).plus(D(total.closing))),
      ).toBe(true);
      expect(total.opening).toBe('8.00001');
      expect(total.income).toBe('62.00005');
      // Its 本年支出 are the national 公开08表's.
      const national = byId(finalEngineFor(draft))
        .get('F08')!
        .rows.find((r) => r.key === 'total')!.exact;
      expect(total.total).toBe(national.total);
      expect(total.total).toBe('41.000024');
      // F04's 国有资本经营 closing is the 表九 closing (all soc balances carry their function here).
      const f04 = tables.find((t) => t.id === 'F04')!.rows.find((r) => r.key === 'out:closing.soc')!;
      expect(D(f04.exact.total).eq(D(total.closing))).toBe(true);
    });
  }

  it('CLI: tables --layout final-shanghai --json prints the nine tables in that order', () => {
    let stdout = '';
    const code = runCli(['tables', 'hp.final.json', '--layout', 'final-shanghai', '--json'], {
      stdout: (x) => (stdout += x),
      stderr: (x) => {
        throw new Error(x);
      },
      readFile: () => fixtureText('huangpi-2024.final.json'),
    });
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { layout: string; tables: Record<string, { number: string }> };
    expect(out.layout).toBe('final-shanghai');
    expect(Object.entries(out.tables).map(([id, t]) => `${t.number} ${id}`)).toEqual(
      ['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F09', 'F07', 'F08'].map((id, i) => `公开0${i + 1}表 ${id}`),
    );
  });

  it('the workbook has 目录 and the nine sheets in Shanghai order', async () => {
    const e = finalEngineFor(withSoc(5), 'final-shanghai');
    const bytes = await writeFinalXlsx({ draft: e.draft, layout: e.layout, tables: e.tables() });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toHaveLength(10);
    const nine = wb.worksheets[9];
    const texts: string[] = [];
    nine.eachRow((row) => row.eachCell((c) => texts.push(c.text.replace(/\n/g, ''))));
    expect(texts).toContain('公开09表');
    expect(texts.join('|')).toContain('国有资本经营预算财政拨款收入支出决算表');
    expect(texts).toContain('年初结转和结余');
  });
});
