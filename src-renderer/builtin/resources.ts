import { buildResources, type Resources } from '../../src-core/domain/resources';
import { ok, type Result } from '../../src-core/domain/result';
import { LayoutRegistry } from './layout-registry';
import { localCatalogFiles } from '../features/import/local-catalogs';

/** Catalog CSVs and layout JSONs from resources/, bundled as text by Vite. */
const catalogFiles = import.meta.glob<string>('../../resources/catalogs/*.csv', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const layoutFiles = import.meta.glob<string>('../../resources/layouts/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Ids of the shipped layouts (an imported layout may not take one). */
export const SHIPPED_LAYOUT_IDS: ReadonlySet<string> = new Set(
  Object.values(layoutFiles).map((text) => String((JSON.parse(text) as { id?: unknown }).id)),
);

/** `../../resources/catalogs/function-2025.csv` → `catalogs/function-2025.csv`. */
function resourceName(path: string): string {
  return path.replace(/^.*\/resources\//, '');
}

/**
 * The resources shipped with the app (catalogs by year, layouts by id). `extra` files (catalogs the
 * officer imported, features/import/local-catalogs.ts) replace shipped files of the same name. The
 * layouts are a LayoutRegistry, to which the layouts the officer imported are added once read
 * (features/layouts/use-layout-list.ts).
 */
export function builtinResources(
  extra: readonly { name: string; text: string }[] = localCatalogFiles(),
): Result<Resources & { layouts: LayoutRegistry }, string> {
  const shipped = Object.entries({ ...catalogFiles, ...layoutFiles }).map(([path, text]) => ({
    name: resourceName(path),
    text,
  }));
  const replaced = new Set(extra.map((f) => f.name));
  const files = [...shipped.filter((f) => !replaced.has(f.name)), ...extra].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const built = buildResources(files);
  return built.ok ? ok({ ...built.value, layouts: new LayoutRegistry(built.value.layouts) }) : built;
}
