import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runImportCommand } from '../../../src-main/cli/import-command';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { ImportJob } from '../../../src-core/import/import-job';
import { readCatalogFile } from '../../../src-core/import/catalog-import';
import { applyImport } from '../../../src-core/import/plan-import';
import { formatRowProblem } from '../../../src-core/import/rows';
import { catalogs, fakeIo, line, preview, smallBase, TEMPLATE_HEADER } from './helpers';

/** Issue #11, item 1: a hidden sheet is never imported silently; several 支出明细 sheets make the officer choose. */
async function workbook(
  sheets: { name: string; state?: 'hidden' | 'veryHidden'; amount: number; rows?: number }[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    ws.addRow(TEMPLATE_HEADER);
    for (let i = 0; i < (s.rows ?? 1); i++)
      ws.addRow(line({ amount: s.amount, economic: ['30101', '30102', '30103'][i % 3] }));
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const CLI_ARGS = ['--out', 'd.json', '--year', '2022', '--department', '某局', '--unit-code', '167001'];

describe('hidden sheets', () => {
  it('a hidden 支出明细 before the visible sheet is not imported: the visible one is (3003.00, not 2999997.00), and the preview says so', async () => {
    const bytes = await workbook([
      { name: '支出明细', state: 'hidden', amount: 2999997 },
      { name: '支出', amount: 3003 },
    ]);
    const p = await preview(bytes, 'h.xlsx');
    expect(p.expenseTotal).toBe('3003.00');
    expect(p.sheets.map((s) => s.name)).toEqual(['支出']);
    expect(p.hiddenSheets).toEqual(['支出明细']);
    expect(p.warnings.map(formatRowProblem)).toContain(
      '工作表“支出明细”：隐藏的工作表，未导入（如需导入，请在 Excel/WPS 中取消隐藏，或在“列对应”中指定它的内容）',
    );
  });

  it('a very hidden sheet likewise; a workbook whose only 支出明细 is hidden imports nothing and says why', async () => {
    const p = await preview(
      await workbook([
        { name: '底稿', state: 'veryHidden', amount: 2999997 },
        { name: '支出', amount: 3003 },
      ]),
      'v.xlsx',
    );
    expect(p.expenseTotal).toBe('3003.00');
    const only = await preview(await workbook([{ name: '支出明细', state: 'hidden', amount: 2999997 }]), 'o.xlsx');
    expect(only.expenses).toEqual([]);
    expect(only.problems.map((x) => x.message)).toEqual([
      expect.stringContaining('隐藏的工作表“支出明细”像是支出明细，但隐藏的工作表不会自动导入'),
    ]);
  });

  it('the officer may choose a hidden sheet explicitly (dialog: 作为 支出明细; CLI: --sheet)', async () => {
    const bytes = await workbook([
      { name: '支出明细', state: 'hidden', amount: 2999997 },
      { name: '支出', amount: 3003 },
    ]);
    const p = await preview(bytes, 'h.xlsx', { choices: { 支出明细: { kind: 'expenses' } } });
    expect(p.expenseTotal).toBe('2999997.00');
    expect(p.ignoredSheets).toEqual(['支出']);
    const t = fakeIo({ 'h.xlsx': bytes });
    expect(await runImportCommand(['h.xlsx', ...CLI_ARGS, '--sheet', '支出明细'], t.io)).toBe(0);
    const d = loadDraftText(t.written.get('d.json') as string);
    expect(d.ok && d.value.draft.expenses.map((e) => Number(e.amount))).toEqual([2999997]);
  });

  it('the 列对应 step marks hidden sheets and takes none of them', async () => {
    const bytes = await workbook([
      { name: '支出明细', state: 'hidden', amount: 2999997 },
      { name: '支出', amount: 3003 },
    ]);
    const opened = await ImportJob.open(bytes, 'h.xlsx', smallBase(), catalogs());
    if (!opened.ok) throw new Error(opened.error);
    const s = opened.value.analyze();
    expect(s.sheets.map((x) => [x.name, x.kind, !!x.hidden])).toEqual([
      ['支出明细', null, true],
      ['支出', 'expenses', false],
    ]);
    expect(s.hiddenSheets).toEqual(['支出明细']);
  });

  it('a catalog file is not read from a hidden sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('旧科目', { state: 'hidden' });
    ws.addRow(['科目编码', '科目名称']);
    ws.addRow(['201', '一般公共服务支出']);
    const r = await readCatalogFile(
      new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      'c.xlsx',
      'function',
      2022,
    );
    expect(r.ok ? '' : r.error[0]).toBe('科目编码列只在隐藏的工作表“旧科目”中：请在 Excel/WPS 中取消隐藏后再导入。');
  });
});

describe('several visible sheets look like 支出明细', () => {
  const two = () =>
    workbook([
      { name: '支出一', amount: 3003 },
      { name: '支出二', amount: 500, rows: 2 },
    ]);

  it('nothing is imported and the preview names the candidates; applying is refused even when skipping rejected rows', async () => {
    const base = smallBase();
    const before = saveDraftText(base);
    const p = await preview(await two(), 'a.xlsx', { base });
    expect(p.ambiguousSheets).toEqual(['支出一', '支出二']);
    expect(p.expenses).toEqual([]);
    expect(p.problems.map(formatRowProblem)).toEqual([
      '文件中有 2 个工作表都像支出明细：“支出一”、“支出二”。请指定要导入的工作表。',
    ]);
    for (const allowRejectedRows of [false, true]) {
      const r = applyImport(base, p, { mode: 'replace', confirmed: true, allowRejectedRows });
      expect(r.ok ? '' : r.error).toEqual([
        '有 1 处问题，未导入任何数据：',
        '文件中有 2 个工作表都像支出明细：“支出一”、“支出二”。请指定要导入的工作表。',
      ]);
    }
    expect(saveDraftText(base)).toBe(before);
  });

  it('the dialog asks (ambiguousSheets, blocking) and the choice imports that sheet only', async () => {
    const opened = await ImportJob.open(await two(), 'a.xlsx', smallBase(), catalogs());
    if (!opened.ok) throw new Error(opened.error);
    const first = opened.value.analyze();
    expect(first.ambiguousSheets).toEqual(['支出一', '支出二']);
    expect(first.blocking).toBe(true);
    expect(first.sheets.map((s) => s.kind)).toEqual([null, null]);
    const chosen = opened.value.analyze({ 支出二: { kind: 'expenses' } });
    expect(chosen.ambiguousSheets).toBeNull();
    expect(chosen.blocking).toBe(false);
    expect(chosen.expenseTotal).toBe('1000.00');
    expect(chosen.ignoredSheets).toEqual(['支出一']);
    expect(chosen.sheets.map((s) => s.kind)).toEqual([null, 'expenses']);
  });

  it('CLI: fails (exit 1, nothing written) listing the candidates; --sheet picks one; an unknown --sheet is refused', async () => {
    const bytes = await two();
    const t = fakeIo({ 'a.xlsx': bytes });
    expect(await runImportCommand(['a.xlsx', ...CLI_ARGS], t.io)).toBe(1);
    expect(t.written.size).toBe(0);
    expect(t.errs.join('')).toBe(
      '有 1 处问题，未导入任何数据：\n文件中有 2 个工作表都像支出明细：“支出一”、“支出二”。请指定要导入的工作表。\n' +
        '请用 --sheet <工作表名> 指定要导入的工作表，如：--sheet 支出一\n未写入任何文件。\n',
    );

    const ok = fakeIo({ 'a.xlsx': bytes });
    expect(await runImportCommand(['a.xlsx', ...CLI_ARGS, '--sheet', '支出二'], ok.io)).toBe(0);
    expect(ok.out.join('')).toMatch(/^已导入 2 条支出明细（合计 1000.00）/);

    const bad = fakeIo({ 'a.xlsx': bytes });
    expect(await runImportCommand(['a.xlsx', ...CLI_ARGS, '--sheet', '支出三'], bad.io)).toBe(1);
    expect(bad.errs.join('')).toContain('文件中没有名为“支出三”且有数据的工作表（有：“支出一”、“支出二”）');
    expect(bad.written.size).toBe(0);
  });

  it('a second 单位/收入/项目 sheet is not imported, and a warning says which one was', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('支出明细').addRows([TEMPLATE_HEADER, line()]);
    wb.addWorksheet('单位').addRows([
      ['单位编码', '单位名称', '单位类型'],
      ['167001', '甲', '行政单位'],
    ]);
    wb.addWorksheet('单位表').addRows([
      ['单位编码', '单位名称', '单位类型'],
      ['167001', '乙', '行政单位'],
    ]);
    const p = await preview(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'u.xlsx');
    expect(p.units.map((u) => u.name)).toEqual(['甲']);
    expect(p.warnings.map(formatRowProblem)).toContain('工作表“单位表”：也像单位表，未导入（已导入工作表“单位”）');
  });
});
