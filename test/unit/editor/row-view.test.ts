import { describe, expect, it } from 'vitest';
import {
  buildView,
  compareDecimal,
  isViewActive,
  NO_PROJECT,
  NO_VIEW,
  showView,
  sortIds,
  type ViewReader,
  type ViewRow,
} from '../../../src-core/editor/row-view';

const row = (unit: string, fn: string, econ: string, kind: string, amount: string, project = ''): ViewRow => ({
  unit,
  function: fn,
  economic: econ,
  kind,
  project,
  amount,
});

/** Stored order a…f. */
const ROWS: Record<string, ViewRow> = {
  a: row('001', '2010301', '30101', 'personnel', '2874600.00'),
  b: row('002', '2010301', '30217', 'public', '12000.50'),
  c: row('001', '2080505', '30108', 'personnel', '1039500.00'),
  d: row('002', '2010302', '30217', 'project', '-300.00', 'P1'),
  e: row('001', '2010350', '30201', 'public', '12000.5'),
  f: row('003', '2210201', '30113', 'personnel', 'abc'),
};
const IDS = Object.keys(ROWS);
const NAMES: Record<string, string> = { '30217': '公务接待费', '30101': '基本工资', '2010301': '行政运行' };
const reader: ViewReader = {
  row: (id) => ROWS[id],
  codeName: (_s, code) => NAMES[code] ?? '',
  order: { unit: ['002', '001', '003'], kind: ['personnel', 'public', 'project'] },
};

describe('compareDecimal', () => {
  it('compares decimal strings exactly, whatever their length or trailing zeros', () => {
    expect(compareDecimal('2.10', '2.1')).toBe(0);
    expect(compareDecimal('-1.5', '0')).toBeLessThan(0);
    expect(compareDecimal('-2', '-10')).toBeGreaterThan(0);
    expect(compareDecimal('99999999999999999.99', '100000000000000000.00')).toBeLessThan(0);
    expect(compareDecimal('0.01', '0.009')).toBeGreaterThan(0);
    expect(compareDecimal('-0.00', '0')).toBe(0);
    expect(compareDecimal('abc', '-1e9')).toBe(0); // both not numbers
    expect(compareDecimal('abc', '5')).toBeGreaterThan(0);
  });
});

describe('buildView: filtering', () => {
  const view = (filter: object) => buildView(IDS, { filter, sort: null }, reader).order;

  it('no filter and no sort is no view', () => {
    expect(isViewActive(NO_VIEW)).toBe(false);
    expect(isViewActive({ filter: { unit: ' ' }, sort: null })).toBe(false);
    expect(isViewActive({ filter: { unit: '001' }, sort: null })).toBe(true);
  });

  it('by unit, kind and project (NO_PROJECT keeps lines without one), in stored order', () => {
    expect(view({ unit: '001' })).toEqual(['a', 'c', 'e']);
    expect(view({ kind: 'public' })).toEqual(['b', 'e']);
    expect(view({ project: 'P1' })).toEqual(['d']);
    expect(view({ project: NO_PROJECT })).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(view({ unit: '001', kind: 'personnel' })).toEqual(['a', 'c']);
  });

  it('codes by prefix (full-width digits and spaces ignored) or by name', () => {
    expect(view({ function: '201' })).toEqual(['a', 'b', 'd', 'e']);
    expect(view({ function: '２０１０３０ ' })).toEqual(['a', 'b', 'd']);
    expect(view({ function: '2010301' })).toEqual(['a', 'b']);
    expect(view({ economic: '302' })).toEqual(['b', 'd', 'e']);
    expect(view({ economic: '公务接待' })).toEqual(['b', 'd']);
    expect(view({ function: '行政运行', economic: '302' })).toEqual(['b']);
  });
});

