import { describe, expect, it } from 'vitest';
import { bookableLevel, createCodeSearch, parseCodeQuery } from '../../../src-core/editor/code-search';
import { testResources } from '../fixture-resources';
import { SMALL_CATALOGS } from './sample-grid';

const catalogs = testResources().catalogs.forYear(2025);
const searchFunction = createCodeSearch(catalogs.function);
const searchEconomic = createCodeSearch(catalogs.economic);

describe('code search over the built-in catalogs', () => {
  it('“公务接待” finds 30217 公务接待费 first, with its 类 as context', () => {
    const { hits } = searchEconomic('公务接待');
    expect(hits[0].entry.code).toBe('30217');
    expect(hits[0].entry.name).toBe('公务接待费');
    expect(hits[0].match).toBe('name-prefix');
    expect(hits[0].selectable).toBe(true);
    expect(hits[0].path.map((p) => `${p.code} ${p.name}`)).toEqual(['302 商品和服务支出']);
  });

  it('“2010301” finds 行政运行 with its 类/款 path', () => {
    const { hits, total } = searchFunction('2010301');
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({
      match: 'code-exact',
      selectable: true,
      entry: { code: '2010301', name: '行政运行' },
    });
    expect(hits[0].path.map((p) => p.code)).toEqual(['201', '20103']);
    expect(hits[0].path.map((p) => p.name)).toEqual(['一般公共服务支出', '政府办公厅（室）及相关机构事务']);
  });

  it('a code prefix lists the 项 under it, in code order, and never the 类/款 themselves', () => {
    const { hits } = searchFunction('20103', { limit: 100 });
    expect(hits.length).toBeGreaterThan(3);
    expect(
      hits.every((h) => h.entry.code.startsWith('20103') && h.entry.level === 3 && h.match === 'code-prefix'),
    ).toBe(true);
    expect(hits.map((h) => h.entry.code)).toEqual([...hits.map((h) => h.entry.code)].sort());
    expect(
      searchFunction('201', { limit: 2000 }).hits.some((h) => h.entry.code === '201' || h.entry.code === '20103'),
    ).toBe(false);
  });

  it('the many 项 named 行政运行 come with the 款 that tells them apart', () => {
    const { hits } = searchFunction('行政运行', { limit: 500 });
    const exact = hits.filter((h) => h.entry.name === '行政运行');
    expect(exact.length).toBeGreaterThan(10);
    expect(hits.slice(0, exact.length).every((h) => h.entry.name === '行政运行')).toBe(true);
    expect(new Set(exact.map((h) => h.path[1]?.name)).size).toBe(exact.length);
  });

  it('economic 款 are bookable, 类 are not', () => {
    expect(bookableLevel('economic')).toBe(2);
    expect(bookableLevel('function')).toBe(3);
    const { hits } = searchEconomic('301', { limit: 100 });
    expect(hits.every((h) => h.entry.level === 2)).toBe(true);
    expect(hits.map((h) => h.entry.code)).toContain('30101');
  });

  it('ranks: exact code, code prefix, exact name, name prefix, name contains, then 类/款 name', () => {
    const ranks = ['code-exact', 'code-prefix', 'name-exact', 'name-prefix', 'name-contains', 'parent-name'];
    for (const q of ['30101', '3011', '住房', '医疗', '养老']) {
      const e = searchEconomic(q, { limit: 1000 }).hits.map((h) => ranks.indexOf(h.match));
      const f = searchFunction(q, { limit: 1000 }).hits.map((h) => ranks.indexOf(h.match));
      expect(e, q).toEqual([...e].sort((a, b) => a - b));
      expect(f, q).toEqual([...f].sort((a, b) => a - b));
      expect(e.length + f.length, q).toBeGreaterThan(0);
    }
  });

  it('an exact name comes first, then names starting with the query, then names containing it', () => {
    const { hits } = searchEconomic('办公费', { limit: 100 });
    expect(hits[0]).toMatchObject({ entry: { code: '30201', name: '办公费' }, match: 'name-exact' });
    const { hits: wages } = searchEconomic('工资', { limit: 100 });
    const kinds = wages.map((h) => h.match);
    expect(kinds.indexOf('name-prefix')).toBeLessThan(kinds.indexOf('name-contains'));
    expect(wages.find((h) => h.match === 'name-contains')?.entry.name).not.toMatch(/^工资/);
  });

  it('several words must all match, in the name or in the 类/款 above it: “政府办公厅 行政运行” → 2010301', () => {
    const { hits } = searchFunction('政府办公厅 行政运行');
    expect(hits[0]).toMatchObject({ entry: { code: '2010301', name: '行政运行' }, match: 'name-exact' });
    expect(hits.every((h) => h.path.some((p) => p.name.includes('政府办公厅')))).toBe(true);
    expect(searchFunction('政府办公厅 不存在的词').hits).toEqual([]);
    // digits then words: the code must start with the digits and the words must match too
    expect(searchFunction('20103 行政运行').hits.map((h) => h.entry.code)).toEqual(['2010301']);
    expect(searchFunction('20103 行政').hits.map((h) => h.entry.code)).toEqual(['2010301', '2010302']);
  });

  it('among equal names the caller’s preference decides: the 款 the draft books, the 类 of the line’s type', () => {
    const plain = searchFunction('一般行政管理事务', { limit: 100 }).hits;
    expect(plain[0].entry.code).toBe('2010102'); // code order alone: 人大事务
    const used = new Set(['20103']);
    const preferred = searchFunction('一般行政管理事务', {
      limit: 100,
      prefer: (e) => (used.has(e.code.slice(0, 5)) ? 1 : 0),
    }).hits;
    expect(preferred[0].entry.code).toBe('2010302');
    expect(preferred.length).toBe(plain.length);

    expect(searchEconomic('办公设备购置').hits.map((h) => h.entry.code)).toEqual(['30902', '31002']);
    const publicKind = searchEconomic('办公设备购置', {
      prefer: (e) => (catalogs.economic.get(e.code.slice(0, 3))?.basicKind === 'public' ? 1 : 0),
    });
    expect(publicKind.hits.map((h) => h.entry.code)).toEqual(['31002', '30902']);
  });

  it('“养老” finds the 项 under 20805 行政事业单位养老支出 by its 款 name', () => {
    const { hits } = searchFunction('养老', { limit: 200 });
    const pension = hits.find((h) => h.entry.code === '2080505');
    expect(pension).toBeDefined();
    expect(['name-contains', 'parent-name']).toContain(pension?.match);
  });
});

