import { describe, expect, it } from 'vitest';
import { runImportCommand } from '../../../src-main/cli/import-command';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { readWorkbook } from '../../../src-core/import/read-workbook';
import { detectDelimiter, detectEncoding, parseDelimited } from '../../../src-core/import/text-file';
import { csvBytes, fakeIo, preview, TEMPLATE_HEADER } from './helpers';

/** Issue #11, item 4: “Unicode 文本” (UTF-16 LE, TAB) and TAB-separated text are read like CSV. */
const ROWS = [
  TEMPLATE_HEADER,
  ['167001', '', '2010301', '30101', '人员经费', '一般公共预算', '否', '', '', '1,234.50', '含“引号”'],
  ['167001', '', '2010301', '30102', '人员经费', '一般公共预算', '否', '', '', '100', ''],
];
/** As Excel writes “Unicode 文本”: TAB between fields, CRLF, a field with a quote in quotes. */
const TSV =
  ROWS.map((r) => r.map((f) => (/["\t\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join('\t')).join('\r\n') +
  '\r\n';

function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
}
function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
}
/** GB18030 bytes of `text` (Node has no encoder: the ASCII part as is, the Chinese from a decoder round trip table). */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GB18030 bytes for ${ch}`);
      out.push(...b);
    }
  }
  return new Uint8Array(out);
}

const expected = [
  { unit: '167001', function: '2010301', economic: '30101', amount: '1234.50', note: '含“引号”' },
  { unit: '167001', function: '2010301', economic: '30102', amount: '100', note: '' },
];

describe('text files', () => {
  it.each([
    ['Unicode 文本（UTF-16 LE，带 BOM）', 'Unicode文本.txt', () => utf16le(TSV)],
    ['UTF-16 BE，带 BOM', 'be.txt', () => utf16be(TSV)],
    ['UTF-16 LE，无 BOM', 'nobom.txt', () => utf16le(TSV, false)],
    ['UTF-8 制表符分隔 .tsv', 'a.tsv', () => csvBytes(TSV)],
    ['UTF-8 带 BOM 制表符分隔 .txt', 'a.txt', () => csvBytes(`\uFEFF${TSV}`)],
    ['GB18030 制表符分隔 .txt（文本文件（制表符分隔））', 'gbk.txt', () => gb18030(TSV)],
  ])('%s is imported', async (_label, name, bytes) => {
    const p = await preview(bytes(), name);
    expect(p.problems).toEqual([]);
    expect(
      p.expenses.map((e) => ({
        unit: e.line.unit,
        function: e.line.function,
        economic: e.line.economic,
        amount: e.line.amount,
        note: e.line.note,
      })),
    ).toEqual(expected);
  });

  it('a CSV with TABs in no header stays comma-separated; a .csv holding TAB-separated text is read too', async () => {
    const csv = `${TEMPLATE_HEADER.join(',')}\n167001,,2010301,30101,人员经费,一般公共预算,否,,,"1,234.50",a\tb\n`;
    const p = await preview(csvBytes(csv), 'a.csv');
    expect(p.expenses.map((e) => [e.line.amount, e.line.note])).toEqual([['1234.50', 'a\tb']]);
    const q = await preview(utf16le(TSV), 'excel.csv');
    expect(q.expenses).toHaveLength(2);
  });

  it('the CLI imports “Unicode 文本” as well', async () => {
    const t = fakeIo({ 'u.txt': utf16le(TSV) });
    expect(
      await runImportCommand(
        ['u.txt', '--out', 'd.json', '--year', '2022', '--department', '某局', '--unit-code', '167001'],
        t.io,
      ),
    ).toBe(0);
    const d = loadDraftText(t.written.get('d.json') as string);
    expect(d.ok && d.value.draft.expenses.length).toBe(2);
  });

  it('detects encodings and separators; quoted TAB fields keep TABs and line breaks', () => {
    expect(detectEncoding(utf16le('a\tb'))).toBe('utf-16le');
    expect(detectEncoding(utf16le('单位\t金额\r\n1\t2', false))).toBe('utf-16le');
    expect(detectEncoding(utf16be('a'))).toBe('utf-16be');
    expect(detectEncoding(csvBytes('单位,金额'))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0xb5, 0xa5, 0xce, 0xbb]))).toBe('gb18030');
    expect(detectDelimiter('单位编码\t金额\n1\t"1,234.50"')).toBe('\t');
    expect(detectDelimiter('单位编码,金额\n1,2')).toBe(',');
    expect(detectDelimiter('"a\tb",c\n')).toBe(',');
    expect(parseDelimited('a\t"b\tc"\t"d\r\ne"\t"f""g"\r\n\t\r\nx', '\t')).toEqual({
      ok: true,
      value: [['a', 'b\tc', 'd\r\ne', 'f"g'], ['', ''], ['x']],
    });
    expect(parseDelimited('a\t"b', '\t')).toEqual({
      ok: false,
      error: '第1行：引号未闭合（该行开始的带引号字段缺少结束的 "）',
    });
  });

  it('UTF-16 text named .xlsx is recognised as text; binary data named .txt is refused', async () => {
    const x = await readWorkbook(utf16le(TSV), '数据.xlsx');
    expect(x.ok ? '' : x.error).toBe(
      '文件“数据.xlsx”不是有效的 .xlsx 文件：内容是文本，可能是 CSV 文件：请把扩展名改为 .csv 后再导入，或在 Excel/WPS 中另存为 .xlsx。',
    );
    const b = await readWorkbook(new Uint8Array([1, 2, 3, 0, 255, 7, 8, 0, 0, 9]), '数据.txt');
    expect(b.ok ? '' : b.error).toBe(
      '文件“数据.txt”不是文本格式的 CSV 文件。请在 Excel/WPS 中“另存为”CSV（逗号分隔）、Unicode 文本或 .xlsx。',
    );
  });
});
