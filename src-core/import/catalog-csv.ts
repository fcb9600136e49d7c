import type { Catalog } from '../domain/catalog/catalog';

/** A catalog as the CSV the app's catalogs are shipped in (resources/catalogs/*.csv, read by parseCatalogCsv). */
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function catalogToCsv(catalog: Catalog): string {
  const rows = catalog
    .all()
    .filter((e) => !e.local)
    .map((e) =>
      [e.code, e.name, e.description, e.basicKind ?? '', e.verified ? 'yes' : 'no', 'imported'].map(quote).join(','),
    );
  return ['code,name,description,basicKind,verified,source', ...rows].join('\n') + '\n';
}
