import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../../../src-core/editor/clipboard/parse-tsv';
import { toTsv } from '../../../../src-core/editor/clipboard/to-tsv';
import { rng } from '../../../support/rng';

describe('toTsv (copying cells for Excel/WPS)', () => {
  it('writes tabs between fields and CRLF after every row, as Excel does', () => {
    expect(
      toTsv([
        ['2010301', '30101', '1234.50'],
        ['2010301', '30102', '88'],
      ]),
    ).toBe('2010301\t30101\t1234.50\r\n2010301\t30102\t88\r\n');
  });

  it('quotes fields holding a tab, a line break or a quote, doubling inner quotes', () => {
    expect(toTsv([['第一行\n第二行', 'a\tb', '他说"好"', 'cr\r', 'plain']])).toBe(
      '"第一行\n第二行"\t"a\tb"\t"他说""好"""\t"cr\r"\tplain\r\n',
    );
  });

  it('writes empty cells and an empty block', () => {
    expect(toTsv([['', 'x', '']])).toBe('\tx\t\r\n');
    expect(toTsv([])).toBe('');
  });

  it('round-trips through parseTsv: the same cells come back', () => {
    const cases: string[][][] = [
      [['a']],
      [['']],
      [
        ['a', ''],
        ['', ''],
      ],
      [
        ['"', '""', '"x"'],
        ['\n', '\r\n', '\t'],
      ],
      [
        ['备注：\n1. 含税', '1,234.56'],
        ['  空格  ', '－12'],
      ],
    ];
    for (const block of cases) expect(parseTsv(toTsv(block))).toEqual(block);
  });

  it('round-trips random blocks of awkward characters', () => {
    const rnd = rng(7);
    const alphabet = ['a', '1', '"', '\t', '\n', '\r', ' ', '元', ',', ''];
    for (let k = 0; k < 500; k++) {
      const rows = 1 + Math.floor(rnd() * 4);
      const cols = 1 + Math.floor(rnd() * 4);
      const block = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () =>
          Array.from({ length: Math.floor(rnd() * 5) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''),
        ),
      );
      expect(parseTsv(toTsv(block))).toEqual(block);
    }
  });
});
