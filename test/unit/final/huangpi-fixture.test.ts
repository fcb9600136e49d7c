import { describe, expect, it } from 'vitest';
import { finalEngineFor, huangpiDraft, huangpiPublished } from './helpers';

/**
 * The 黄陂 2024 决算 (seed 001): its draft derives under `final-national` every cell the published
 * document prints (huangpi-2024.published.json), every other cell is 0.00, and the findings are the
 * document's real 尾差 (公开06表) and the 科目对应 of its social-insurance lines — nothing else.
 */
describe('武汉市黄陂区大数据中心 2024 决算 under final-national', () => {
  const engine = finalEngineFor(huangpiDraft());
  const tables = new Map(engine.tables().map((t) => [t.id, t]));
  const published = huangpiPublished();

  it('prints 公开01表 … 公开09表 in order', () => {
    expect([...tables.keys()]).toEqual(['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09']);
    expect(tables.get('F01')!.number).toBe('公开01表');
    expect(tables.get('F01')!.title).toBe('2024年度收入支出决算总表');
    expect(tables.get('F09')!.title).toBe('2024年度财政拨款“三公”经费支出决算表');
  });

  for (const [id, expectedRows] of Object.entries(published.tables)) {
    it(`${id}: every published cell, and 0.00 everywhere else`, () => {
      const table = tables.get(id)!;
      expect(table).toBeDefined();
      const byKey = new Map(table.rows.map((r) => [r.key, r]));
      let compared = 0;
      for (const [rowKey, cells] of Object.entries(expectedRows)) {
        const row = byKey.get(rowKey);
        expect(row, `${id} ${rowKey}`).toBeDefined();
        for (const [col, value] of Object.entries(cells)) {
          expect(row!.values[col], `${id} ${rowKey} ${col}`).toBe(value);
          compared++;
        }
      }
      expect(compared).toBe(Object.values(expectedRows).reduce((n, r) => n + Object.keys(r).length, 0));
      for (const row of table.rows) {
        for (const [col, value] of Object.entries(row.values)) {
          if (expectedRows[row.key]?.[col] === undefined) expect(value, `${id} ${row.key} ${col}`).toBe('0.00');
        }
      }
    });
  }

  it('compares all 76 cells of the published file', () => {
    const n = Object.values(published.tables).reduce(
      (t, rows) => t + Object.values(rows).reduce((m, r) => m + Object.keys(r).length, 0),
      0,
    );
    expect(n).toBe(76);
  });

  it('F07 and F08 are empty and say so; every table carries its 注', () => {
    expect(tables.get('F07')!.empty).toBe(true);
    expect(tables.get('F07')!.notes).toEqual([
      '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
      '本部门2024年度无政府性基金预算财政拨款收入支出。',
    ]);
    expect(tables.get('F08')!.notes.at(-1)).toBe('本部门2024年度无国有资本经营预算财政拨款支出。');
    for (const t of tables.values()) expect(t.notes[0]).toMatch(/^注：/);
    expect(tables.get('F06')!.notes).toContain('本表金额单位转换时可能存在尾数误差。');
  });

  it('F01 and F04 list the 26 类 with their ordinals and 行次 as the seed prints them', () => {
    const f01 = tables.get('F01')!;
    const classes = f01.rows.filter((r) => r.key.startsWith('out:fn:'));
    expect(classes).toHaveLength(26);
    expect(classes[0].name).toBe('一、一般公共服务支出');
    expect(classes[25].name).toBe('二十六、抗疫特别国债安排的支出');
    expect(f01.lineNumbers).toMatchObject({
      'in:gpb': 1,
      'in:other': 8,
      'in:subtotal': 27,
      'in:surplusUsed': 28,
      'in:opening': 29,
      'in:total': 30,
      'out:fn:201': 31,
      'out:fn:234': 56,
      'out:subtotal': 57,
      'out:distribution': 58,
      'out:closing': 59,
      'out:total': 60,
    });
    expect(tables.get('F04')!.lineNumbers).toMatchObject({
      'in:gpb': 1,
      'in:subtotal': 27,
      'in:opening': 28,
      'in:opening.soc': 31,
      'in:total': 32,
      'out:fn:201': 33,
      'out:subtotal': 59,
      'out:closing': 60,
      'out:closing.soc': 63,
      'out:total': 64,
    });
    expect(f01.header).toEqual(['单位：武汉市黄陂区大数据中心（本级）', '2024年度', '金额单位：万元']);
  });

  it('F05 keeps 年初预算数 in the JSON, not printed; 全年预算数 is absent (the draft has no fn figures)', () => {
    const f05 = tables.get('F05')!;
    expect(f05.columns.find((c) => c.key === 'initial')!.printed).toBe(false);
    expect(f05.columns.some((c) => c.key === 'adjusted')).toBe(false);
  });

  it('reports exactly the findings the published file lists', () => {
    const findings = engine.findings();
    const { mustInclude, mustNotInclude, noErrors } = published.findings;
    if (noErrors) expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const want of mustInclude) {
      expect(
        findings.some(
          (f) =>
            f.rule === want.rule &&
            (want.table === undefined || (f.target as { table?: string }).table === want.table) &&
            (want.row === undefined || (f.target as { row?: string }).row === want.row) &&
            (want.field === undefined || (f.target as { field?: string }).field === want.field),
        ),
        JSON.stringify(want),
      ).toBe(true);
    }
    for (const rule of mustNotInclude) expect(findings.map((f) => f.rule)).not.toContain(rule);
    // Exactly: the two 尾差 of 公开06表 and R-LINK-SOCIAL on the 30108/30109/30110/30113 lines.
    const summary = findings.map((f) =>
      f.rule === 'R-ROUND'
        ? `R-ROUND ${(f.target as { table: string; row: string }).table} ${(f.target as { row: string }).row}`
        : `${f.rule} ${(f.target as { line: string }).line}`,
    );
    const draft = huangpiDraft();
    const social = draft.expenses
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => ['30108', '30109', '30110', '30113'].includes(e.economic))
      .map(({ i }) => `R-LINK-SOCIAL expenses[${i}]`);
    expect(summary.sort()).toEqual([...social, 'R-ROUND F06 econ:301', 'R-ROUND F06 total'].sort());
    expect(engine.status()).toEqual({ income: '282.91', expense: '282.91', closing: '0.00', errors: 0, warnings: 6 });
  });

  it('names the 尾差 as an officer reads it', () => {
    const round = engine.findings().filter((f) => f.rule === 'R-ROUND');
    expect(round.map((f) => f.message).sort()).toEqual([
      '2024年度一般公共预算财政拨款基本支出决算明细表“301 工资福利支出”行：决算数 161.22，下级各行之和 161.21（单位：万元，尾差）。可在导出时选择“舍位平衡”',
      '2024年度一般公共预算财政拨款基本支出决算明细表“合计”行：决算数 167.56，下级各行之和 167.57（单位：万元，尾差）。可在导出时选择“舍位平衡”',
    ]);
  });
});
