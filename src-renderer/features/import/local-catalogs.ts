import type { CatalogPair, Scheme } from '../../domain/catalog/catalog';
import type { Catalog } from '../../domain/catalog/catalog';
import { catalogToCsv } from '../../import/catalog-csv';

/**
 * Catalogs the officer imported (导入本年度科目表), kept on this computer in localStorage as the
 * CSV files the app ships (`catalogs/function-2026.csv`), so that builtinResources() uses them in
 * place of the shipped list for that year. A year needs both schemes: importing one stores the
 * other as currently in use.
 */
const PREFIX = 'budget-catalog:';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The imported catalog files (empty where there is no localStorage, e.g. in a worker or Node). */
export function localCatalogFiles(): { name: string; text: string }[] {
  const s = storage();
  if (!s) return [];
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(PREFIX)) out.push({ name: `catalogs/${key.slice(PREFIX.length)}.csv`, text: s.getItem(key) ?? '' });
  }
  return out;
}

/** Stores `catalog` for `year` (with the pair's other scheme as in use); false when storage is unavailable or full. */
export function saveLocalCatalog(year: number, catalog: Catalog, inUse: CatalogPair): boolean {
  const s = storage();
  if (!s) return false;
  const other: Scheme = catalog.scheme === 'function' ? 'economic' : 'function';
  try {
    s.setItem(`${PREFIX}${catalog.scheme}-${year}`, catalogToCsv(catalog));
    if (s.getItem(`${PREFIX}${other}-${year}`) === null) s.setItem(`${PREFIX}${other}-${year}`, catalogToCsv(inUse[other]));
    return true;
  } catch {
    return false;
  }
}

/** Years with an imported catalog. */
export function localCatalogYears(): number[] {
  return [...new Set(localCatalogFiles().map((f) => Number(/-(\d{4})\.csv$/.exec(f.name)?.[1])))].filter(Number.isFinite).sort();
}

/** Back to the shipped catalogs for `year`. */
export function removeLocalCatalogs(year: number): void {
  const s = storage();
  s?.removeItem(`${PREFIX}function-${year}`);
  s?.removeItem(`${PREFIX}economic-${year}`);
}
