import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportCommand } from '../../../src-main/cli/import-command';
import { ImportJob } from '../../../src-core/import/import-job';
import { DEFAULT_LIMITS, type ImportLimits } from '../../../src-core/import/limits';
import { applyImport } from '../../../src-core/import/plan-import';
import { readWorkbook } from '../../../src-core/import/read-workbook';
import { book, catalogs, fakeIo, isCell, sheetXml, smallBase, TEMPLATE_HEADER } from './helpers';

/**
 * Issue #11, item 3: absurd coordinates, merges and problem counts cost bounded work and end in a
 * Chinese message — never a spin, an aborted process or a stack overflow.
 */
async function refused(bytes: Uint8Array, limits?: ImportLimits): Promise<{ message: string; ms: number }> {
  const t0 = performance.now();
  const r = await readWorkbook(bytes, 'x.xlsx', limits);
  const ms = performance.now() - t0;
  if (r.ok) throw new Error('should be refused');
  return { message: r.error, ms };
}

const sheet = (rowsXml: string, mergesXml = '') =>
  book({ sheets: [{ name: '支出', xml: `<worksheet><sheetData>${rowsXml}</sheetData>${mergesXml}</worksheet>` }] });

describe('coordinates beyond Excel', () => {
  it('a cell at ZZZZZZ99999999 is refused at once (was: a row array of 300 million cells, the process aborted)', async () => {
    const r = await refused(sheet(`<row r="1">${isCell('A1', '单位编码')}<c r="ZZZZZZ99999999"><v>1</v></c></row>`));
    expect(r.message).toBe(
      '文件“x.xlsx”的工作表“支出”中有超出 Excel 范围的位置“ZZZZZZ99999999”（Excel 最多 16384 列、1048576 行）：文件已损坏或被改动过，已拒绝导入。请在 Excel/WPS 中打开并另存为 .xlsx 后再导入。',
    );
    expect(r.ms).toBeLessThan(2000);
  });

  it('a row number beyond 1048576 and a merged range beyond XFD are refused', async () => {
    expect((await refused(sheet(`<row r="99999999">${isCell('A99999999', 'x')}</row>`))).message).toContain(
      '超出 Excel 范围的位置“第 99999999 行”',
    );
    const r = await refused(
      sheet(
        `<row r="1">${isCell('A1', 'x')}</row>`,
        '<mergeCells count="1"><mergeCell ref="A1:ZZZZ99999999"/></mergeCells>',
      ),
    );
    expect(r.message).toContain('超出 Excel 范围的位置“A1:ZZZZ99999999”');
    expect(r.ms).toBeLessThan(2000);
  });

  it("a stray cell at XFD in every row: the rows' width is bounded (maxGridCells)", async () => {
    const rows = Array.from(
      { length: 200 },
      (_, i) => `<row r="${i + 1}">${isCell(`A${i + 1}`, 'a')}${isCell(`XFD${i + 1}`, 'b')}</row>`,
    ).join('');
    const r = await refused(sheet(rows), { ...DEFAULT_LIMITS, maxGridCells: 1_000_000 });
    expect(r.message).toBe(
      '文件“x.xlsx”的工作表“支出”数据区域过大（各行合计超过 1000000 个单元格，可能有远在右侧的零散单元格），已拒绝导入。请删除无关的行和列后再导入。',
    );
  });
});

