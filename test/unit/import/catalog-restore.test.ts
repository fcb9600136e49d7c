import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Catalog, type Scheme } from '../../../src-core/domain/catalog/catalog';
import { builtinResources } from '../../../src-renderer/builtin/resources';
import { catalogToCsv } from '../../../src-core/import/catalog-csv';
import {
  importedCatalogs,
  importTimeText,
  isImported,
  planRestore,
  type StoredCatalog,
} from '../../../src-renderer/features/import/catalog-restore';
import {
  applyRestorePlan,
  localCatalogFiles,
  localCatalogRecords,
  removeLocalCatalogs,
  saveLocalCatalog,
} from '../../../src-renderer/features/import/local-catalogs';
import { testResources } from '../fixture-resources';

const shipped = () => testResources().catalogs;
const shippedYear = () => shipped().years()[0];

/** A small imported catalog: 201 / 20103 / 2010301 (function) or 301 / 30101 (economic). */
function small(scheme: Scheme, year: number): Catalog {
  const rows =
    scheme === 'function'
      ? ([
          ['201', '一般公共服务支出', 1, null],
          ['20103', '政府办公厅（室）及相关机构事务', 2, '201'],
          ['2010301', '行政运行（新名）', 3, '20103'],
        ] as const)
      : ([
          ['301', '工资福利支出', 1, null],
          ['30101', '基本工资', 2, '301'],
        ] as const);
  return new Catalog(
    scheme,
    year,
    rows.map(([code, name, level, parent]) => ({ code, name, description: '', level, parent, verified: true })),
  );
}

const rec = (
  scheme: Scheme,
  year: number,
  kind: StoredCatalog['kind'],
  text = catalogToCsv(small(scheme, year)),
  importedAt: string | null = '2026-01-02T03:04:00.000Z',
): StoredCatalog => ({ scheme, year, text, kind, importedAt });

describe('恢复内置科目表: which stored catalogs are imports, and the plan', () => {
  it('lists imports with their code count and time; kept copies are not listed', () => {
    const list = importedCatalogs(
      [
        rec('economic', 2026, 'imported'),
        rec('function', 2026, 'kept'),
        rec('function', 2027, 'imported', undefined, null),
      ],
      shipped(),
    );
    expect(list).toEqual([
      { scheme: 'function', year: 2027, codes: 3, importedAt: null },
      { scheme: 'economic', year: 2026, codes: 2, importedAt: '2026-01-02T03:04:00.000Z' },
    ]);
  });

  it('reads older entries (no kind recorded): a copy equal to the shipped list is a kept copy, anything else an import', () => {
    const year = shippedYear();
    const copy = catalogToCsv(shipped().forYear(year).economic);
    expect(isImported(rec('economic', year, null, copy, null), shipped())).toBe(false);
    expect(isImported(rec('function', year, null, undefined, null), shipped())).toBe(true);
    // A year that is not shipped is compared with the shipped list it falls back to.
    expect(isImported(rec('economic', 2030, null, copy, null), shipped())).toBe(false);
  });

  it('removes the import and the kept copy of the other scheme', () => {
    const records = [rec('function', 2026, 'imported'), rec('economic', 2026, 'kept')];
    expect(planRestore(records, 'function', 2026, shipped())).toEqual({
      remove: [
        { scheme: 'function', year: 2026 },
        { scheme: 'economic', year: 2026 },
      ],
      write: [],
    });
  });

  it("keeps the other scheme's import: removes only this one for a shipped year, stores the shipped list otherwise", () => {
    const year = shippedYear();
    expect(
      planRestore([rec('function', year, 'imported'), rec('economic', year, 'imported')], 'economic', year, shipped()),
    ).toEqual({ remove: [{ scheme: 'economic', year }], write: [] });
    const plan = planRestore(
      [rec('function', 2030, 'imported'), rec('economic', 2030, 'imported')],
      'economic',
      2030,
      shipped(),
    );
    expect(plan.remove).toEqual([]);
    expect(plan.write).toEqual([
      { scheme: 'economic', year: 2030, text: catalogToCsv(shipped().forYear(2030).economic) },
    ]);
  });

  it('shows the import time in local time, or says it was not recorded', () => {
    const d = new Date(2026, 0, 2, 3, 4);
    expect(importTimeText(d.toISOString())).toBe('2026-01-02 03:04');
    expect(importTimeText(null)).toBe('时间未记录');
    expect(importTimeText('not a date')).toBe('时间未记录');
  });
});

