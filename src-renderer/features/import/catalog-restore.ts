import type { Scheme } from '../../../src-core/domain/catalog/catalog';
import { parseCatalogCsv, type CatalogRegistry } from '../../../src-core/domain/catalog/load';
import { catalogToCsv } from '../../../src-core/import/catalog-csv';

/**
 * 恢复内置科目表: which of the catalogs stored on this computer (local-catalogs.ts) the officer
 * imported, and what to remove or write to go back to the shipped list for one of them. Pure: the
 * storage records and the shipped registry come in, a plan goes out.
 */

/** One catalog file stored on this computer. */
export interface StoredCatalog {
  scheme: Scheme;
  year: number;
  /** The catalog as CSV (resources/catalogs format). */
  text: string;
  /** 'imported' from a file, 'kept' as the list in use when the other scheme was imported; null for entries saved before this was recorded. */
  kind: 'imported' | 'kept' | null;
  /** ISO time of the import; null when not recorded (older entries). */
  importedAt: string | null;
  fileName?: string;
}

/** A catalog the officer imported, as listed in the dialog. */
export interface ImportedCatalog {
  scheme: Scheme;
  year: number;
  codes: number;
  importedAt: string | null;
  fileName?: string;
}

/** Storage changes that bring one scheme of one year back to the shipped list. */
export interface RestorePlan {
  remove: { scheme: Scheme; year: number }[];
  /** Copies of the shipped list kept so that the year still has both schemes. */
  write: { scheme: Scheme; year: number; text: string }[];
}

export const otherScheme = (s: Scheme): Scheme => (s === 'function' ? 'economic' : 'function');

/** The shipped list a year falls back to (the newest shipped year not after it, else the oldest). */
export function shippedFor(shipped: CatalogRegistry, scheme: Scheme, year: number) {
  return shipped.forYear(year)[scheme];
}

/**
 * Whether a stored file is the officer's import. Older entries carry no kind: one equal to the
 * shipped list is taken as a kept copy, anything else as an import.
 */
export function isImported(record: StoredCatalog, shipped: CatalogRegistry): boolean {
  if (record.kind !== null) return record.kind === 'imported';
  return record.text !== catalogToCsv(shippedFor(shipped, record.scheme, record.year));
}

/** The imported catalogs, by year (newest first) then 功能 before 经济. */
export function importedCatalogs(records: readonly StoredCatalog[], shipped: CatalogRegistry): ImportedCatalog[] {
  return records
    .filter((r) => isImported(r, shipped))
    .map((r) => {
      const parsed = parseCatalogCsv(r.scheme, r.year, r.text);
      return {
        scheme: r.scheme,
        year: r.year,
        codes: parsed.ok ? parsed.value.all().length : 0,
        importedAt: r.importedAt,
        ...(r.fileName ? { fileName: r.fileName } : {}),
      };
    })
    .sort((a, b) => b.year - a.year || (a.scheme === b.scheme ? 0 : a.scheme === 'function' ? -1 : 1));
}

/**
 * What to change to use the shipped list for `scheme` in `year`. A year is used only when both
 * schemes are there: when the other scheme stays imported and no list of that year is shipped, a
 * copy of the shipped list is stored in place of the import; a kept copy of the other scheme goes.
 */
export function planRestore(
  records: readonly StoredCatalog[],
  scheme: Scheme,
  year: number,
  shipped: CatalogRegistry,
): RestorePlan {
  const other = records.find((r) => r.scheme === otherScheme(scheme) && r.year === year);
  const otherStays = other !== undefined && isImported(other, shipped);
  if (!otherStays) {
    return { remove: [{ scheme, year }, ...(other ? [{ scheme: other.scheme, year }] : [])], write: [] };
  }
  if (shipped.years().includes(year)) return { remove: [{ scheme, year }], write: [] };
  return { remove: [], write: [{ scheme, year, text: catalogToCsv(shippedFor(shipped, scheme, year)) }] };
}

/** 2024-03-05T06:07:00Z → “2024-03-05 14:07” in local time; “时间未记录” when unknown. */
export function importTimeText(iso: string | null): string {
  if (!iso) return '时间未记录';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '时间未记录';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
