import { describe, expect, it, vi } from 'vitest';
import { runImportCommand } from '../../../src-main/cli/import-command';
import { createImportClient } from '../../../src-renderer/features/import/import-client';
import { ImportJob } from '../../../src-core/import/import-job';
import { previewImportFile } from '../../../src-core/import/import-file';
import { problemLines } from '../../../src-core/import/messages';
import { book, catalogs, csvBytes, fakeIo, isCell, line, smallBase, TEMPLATE_HEADER, xlsx } from './helpers';

/**
 * Issue #11, item 6: for each bad file the import dialog shows the message the CLI prints — one
 * function makes it — and no stack trace or English error text reaches the officer. The dialog's
 * side is its ImportClient (here in the page, as where workers are unavailable; the worker runs
 * the same ImportJob and the same message functions).
 */
const CLI = ['--out', 'd.json', '--year', '2022', '--department', '某局', '--unit-code', '167001'];
const NOT_ENGLISH = /Error|error:|\bat \S+:\d+|undefined|null|NaN|Cannot|Maximum call stack/;

async function badFiles(): Promise<[string, Uint8Array][]> {
  const good = await xlsx([{ name: '支出明细', rows: [TEMPLATE_HEADER, line()] }]);
  return [
    ['文本改名.xlsx', csvBytes('单位编码,金额\n1,2\n')],
    ['截断.xlsx', good.subarray(0, good.length - 100)],
    ['空.xlsx', new Uint8Array(0)],
    [
      '整表合并.xlsx',
      book({
        sheets: [
          {
            name: '支出',
            xml: `<worksheet><sheetData><row r="1">${isCell('A1', '单位编码')}</row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`,
          },
        ],
      }),
    ],
    [
      '坐标.xlsx',
      book({
        sheets: [
          {
            name: '支出',
            xml: `<worksheet><sheetData><row r="1"><c r="ZZZZZZ99999999"><v>1</v></c></row></sheetData></worksheet>`,
          },
        ],
      }),
    ],
    ['二进制.txt', new Uint8Array([1, 2, 3, 0, 255, 7, 8, 0, 0, 9])],
    ['旧版.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
  ];
}

describe('the dialog and the CLI say the same', () => {
  it('files that cannot be read: the same Chinese message, nothing written', async () => {
    for (const [name, bytes] of await badFiles()) {
      const client = createImportClient(() => catalogs());
      const dialog = await client.open(bytes, name, smallBase(), () => {});
      if (dialog.ok) throw new Error(`${name} should be refused`);
      expect(dialog.error).toHaveLength(1);
      const t = fakeIo({ [name]: bytes });
      expect(await runImportCommand([name, ...CLI], t.io)).toBe(1);
      expect(t.errs.join('')).toBe(`${dialog.error[0]}\n未写入任何文件。\n`);
      expect(dialog.error[0]).toMatch(new RegExp(`^文件“${name.replace('.', '\\.')}”`));
      expect(dialog.error[0]).not.toMatch(NOT_ENGLISH);
      expect(t.written.size).toBe(0);
    }
  });

  it('files refused for their sheets or rows: the dialog lists exactly the lines the CLI prints', async () => {
    const files: [string, Uint8Array][] = [
      [
        '合并表头.xlsx',
        await xlsx([
          {
            name: '支出',
            rows: [TEMPLATE_HEADER, line(), line({ economic: '30102' }), line({ economic: '30103' })],
            merges: ['A1:A3'],
          },
        ]),
      ],
      [
        '两个支出表.xlsx',
        await xlsx([
          { name: '支出一', rows: [TEMPLATE_HEADER, line()] },
          { name: '支出二', rows: [TEMPLATE_HEADER, line()] },
        ]),
      ],
      [
        '坏行.xlsx',
        await xlsx([{ name: '支出明细', rows: [TEMPLATE_HEADER, line({ amount: '13,6' }), line({ unit: 5 })] }]),
      ],
    ];
    for (const [name, bytes] of files) {
      const client = createImportClient(() => catalogs());
      const opened = await client.open(bytes, name, smallBase(), () => {});
      if (!opened.ok) throw new Error(opened.error.join());
      const shown = problemLines(opened.value.problems, opened.value.problemCount);
      expect(shown.length).toBeGreaterThan(0);
      const t = fakeIo({ [name]: bytes });
      expect(await runImportCommand([name, ...CLI], t.io)).toBe(1);
      const printed = t.errs.join('').split('\n');
      expect(printed[0]).toBe(`有 ${opened.value.problemCount} 处问题，未导入任何数据：`);
      expect(printed.slice(1, 1 + shown.length)).toEqual(shown);
      expect(t.written.size).toBe(0);
    }
  });

  it('an unexpected exception while reading becomes “无法读取文件…”, in the CLI and in the dialog; nothing is stored', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // the developer's console only
    // Bytes that throw when read (a stand-in for any bug or unforeseen breakage in the reader).
    const hostile = new Proxy(new Uint8Array(64), {
      get(target, key) {
        if (key === 'subarray' || key === '0') throw new TypeError("Cannot read properties of undefined (reading 'x')");
        const v = Reflect.get(target, key);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const t = fakeIo({ 'x.xlsx': hostile });
    expect(await runImportCommand(['x.xlsx', ...CLI], t.io)).toBe(1);
    expect(t.errs.join('')).toBe('无法读取文件“x.xlsx”：文件已损坏或不是 Excel 工作簿\n未写入任何文件。\n');
    expect(t.written.size).toBe(0);

    const job = await ImportJob.open(hostile, 'x.xlsx', smallBase(), catalogs());
    expect(job.ok ? '' : job.error).toBe('无法读取文件“x.xlsx”：文件已损坏或不是 Excel 工作簿');

    // Checking the rows fails unexpectedly (a broken draft): the dialog's client and the CLI's preview say the same.
    const broken = { ...smallBase(), catalogExtras: undefined as never };
    const good = await xlsx([{ name: '支出明细', rows: [TEMPLATE_HEADER, line()] }]);
    const client = createImportClient(() => catalogs());
    const dialog = await client.open(good, 'C:\\数据\\预算.xlsx', broken, () => {});
    expect(dialog.ok ? [] : dialog.error).toEqual(['无法读取文件“预算.xlsx”：文件已损坏或不是 Excel 工作簿']);
    const cli = await previewImportFile(good, 'C:\\数据\\预算.xlsx', { base: broken, catalogs: catalogs() });
    expect(cli.ok ? '' : cli.error).toBe('无法读取文件“预算.xlsx”：文件已损坏或不是 Excel 工作簿');
    const text = await createImportClient(() => {
      throw new Error('boom');
    }).open(csvBytes('a,b\n'), '数据.csv', smallBase(), () => {});
    expect(text.ok ? [] : text.error).toEqual(['无法读取文件“数据.csv”：文件已损坏或不是 CSV/文本文件']);
  });

  it('a missing input file is said in Chinese (not “ENOENT: no such file or directory”)', async () => {
    const t = fakeIo({});
    expect(await runImportCommand(['无.xlsx', ...CLI], t.io)).toBe(1);
    expect(t.errs.join('')).toBe('无法读取文件“无.xlsx”：文件不存在\n');
  });
});
