import { describe, expect, it } from 'vitest';
import {
  columnTitles,
  dropHeaderRow,
  normalizeTitle,
  startsWithHeader,
} from '../../../../src-core/editor/clipboard/paste-header';
import type { GridColumn } from '../../../../src-core/editor/grid-model';
import { EXPENSE_COLUMNS } from '../sample-grid';

const columns: GridColumn[] = EXPENSE_COLUMNS.map((c) =>
  c.key === 'function' ? { ...c, titles: ['功能科目编码', '支出功能分类科目'] } : c,
);
const titles = columnTitles(columns);

describe('a header row at the top of a pasted block', () => {
  it('normalises titles: spacing, full width, required marks, colons and a unit annotation', () => {
    expect(normalizeTitle(' 金额（万元） ')).toBe('金额');
    expect(normalizeTitle('*金额(元)')).toBe('金额');
    expect(normalizeTitle('金额（单位：元）')).toBe('金额');
    expect(normalizeTitle('功能科目：')).toBe('功能科目');
    expect(normalizeTitle('元')).toBe('元');
  });

  it('is recognised by the grid’s titles and the other titles a column is known by', () => {
    const block = [
      ['单位', '功能科目编码', '', '经济科目', '金额（元）'],
      ['167001', '2010301', '', '30101', '100'],
    ];
    expect(startsWithHeader(block, titles)).toBe(true);
    expect(dropHeaderRow(block, columns)).toEqual({
      block: [block[1]],
      header: ['单位', '功能科目编码', '经济科目', '金额（元）'],
    });
  });

  it('is not a header when a cell is a value, or when one word is pasted alone', () => {
    expect(startsWithHeader([['单位', '2010301']], titles)).toBe(false);
    expect(startsWithHeader([['备注']], titles)).toBe(false);
    expect(startsWithHeader([['备注'], ['已核对']], titles)).toBe(true);
    expect(startsWithHeader([['', ' ']], titles)).toBe(false);
    expect(startsWithHeader([], titles)).toBe(false);
    const data = [['167001', '2010301']];
    expect(dropHeaderRow(data, columns)).toEqual({ block: data, header: null });
  });

  it('a header row alone leaves nothing to paste', () => {
    expect(dropHeaderRow([['功能科目', '经济科目', '金额']], columns)).toEqual({
      block: [],
      header: ['功能科目', '经济科目', '金额'],
    });
  });
});
