import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../../../src-core/editor/clipboard/parse-tsv';

describe('parseTsv (Excel/WPS text clipboard)', () => {
  it('reads a real-looking Excel copy: CRLF rows, a trailing CRLF, formatted amounts kept as shown', () => {
    const text =
      '单位\t功能科目\t经济科目\t金额\r\n167001\t2010301\t30101\t1,234.56\r\n167001\t2010301\t30102\t１２３\r\n';
    expect(parseTsv(text)).toEqual([
      ['单位', '功能科目', '经济科目', '金额'],
      ['167001', '2010301', '30101', '1,234.56'],
      ['167001', '2010301', '30102', '１２３'],
    ]);
  });

  it('reads quoted fields with embedded newlines, tabs and doubled quotes', () => {
    const text = '"第一行\n第二行"\t"他说""好"""\t"a\tb"\r\nx\t"引号""\n换行"\ty\r\n';
    expect(parseTsv(text)).toEqual([
      ['第一行\n第二行', '他说"好"', 'a\tb'],
      ['x', '引号"\n换行', 'y'],
    ]);
  });

  it('accepts LF and lone CR line ends (Mac Excel), and mixes of them', () => {
    expect(parseTsv('a\tb\nc\td\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('a\tb\rc\td\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('a\r\nb\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('ignores exactly one trailing newline; a second one is an empty row', () => {
    expect(parseTsv('a\r\n')).toEqual([['a']]);
    expect(parseTsv('a')).toEqual([['a']]);
    expect(parseTsv('a\r\n\r\n')).toEqual([['a'], ['']]);
    expect(parseTsv('a\n\n')).toEqual([['a'], ['']]);
  });

  it('gives [] for empty text and one empty cell for a lone newline (a copied empty cell)', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\r\n')).toEqual([['']]);
  });

  it('pads ragged rows to the widest row', () => {
    expect(parseTsv('a\tb\tc\r\nd\r\ne\tf\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['d', '', ''],
      ['e', 'f', ''],
    ]);
  });

  it('keeps empty fields, leading and trailing tabs', () => {
    expect(parseTsv('\ta\t\t\r\n')).toEqual([['', 'a', '', '']]);
  });

  it('takes text with stray quotes literally rather than swallowing the rest of the block', () => {
    expect(parseTsv('5"显示器\t"abc" def\r\n"未闭合\tx\r\nnext\ty')).toEqual([
      ['5"显示器', '"abc" def'],
      ['"未闭合', 'x'],
      ['next', 'y'],
    ]);
  });

  it('reads a quoted field at the very end without a newline, and an empty quoted field', () => {
    expect(parseTsv('a\t"b\nc"')).toEqual([['a', 'b\nc']]);
    expect(parseTsv('""\tx')).toEqual([['', 'x']]);
  });

  it('keeps spaces inside fields as typed and drops a byte-order mark', () => {
    expect(parseTsv('\uFEFF 12 \t备 注\r\n')).toEqual([[' 12 ', '备 注']]);
  });

  it('reads a 3×4 block', () => {
    const block = parseTsv('1\t2\t3\t4\r\n5\t6\t7\t8\r\n9\t10\t11\t12\r\n');
    expect(block).toHaveLength(3);
    expect(block.every((r) => r.length === 4)).toBe(true);
    expect(block[2][3]).toBe('12');
  });
});