describe('sortIds', () => {
  it('amount, largest first, exact and stable; what is not a number goes last', () => {
    expect(sortIds(IDS, { key: 'amount', dir: 'desc' }, reader)).toEqual(['a', 'c', 'b', 'e', 'd', 'f']);
    expect(sortIds(IDS, { key: 'amount', dir: 'asc' }, reader)).toEqual(['d', 'b', 'e', 'c', 'a', 'f']);
  });

  it('enum-like fields by their listed order, codes by code, stable within equal keys', () => {
    expect(sortIds(IDS, { key: 'unit', dir: 'asc' }, reader)).toEqual(['b', 'd', 'a', 'c', 'e', 'f']);
    expect(sortIds(IDS, { key: 'kind', dir: 'desc' }, reader)).toEqual(['d', 'b', 'e', 'a', 'c', 'f']);
    expect(sortIds(IDS, { key: 'economic', dir: 'asc' }, reader)).toEqual(['a', 'c', 'f', 'e', 'b', 'd']);
  });

  it('blank values last in either direction', () => {
    expect(sortIds(IDS, { key: 'project', dir: 'asc' }, reader)[0]).toBe('d');
    expect(sortIds(IDS, { key: 'project', dir: 'desc' }, reader)[0]).toBe('d');
  });

  it('50,000 rows filter and sort by amount well within a frame budget of a click', () => {
    const many: Record<string, ViewRow> = {};
    const ids: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const id = `L${i}`;
      ids.push(id);
      many[id] = row(
        i % 7 === 0 ? '002' : '001',
        '2010301',
        '30101',
        'personnel',
        `${(i * 7919) % 100000}.${String(i % 100).padStart(2, '0')}`,
      );
    }
    const r: ViewReader = { row: (id) => many[id] };
    buildView(ids, { filter: {}, sort: { key: 'amount', dir: 'desc' } }, r); // warm up
    const t1 = performance.now();
    buildView(ids, { filter: {}, sort: { key: 'amount', dir: 'desc' } }, r);
    console.log(`buildView 50,000 rows, sort all by amount: ${(performance.now() - t1).toFixed(1)} ms`);
    const t0 = performance.now();
    const v = buildView(ids, { filter: { unit: '002' }, sort: { key: 'amount', dir: 'desc' } }, r);
    const ms = performance.now() - t0;
    expect(v.order.length).toBe(Math.ceil(50_000 / 7));
    for (let i = 1; i < v.order.length; i++)
      expect(compareDecimal(many[v.order[i - 1]].amount, many[v.order[i]].amount)).toBeGreaterThanOrEqual(0);
    console.log(`buildView 50,000 rows, filter + sort by amount: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(500); // generous for a shared machine
  });
});

describe('showView: a built view follows later edits without re-filtering', () => {
  const base = () => buildView(IDS, { filter: { unit: '001' }, sort: null }, reader);
  const all = (ids: string[]) => (id: string) => ids.includes(id);

  it('returns the same view when nothing new appeared, and skips removed rows', () => {
    const v = base();
    const stored = IDS.filter((id) => id !== 'c');
    const r = showView(v, stored, all(stored));
    expect(r.view).toBe(v);
    expect(r.ids).toEqual(['a', 'e']);
    // c comes back (undo of a delete): in its place again
    expect(showView(v, IDS, all(IDS)).ids).toEqual(['a', 'c', 'e']);
  });

  it('a row inserted before a shown row appears before it; rows appended appear at the end, in stored order', () => {
    const v = base();
    const stored = ['a', 'b', 'x', 'c', 'd', 'e', 'f', 'y', 'z'];
    const r = showView(v, stored, all(stored));
    expect(r.ids).toEqual(['a', 'x', 'c', 'e', 'y', 'z']);
    // placed once: the next call gives the same order from the placed view
    expect(showView(r.view, stored, all(stored)).ids).toEqual(['a', 'x', 'c', 'e', 'y', 'z']);
  });

  it('in a sorted view a new row goes before the next stored row the view shows', () => {
    const v = buildView(IDS, { filter: {}, sort: { key: 'amount', dir: 'desc' } }, reader); // a c b e d f
    const stored = ['a', 'b', 'c', 'n', 'd', 'e', 'f'];
    expect(showView(v, stored, all(stored)).ids).toEqual(['a', 'c', 'b', 'e', 'n', 'd', 'f']);
  });

  it('a row hidden by the filter stays hidden, even if edited to match', () => {
    const v = base();
    ROWS.b = { ...ROWS.b, unit: '001' };
    try {
      expect(showView(v, IDS, all(IDS)).ids).toEqual(['a', 'c', 'e']);
    } finally {
      ROWS.b = { ...ROWS.b, unit: '002' };
    }
  });
});

describe('sorting amounts beyond double precision', () => {
  it('orders long decimals exactly', () => {
    const rows: Record<string, ViewRow> = {
      p: row('1', '', '', '', '12345678901234567.01'),
      q: row('1', '', '', '', '12345678901234567.02'),
      r: row('1', '', '', '', '12345678901234567'),
      s: row('1', '', '', '', '-12345678901234567.5'),
      t: row('1', '', '', '', '3'),
    };
    const r: ViewReader = { row: (id) => rows[id] };
    expect(sortIds(['q', 'p', 't', 'r', 's'], { key: 'amount', dir: 'asc' }, r)).toEqual(['s', 't', 'r', 'p', 'q']);
    expect(sortIds(['q', 'p', 't', 'r', 's'], { key: 'amount', dir: 'desc' }, r)).toEqual(['q', 'p', 'r', 't', 's']);
  });
});
