import { describe, expect, it } from 'vitest';
import { runImportCommand, type ImportIo } from '../../../src-main/cli/import-command';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { csvBytes, line, TEMPLATE_HEADER, xlsx } from './helpers';

function fakeIo(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const errs: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const io: ImportIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => errs.push(s),
    readBytes: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: ${p}`);
      return files[p];
    },
    writeFile: (p, d) => {
      written.set(p, d);
    },
    exists: (p) => p in files || written.has(p),
  };
  return { io, out, errs, written };
}

const CSV = `${TEMPLATE_HEADER.join(',')}\n,,2010301,30101,人员经费,一般公共预算,否,,,"1,000.50",\n`;

describe('cli import', () => {
  it('writes a new draft (exit 0) from a CSV, rows without a unit going to --unit-code', async () => {
    const t = fakeIo({ 'a.csv': csvBytes(CSV) });
    const code = await runImportCommand(
      ['a.csv', '--out', 'd.json', '--year', '2024', '--department', '某局', '--unit-code', '101001'],
      t.io,
    );
    expect(t.errs.join('')).toBe('');
    expect(code).toBe(0);
    const d = loadDraftText(t.written.get('d.json') as string);
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    expect(d.value.draft.expenses).toEqual([
      {
        unit: '101001',
        function: '2010301',
        economic: '30101',
        kind: 'personnel',
        source: 'gpb',
        carryover: false,
        amount: '1000.50',
        project: null,
        note: '',
      },
    ]);
    expect(t.out.join('')).toMatch(/^已导入 1 条支出明细（合计 1000.50）/);
  });

  it('rejects (exit 1) with every problem in Chinese and writes nothing', async () => {
    const bytes = await xlsx([
      { name: '支出明细', rows: [TEMPLATE_HEADER, line({ amount: '13,6' }), line({ function: '2999999' })] },
    ]);
    const t = fakeIo({ 'a.xlsx': bytes });
    const code = await runImportCommand(
      ['import', 'a.xlsx', '--out', 'd.json', '--year', '2024', '--department', '某局', '--unit-code', '167001'],
      t.io,
    );
    expect(code).toBe(1);
    expect(t.written.size).toBe(0);
    const err = t.errs.join('');
    expect(err).toMatch(/有 2 处问题，未导入任何数据/);
    expect(err).toMatch(/第 2 行 J 列（金额）：无法识别金额“13,6”/);
    expect(err).toMatch(/第 3 行 C 列（功能科目编码）：编码“2999999”不在/);
    expect(err).toMatch(/未写入任何文件/);
  });

  it('a file that is not a workbook, an existing output: exit 1; usage errors: exit 2', async () => {
    const t = fakeIo({ 'a.xlsx': csvBytes('hello'), 'old.json': csvBytes('{}') });
    expect(await runImportCommand(['a.xlsx', '--out', 'd.json', '--year', '2024', '--department', '某局'], t.io)).toBe(
      1,
    );
    expect(t.errs.join('')).toMatch(/不是有效的 .xlsx 文件/);
    expect(
      await runImportCommand(['a.xlsx', '--out', 'old.json', '--year', '2024', '--department', '某局'], t.io),
    ).toBe(1);
    expect(await runImportCommand(['a.xlsx'], t.io)).toBe(2);
    expect(await runImportCommand(['a.xlsx', '--out', 'd.json'], t.io)).toBe(2);
    expect(
      await runImportCommand(
        ['a.xlsx', '--out', 'd.json', '--year', '2024', '--department', 'x', '--amount-unit', 'jin'],
        t.io,
      ),
    ).toBe(2);
    expect(await runImportCommand(['a.xlsx', '--bogus'], t.io)).toBe(2);
    expect(t.written.size).toBe(0);
  });
});
