import { describe, it, expect } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../../src-core/domain/catalog/csv';

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['empty text', '', []],
    ['BOM only', '\uFEFF', []],
    ['one field', 'a', [['a']]],
    [
      'simple LF',
      'a,b,c\n1,2,3',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'trailing LF',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'lone CR',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['mixed line ends', 'a\r\nb\nc', [['a'], ['b'], ['c']]],
    [
      'BOM stripped',
      '\uFEFF科目编码,科目名称\n201,一般公共服务支出',
      [
        ['科目编码', '科目名称'],
        ['201', '一般公共服务支出'],
      ],
    ],
    ['empty fields', ',a,,b,', [['', 'a', '', 'b', '']]],
    [
      'trailing comma then LF',
      'a,\nb,',
      [
        ['a', ''],
        ['b', ''],
      ],
    ],
    ['blank line kept in the middle', 'a\n\nb', [['a'], [''], ['b']]],
    ['only a line break', '\n', [['']]],
    ['quoted field', '"a","b"', [['a', 'b']]],
    ['quoted with comma', '"1,234.50",x', [['1,234.50', 'x']]],
    ['escaped quotes', '"他说""好""",2', [['他说"好"', '2']]],
    ['only an escaped quote', '""""', [['"']]],
    ['empty quoted', '"",""', [['', '']]],
    ['quoted LF inside', '"a\nb",c\nd', [['a\nb', 'c'], ['d']]],
    ['quoted CRLF inside', '"a\r\nb",c\r\n', [['a\r\nb', 'c']]],
    [
      'quoted last field then CRLF',
      'x,"y"\r\nz,"w"\r\n',
      [
        ['x', 'y'],
        ['z', 'w'],
      ],
    ],
    ['quoted field then comma at end', '"a",', [['a', '']]],
    ['spaces kept', ' a , b ', [[' a ', ' b ']]],
    ['stray quote in unquoted field kept', 'ab"c,d', [['ab"c', 'd']]],
    ['ragged rows', 'a,b,c\n1\n1,2,3,4', [['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, value: rows });
  });

  it('reports an unterminated quote with the line where it opened', () => {
    const r = parseCsv('a,b\n1,"2\n3\n4');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('第2行');
      expect(r.error).toContain('引号未闭合');
    }
    const r2 = parseCsv('"abc');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error).toContain('第1行');
  });

  it('counts lines across CRLF and quoted line breaks', () => {
    const r = parseCsv('a\r\n"x\r\ny"\r\n"open');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('第4行');
  });

  it('rejects text after a closing quote', () => {
    const r = parseCsv('a,b\n"x"y,z');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('第2行');
      expect(r.error).toContain('“y”');
    }
  });
});

describe('parseCsvRecords', () => {
  it('uses the trimmed first row as header', () => {
    const r = parseCsvRecords(' code , name \n201,"一般公共服务支出"\r\n202,外交支出\n');
    expect(r).toEqual({
      ok: true,
      value: [
        { code: '201', name: '一般公共服务支出' },
        { code: '202', name: '外交支出' },
      ],
    });
  });

  it('keeps field values as they are (not trimmed)', () => {
    expect(parseCsvRecords('a,b\n x ,"y "')).toEqual({ ok: true, value: [{ a: ' x ', b: 'y ' }] });
  });

  it('fills short rows with empty strings and skips blank lines', () => {
    expect(parseCsvRecords('a,b,c\n1\n\n1,2,3\n')).toEqual({
      ok: true,
      value: [
        { a: '1', b: '', c: '' },
        { a: '1', b: '2', c: '3' },
      ],
    });
  });

  it('header only or empty text gives no records', () => {
    expect(parseCsvRecords('a,b\n')).toEqual({ ok: true, value: [] });
    expect(parseCsvRecords('')).toEqual({ ok: true, value: [] });
  });

  it('rejects a row with more fields than the header, naming its line', () => {
    const r = parseCsvRecords('a,b\n1,2\n"x\ny",2,3');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('第3行');
      expect(r.error).toContain('3个字段');
      expect(r.error).toContain('2列');
    }
  });

  it('rejects repeated or empty header names', () => {
    const dup = parseCsvRecords('a, a\n1,2');
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error).toContain('“a”重复');
    const empty = parseCsvRecords('a,,c\n1,2,3');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error).toContain('第2列');
  });

  it('passes parse errors through', () => {
    const r = parseCsvRecords('a\n"oops');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('引号未闭合');
  });
});
