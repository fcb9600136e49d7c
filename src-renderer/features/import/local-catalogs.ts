import type { CatalogPair, Scheme } from '../../../src-core/domain/catalog/catalog';
import type { Catalog } from '../../../src-core/domain/catalog/catalog';
import { catalogToCsv } from '../../../src-core/import/catalog-csv';
import type { RestorePlan, StoredCatalog } from './catalog-restore';

/**
 * Catalogs the officer imported (导入本年度科目表), kept on this computer in localStorage as the
 * CSV files the app ships (`catalogs/function-2026.csv`), so that builtinResources() uses them in
 * place of the shipped list for that year. A year needs both schemes: importing one stores the
 * other as currently in use.
 */
const PREFIX = 'budget-catalog:';
/** `budget-catalog-meta:function-2026` → { kind, importedAt, fileName } (absent for entries saved before it was recorded). */
const META = 'budget-catalog-meta:';

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
    if (key?.startsWith(PREFIX))
      out.push({ name: `catalogs/${key.slice(PREFIX.length)}.csv`, text: s.getItem(key) ?? '' });
  }
  return out;
}

/** Stores `catalog` for `year` (with the pair's other scheme as in use); false when storage is unavailable or full. */
export function saveLocalCatalog(
  year: number,
  catalog: Catalog,
  inUse: CatalogPair,
  fileName?: string,
  importedAt = new Date().toISOString(),
): boolean {
  const s = storage();
  if (!s) return false;
  const other: Scheme = catalog.scheme === 'function' ? 'economic' : 'function';
  try {
    s.setItem(`${PREFIX}${catalog.scheme}-${year}`, catalogToCsv(catalog));
    s.setItem(
      `${META}${catalog.scheme}-${year}`,
      JSON.stringify({ kind: 'imported', importedAt, ...(fileName ? { fileName } : {}) }),
    );
    if (s.getItem(`${PREFIX}${other}-${year}`) === null) {
      s.setItem(`${PREFIX}${other}-${year}`, catalogToCsv(inUse[other]));
      s.setItem(`${META}${other}-${year}`, JSON.stringify({ kind: 'kept', importedAt }));
    }
    return true;
  } catch {
    return false;
  }
}

/** The stored catalogs with what is known of them (older entries: kind and time null). */
export function localCatalogRecords(): StoredCatalog[] {
  const s = storage();
  if (!s) return [];
  const out: StoredCatalog[] = [];
  for (const f of localCatalogFiles()) {
    const m = /(function|economic)-(\d{4})\.csv$/.exec(f.name);
    if (!m) continue;
    const meta = readMeta(s.getItem(`${META}${m[1]}-${m[2]}`));
    out.push({ scheme: m[1] as Scheme, year: Number(m[2]), text: f.text, ...meta });
  }
  return out;
}

function readMeta(text: string | null): Pick<StoredCatalog, 'kind' | 'importedAt' | 'fileName'> {
  try {
    const v = text === null ? null : (JSON.parse(text) as Record<string, unknown>);
    if (!v || typeof v !== 'object') return { kind: null, importedAt: null };
    return {
      kind: v.kind === 'imported' || v.kind === 'kept' ? v.kind : null,
      importedAt: typeof v.importedAt === 'string' ? v.importedAt : null,
      ...(typeof v.fileName === 'string' ? { fileName: v.fileName } : {}),
    };
  } catch {
    return { kind: null, importedAt: null };
  }
}

/** Carries out a plan from planRestore; false (nothing changed) when storage is unavailable or full. */
export function applyRestorePlan(plan: RestorePlan, at = new Date().toISOString()): boolean {
  const s = storage();
  if (!s) return false;
  try {
    for (const w of plan.write) {
      s.setItem(`${PREFIX}${w.scheme}-${w.year}`, w.text);
      s.setItem(`${META}${w.scheme}-${w.year}`, JSON.stringify({ kind: 'kept', importedAt: at }));
    }
  } catch {
    return false;
  }
  for (const r of plan.remove) {
    s.removeItem(`${PREFIX}${r.scheme}-${r.year}`);
    s.removeItem(`${META}${r.scheme}-${r.year}`);
  }
  return true;
}

/** Back to the shipped catalogs for `year`. */
export function removeLocalCatalogs(year: number): void {
  const s = storage();
  for (const scheme of ['function', 'economic']) {
    s?.removeItem(`${PREFIX}${scheme}-${year}`);
    s?.removeItem(`${META}${scheme}-${year}`);
  }
}
