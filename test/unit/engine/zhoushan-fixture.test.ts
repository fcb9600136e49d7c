import { describe, expect, it } from 'vitest';
import { engineFor, fixtureText, zhoushanDraft } from '../fixture-resources';

interface Published {
  tables: Record<string, Record<string, Record<string, string>>>;
  findings: { noErrors: boolean; mustInclude: Record<string, string>[]; mustNotInclude: string[] };
}
const published = JSON.parse(fixtureText('zhoushan-2022.published.json')) as Published;

describe('舟山 2022 under the zhejiang layout reproduces the published tables', () => {
  const engine = engineFor(zhoushanDraft(), 'zhejiang');
  const tables = new Map(engine.tables().map((t) => [t.id, t]));

  it('has 277 published cells to reproduce', () => {
    const n = Object.values(published.tables).reduce(
      (s, t) => s + Object.values(t).reduce((a, r) => a + Object.keys(r).length, 0),
      0,
    );
    expect(n).toBe(277);
  });

  for (const [id, rows] of Object.entries(published.tables)) {
    it(`${id}: every published cell equals the derived cell`, () => {
      const table = tables.get(id);
      expect(table, `table ${id} is derived`).toBeDefined();
      const byKey = new Map(table!.rows.map((r) => [r.key, r]));
      for (const [rowKey, values] of Object.entries(rows)) {
        const row = byKey.get(rowKey);
        expect(row, `${id} row ${rowKey}`).toBeDefined();
        for (const [col, value] of Object.entries(values))
          expect(`${id}/${rowKey}/${col}=${row!.values[col]}`).toBe(`${id}/${rowKey}/${col}=${value}`);
      }
    });

    it(`${id}: every other printed cell is 0.00 and every printed non-zero row is published`, () => {
      const table = tables.get(id)!;
      const printedCols = table.columns.filter((c) => c.printed);
      for (const row of table.rows.filter((r) => r.printed)) {
        for (const c of printedCols.filter((x) => x.section === row.section)) {
          const expected = rows[row.key]?.[c.key] ?? '0.00';
          expect(`${id}/${row.key}/${c.key}=${row.values[c.key] ?? '0.00'}`).toBe(
            `${id}/${row.key}/${c.key}=${expected}`,
          );
        }
      }
    });
  }

  it('check reports no error, the real 尾差 at T06/econ:303, and none of the rules that must stay quiet', () => {
    const findings = engine.findings();
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const round = findings.filter((f) => f.rule === 'R-ROUND');
    expect(round.map((f) => f.target)).toContainEqual({ table: 'T06', row: 'econ:303', column: 'total' });
    expect(round).toHaveLength(1);
    expect(round[0].message).toContain('103.80');
    expect(round[0].message).toContain('103.81');
    for (const must of published.findings.mustInclude) {
      expect(
        findings.some(
          (f) =>
            f.rule === must.rule &&
            Object.entries(must).every(([k, v]) => k === 'rule' || (f.target as Record<string, string>)[k] === v),
        ),
      ).toBe(true);
    }
    for (const rule of published.findings.mustNotInclude) expect(findings.filter((f) => f.rule === rule)).toEqual([]);
  });

  it('prints the 尾数 note under T06 only', () => {
    expect(tables.get('T06')!.notes).toContain('本表金额单位转换时可能存在尾数误差。');
    for (const [id, t] of tables) if (id !== 'T06') expect(t.notes.join('')).not.toContain('尾数');
  });

  it('produces the empty T08/T09 with the sentence of the seed', () => {
    expect(tables.get('T08')!.empty).toBe(true);
    expect(tables.get('T08')!.notes).toContain('市府办2022年没有使用政府性基金预算拨款安排的支出');
    expect(tables.get('T09')!.notes).toContain('市府办2022年没有使用国有资本经营预算拨款安排的支出');
    expect(tables.get('T08')!.rows.map((r) => r.key)).toEqual(['total']);
  });

  it('follows the zhejiang order and titles', () => {
    expect([...tables.keys()]).toEqual([
      'T01',
      'T02',
      'T03',
      'T04',
      'T05',
      'T06',
      'T07',
      'T08',
      'T09',
      'T10',
      'T10A',
      'T13',
      'T11',
      'T12',
    ]);
    expect(tables.get('T01')!.title).toBe('2022年部门收支预算总表');
    expect(tables.get('T02')!.rows.map((r) => [r.key, r.name])).toEqual([
      ['total', '合计'],
      ['dept', '舟山市人民政府办公室'],
      ['unit:167001', '舟山市人民政府办公室'],
    ]);
  });

  it('keeps the optional extras in the JSON but unprinted (T03 basic, T07 prior)', () => {
    const t03 = tables.get('T03')!;
    expect(t03.columns.find((c) => c.key === 'basic')!.printed).toBe(false);
    expect(t03.rows.find((r) => r.key === 'total')!.values.basic).toBe('2291.60');
    const t07 = tables.get('T07')!;
    expect(t07.rows.find((r) => r.key === 'total')!.values['prior.total']).toBe('20.00');
    expect(t07.columns.find((c) => c.key === 'prior.total')!.printed).toBe(false);
  });
});

describe('舟山 2022 under the national layout', () => {
  const engine = engineFor(zhoushanDraft(), 'national');
  const tables = new Map(engine.tables().map((t) => [t.id, t]));

  it('T01 lists every 类 of the catalog, zero rows included, and only 类 rows', () => {
    const t01 = tables.get('T01')!;
    const fnRows = t01.rows.filter((r) => r.key.startsWith('out:fn:'));
    expect(fnRows.every((r) => r.code.length === 3)).toBe(true);
    expect(fnRows.map((r) => r.code)).toContain('205');
    // 社会保险基金支出 and 预备费 are not department-budget classes: the layout's list leaves them out.
    expect(fnRows.map((r) => r.code)).not.toContain('209');
    expect(fnRows.map((r) => r.code)).not.toContain('227');
    expect(fnRows).toHaveLength(23);
    expect(fnRows.find((r) => r.code === '201')!.values.amount).toBe('2303.70');
    expect(fnRows.find((r) => r.code === '205')!.values.amount).toBe('0.00');
  });

  it('T02 is by function: a function row shows its lines by paying source', () => {
    const t02 = tables.get('T02')!;
    expect(t02.rows.find((r) => r.key === 'fn:2010301')!.values['cur.gpb']).toBe('1869.70');
    expect(t02.rows.find((r) => r.key === 'total')!.values.total).toBe('2725.60');
  });

  it('numbers tables 表一 … and reports the same findings as zhejiang', () => {
    expect(tables.get('T01')!.number).toBe('表一');
    expect(tables.get('T12')!.number).toBe('表十二');
    expect(engine.status()).toEqual({
      income: '2725.60',
      expense: '2725.60',
      difference: '0.00',
      exactDifference: { amount: '0.00', unit: 'wanyuan' },
      balanced: true,
      errors: 0,
      warnings: 6,
    });
  });
});