describe('code search rules', () => {
  const search = createCodeSearch(SMALL_CATALOGS.function);

  it('limits the hits and reports the total', () => {
    const r = search('20', { limit: 2 });
    expect(r.hits.map((h) => h.entry.code)).toEqual(['2010301', '2010302']);
    expect(r.total).toBe(3);
    expect(search('20', { limit: 0 }).hits).toEqual([]);
  });

  it('ignores spacing, full-width digits and the name after a code (as cells display it)', () => {
    expect(search('２０１０３０１').hits[0].entry.code).toBe('2010301');
    expect(search(' 2010301 行政运行 ').hits[0].entry.code).toBe('2010301');
    expect(search('行政 运行').hits[0].entry.code).toBe('2010301');
    expect(search('政府办公厅(室)').hits.map((h) => h.match)).toEqual(['parent-name', 'parent-name']);
  });

  it('an exact name outranks a longer one starting the same way', () => {
    const eco = createCodeSearch(SMALL_CATALOGS.economic);
    expect(eco('基本工资').hits[0].entry.code).toBe('30101');
  });

  it('with includeParents lists matching 类/款 as non-selectable context', () => {
    const r = search('201', { includeParents: true });
    expect(r.hits.map((h) => [h.entry.code, h.selectable, h.match])).toEqual([
      ['201', false, 'code-exact'],
      ['20103', false, 'code-prefix'],
      ['2010301', true, 'code-prefix'],
      ['2010302', true, 'code-prefix'],
    ]);
  });

  it('splits a query into its leading code and its words', () => {
    expect(parseCodeQuery('  ')).toBeNull();
    expect(parseCodeQuery('2010301 行政运行')).toEqual({ code: '2010301', words: ['行政运行'] });
    expect(parseCodeQuery('[2010301]行政运行')).toEqual({ code: '2010301', words: ['行政运行'] });
    expect(parseCodeQuery('政府办公厅　行政运行')).toEqual({ words: ['政府办公厅', '行政运行'] });
  });

  it('finds nothing for an empty query or an unknown name', () => {
    expect(search('   ')).toEqual({ hits: [], total: 0 });
    expect(search('不存在的科目').hits).toEqual([]);
    expect(search('999').hits).toEqual([]);
  });
});