/** A Map-backed localStorage for Node. */
class MemoryStorage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v));
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  clear() {
    this.m.clear();
  }
}

describe('catalogs stored on this computer: import time, restore', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('stores the import time and file name; the other scheme as a kept copy; restoring brings the shipped list back', () => {
    const year = shippedYear();
    const inUse = shipped().forYear(year);
    expect(saveLocalCatalog(year, small('function', year), inUse, '功能分类.csv', '2026-01-02T03:04:00.000Z')).toBe(
      true,
    );
    const records = localCatalogRecords();
    expect(records.map((r) => [r.scheme, r.kind, r.importedAt, r.fileName])).toEqual(
      expect.arrayContaining([
        ['function', 'imported', '2026-01-02T03:04:00.000Z', '功能分类.csv'],
        ['economic', 'kept', '2026-01-02T03:04:00.000Z', undefined],
      ]),
    );
    // The app's resources use the import: 2010301's name is the imported one.
    const withImport = builtinResources(localCatalogFiles());
    if (!withImport.ok) throw new Error(withImport.error);
    expect(withImport.value.catalogs.forYear(year).function.name('2010301')).toBe('行政运行（新名）');
    expect(importedCatalogs(records, shipped()).map((e) => [e.scheme, e.codes])).toEqual([['function', 3]]);

    expect(applyRestorePlan(planRestore(records, 'function', year, shipped()))).toBe(true);
    expect(localCatalogFiles()).toEqual([]);
    const restored = builtinResources(localCatalogFiles());
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.value.catalogs.forYear(year).function.name('2010301')).toBe(
      shipped().forYear(year).function.name('2010301'),
    );
  });

  it('reads entries saved before the time was recorded; removeLocalCatalogs clears a year', () => {
    localStorage.setItem('budget-catalog:function-2027', catalogToCsv(small('function', 2027)));
    localStorage.setItem('budget-catalog:economic-2027', catalogToCsv(shipped().forYear(2027).economic));
    localStorage.setItem('budget-catalog-meta:economic-2027', '{not json');
    const records = localCatalogRecords();
    expect(records.every((r) => r.kind === null && r.importedAt === null)).toBe(true);
    expect(importedCatalogs(records, shipped())).toEqual([
      { scheme: 'function', year: 2027, codes: 3, importedAt: null },
    ]);
    removeLocalCatalogs(2027);
    expect(localStorage.length).toBe(0);
  });

  it('a year with only the shipped copy left still builds (no broken pair after restoring one of two imports)', () => {
    const inUse = shipped().forYear(2030);
    saveLocalCatalog(2030, small('function', 2030), inUse);
    saveLocalCatalog(2030, small('economic', 2030), inUse);
    expect(applyRestorePlan(planRestore(localCatalogRecords(), 'economic', 2030, shipped()))).toBe(true);
    const r = builtinResources(localCatalogFiles());
    if (!r.ok) throw new Error(r.error);
    const pair = r.value.catalogs.forYear(2030);
    expect(pair.year).toBe(2030);
    expect(pair.function.name('2010301')).toBe('行政运行（新名）');
    expect(pair.economic.all().length).toBe(shipped().forYear(2030).economic.all().length);
    expect(importedCatalogs(localCatalogRecords(), shipped()).map((e) => e.scheme)).toEqual(['function']);
  });
});
