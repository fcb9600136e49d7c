import { describe, expect, it } from 'vitest';
import { searchChoices } from '../../../src-core/editor/choice-search';
import type { EnumValue } from '../../../src-core/editor/grid-model';
import { EXPENSE_COLUMNS, col } from './sample-grid';

const kinds = EXPENSE_COLUMNS[col('kind')].values!;
const sources = EXPENSE_COLUMNS[col('source')].values!;
const units: EnumValue[] = [
  { key: '167001', label: '舟山市人民政府办公室（本级）', aliases: ['167001'] },
  { key: '167002', label: '舟山市大数据发展中心', aliases: ['167002'] },
  { key: '167003', label: '舟山市政府信息中心', aliases: ['167003'] },
];
const labels = (values: readonly EnumValue[], q: string) => searchChoices(values, q).map((h) => h.value.label);

describe('searchChoices: the values of a list column for what is typed', () => {
  it('“公用” → 公用经费; “人员” → 人员经费 (a label starting with the query)', () => {
    expect(labels(kinds, '公用')).toEqual(['公用经费']);
    expect(searchChoices(kinds, '人员')[0]).toMatchObject({ value: { key: 'personnel' }, match: 'label-prefix' });
  });

  it('“大数据中心” → the unit whose name contains the words, or holds them as a shortened name; a code finds its unit', () => {
    expect(searchChoices(units, '大数据中心')).toEqual([{ value: units[1], index: 1, match: 'label-abbreviation' }]);
    expect(labels(units, '大数据 中心')).toEqual(['舟山市大数据发展中心']);
    expect(labels(units, '数据大')).toEqual([]); // the characters out of order
    expect(labels(kinds, '人经')).toEqual([]); // two characters are too few to be read as a short name
    expect(labels(units, '大数据')).toEqual(['舟山市大数据发展中心']);
    expect(searchChoices(units, '167002')).toEqual([{ value: units[1], index: 1, match: 'exact' }]);
    expect(labels(units, '中心')).toEqual(['舟山市大数据发展中心', '舟山市政府信息中心']);
  });

  it('ranks an exact label first, then label prefixes, then aliases, then labels containing the query', () => {
    const values: EnumValue[] = [
      { key: 'a', label: '其他收入' },
      { key: 'b', label: '收入', aliases: ['收入总计'] },
      { key: 'c', label: '收入来源' },
      { key: 'd', label: '上级补助', aliases: ['收入补助'] },
    ];
    expect(searchChoices(values, '收入').map((h) => [h.value.key, h.match])).toEqual([
      ['b', 'exact'],
      ['c', 'label-prefix'],
      ['d', 'alias-prefix'],
      ['a', 'label-contains'],
    ]);
  });

  it('reads the full name of a source as its alias, ignoring spacing and full-width forms', () => {
    expect(labels(sources, '一般公共')[0]).toBe('一般公共预算拨款收入');
    expect(labels(sources, ' 事业 收入 ')).toContain('事业收入（不含财政专户管理资金）');
    expect(searchChoices(kinds, 'ＰＵＢＬＩＣ')[0]).toMatchObject({ value: { key: 'public' }, match: 'exact' });
  });

  it('lists every value in the column’s order for a blank query, and none for an unknown word', () => {
    expect(labels(kinds, '  ')).toEqual(kinds.map((k) => k.label));
    expect(labels(kinds, '工资')).toEqual([]);
    expect(labels([], '公用')).toEqual([]);
  });
});
