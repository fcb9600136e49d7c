import { describe, expect, it } from 'vitest';
import { parseCatalogCsv } from '../../../src-core/domain/catalog/load';
import { testResources, zhoushanDraft } from '../fixture-resources';

describe('built-in classification catalogs (resources/catalogs)', () => {
  const pair = testResources().catalogs.forYear(2025);

  it('are the 2025 lists, used for earlier and later years too until another year is added', () => {
    expect(pair.year).toBe(2025);
    expect(testResources().catalogs.forYear(2022).year).toBe(2025);
  });

  it('function catalog: every 类 the department budgets use, each with 款; 项 under the required 类', () => {
    const f = pair.function;
    const required = [
      '201',
      '203',
      '204',
      '205',
      '206',
      '207',
      '208',
      '210',
      '211',
      '212',
      '213',
      '214',
      '216',
      '220',
      '221',
      '222',
      '224',
      '229',
    ];
    for (const cls of required) {
      expect(f.get(cls)?.level, cls).toBe(1);
      const items = f.all().filter((e) => e.level === 3 && e.code.startsWith(cls));
      expect(items.length, `项 under ${cls}`).toBeGreaterThan(0);
    }
    for (const e of f.all()) {
      if (e.level > 1) expect(f.get(e.parent!), `parent of ${e.code}`).toBeDefined();
      expect(e.name.trim(), e.code).not.toBe('');
    }
  });

  it("has every code of the 舟山 fixture, with the seed's names and explanations", () => {
    const d = zhoushanDraft();
    for (const line of d.expenses) {
      expect(pair.function.get(line.function)?.description, line.function).toBeTruthy();
      expect(pair.economic.has(line.economic), line.economic).toBe(true);
    }
    expect(pair.function.name('2080505')).toBe('机关事业单位基本养老保险缴费支出');
    expect(pair.function.get('2010301')!.description).toBe('反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
  });

  it('economic catalog: 类/款 with the basic-spending classes marked', () => {
    const e = pair.economic;
    expect(e.get('301')!.basicKind).toBe('personnel');
    expect(e.get('303')!.basicKind).toBe('personnel');
    expect(e.get('302')!.basicKind).toBe('public');
    expect(e.get('310')!.basicKind).toBe('public');
    expect(e.name('30217')).toBe('公务接待费');
    expect(e.name('31013')).toBe('公务用车购置');
    for (const x of e.all()) if (x.level === 2) expect(e.get(x.parent!), x.code).toBeDefined();
  });

  it('rejects a catalog file with bad codes, naming the line', () => {
    const r = parseCatalogCsv('function', 2025, 'code,name\n201,一般公共服务支出\n20x,坏\n2010,太长\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('第 3 行');
      expect(r.error).toContain('第 4 行');
    }
  });
});