describe('merged ranges', () => {
  it('a whole-sheet merge with the text in its first cell is refused before any cell is filled', async () => {
    const r = await refused(
      sheet(
        `<row r="1">${isCell('A1', '单位编码')}</row>`,
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      ),
    );
    expect(r.message).toContain('的合并单元格共覆盖 17179869184 个单元格（最大的是 A1:XFD1048576），超过上限 4000000');
    expect(r.ms).toBeLessThan(2000);
  });

  it('many ranges, each under the limit, are refused by their summed area (was: filled one by one)', async () => {
    const merges = Array.from({ length: 20 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 200_001}"/>`).join('');
    const r = await refused(sheet(`<row r="1">${isCell('A1', 'x')}</row>`, `<mergeCells>${merges}</mergeCells>`));
    expect(r.message).toMatch(
      /^文件“x.xlsx”的工作表“支出”的合并单元格共覆盖 \d+ 个单元格（最大的是 A1:B200001），超过上限 4000000，已拒绝导入。/,
    );
    expect(r.ms).toBeLessThan(2000);
  });

  it('more ranges than maxMerges are refused', async () => {
    const merges = Array.from({ length: 11 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('');
    const r = await refused(sheet(`<row r="1">${isCell('A1', 'x')}</row>`, `<mergeCells>${merges}</mergeCells>`), {
      ...DEFAULT_LIMITS,
      maxMerges: 10,
    });
    expect(r.message).toBe('文件“x.xlsx”的工作表“支出”有超过 10 个合并单元格，已拒绝导入。请取消合并后再导入。');
  });
});

describe('problem counts', () => {
  /** A 支出明细 sheet whose every row is refused (amount “x”). */
  function badRows(n: number): Uint8Array {
    const rows: (string | number)[][] = [TEMPLATE_HEADER];
    for (let i = 0; i < n; i++)
      rows.push(['167001', '', '2010301', '30101', '人员经费', '一般公共预算', '否', '', '', 'x', '']);
    return book({ sheets: [{ name: '支出明细', xml: sheetXml(rows) }] });
  }

  it('140,000 refused rows: counted, the first 1,000 kept, 500 listed and “另有 … 处问题未列出” (was: RangeError: Maximum call stack size exceeded)', async () => {
    const bytes = badRows(140_000);
    const opened = await ImportJob.open(bytes, 'p.xlsx', smallBase(), catalogs());
    if (!opened.ok) throw new Error(opened.error);
    const s = opened.value.analyze();
    expect(s.problemCount).toBe(140_000);
    expect(s.problems).toHaveLength(500);
    const refusedApply = opened.value.apply('replace', false);
    if (refusedApply.ok) throw new Error('should be refused');
    expect(refusedApply.error).toHaveLength(1 + 500 + 1);
    expect(refusedApply.error[0]).toBe('有 140000 处问题，未导入任何数据：');
    expect(refusedApply.error.at(-1)).toBe('另有 139500 处问题未列出');

    const t = fakeIo({ 'p.xlsx': bytes });
    expect(await runImportCommand(['p.xlsx', '--out', 'd.json', '--year', '2022', '--department', '某局'], t.io)).toBe(
      1,
    );
    const err = t.errs.join('');
    expect(err).toMatch(/\n另有 \d+ 处问题未列出\n/);
    expect(err).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
    expect(t.written.size).toBe(0);
  }, 120_000);

  it('warnings are capped the same way (1,500 duplicate lines)', async () => {
    const rows: (string | number)[][] = [TEMPLATE_HEADER];
    for (let i = 0; i < 1_501; i++)
      rows.push(['167001', '', '2010301', '30101', '人员经费', '一般公共预算', '否', '', '', 100, '']);
    const opened = await ImportJob.open(
      book({ sheets: [{ name: '支出明细', xml: sheetXml(rows) }] }),
      'w.xlsx',
      smallBase(),
      catalogs(),
    );
    if (!opened.ok) throw new Error(opened.error);
    const s = opened.value.analyze();
    expect(s.warningCount).toBe(1_500);
    expect(s.warnings).toHaveLength(500);
    expect(s.duplicateCount).toBe(1_500);
  });

  it('applyImport lists problems from the kept ones (no spread of the whole list)', async () => {
    const opened = await ImportJob.open(badRows(3), 'p.xlsx', smallBase(), catalogs(), undefined, {
      ...DEFAULT_LIMITS,
      maxProblemsKept: 2,
    });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.analyze().problemCount).toBe(3);
    const r = opened.value.apply('replace', false);
    expect(r.ok ? [] : r.error).toEqual([
      '有 3 处问题，未导入任何数据：',
      expect.stringContaining('第 2 行'),
      expect.stringContaining('第 3 行'),
      '另有 1 处问题未列出',
    ]);
    expect(applyImport).toBeTypeOf('function');
  });
});

describe('source rules', () => {
  it('no spread of an array into a call (push(...x), Math.max(...x)) anywhere in the import code: it overflows the stack past ~125,000 items', () => {
    const dirs = ['src-core/import', 'src-renderer/features/import'];
    const offenders: string[] = [];
    for (const dir of dirs) {
      for (const f of readdirSync(dir)) {
        if (!/\.tsx?$/.test(f)) continue;
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .forEach((text, i) => {
            // A spread argument: `push(...x)`, `push(a, ...x)` (not an object spread `push({ ...x })`).
            if (
              /\.(push|unshift|splice)\((?:[^(){}[\]]*,\s*)?\.\.\.|Math\.(max|min)\((?:[^(){}[\]]*,\s*)?\.\.\.|fromCharCode\(\s*\.\.\.|\.apply\(\s*(null|undefined|Math)/.test(
                text,
              )
            )
              offenders.push(`${dir}/${f}:${i + 1}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });
});
