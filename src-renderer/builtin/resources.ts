import { buildResources, type Resources } from '../domain/resources';
import type { Result } from '../domain/result';

/** Catalog CSVs and layout JSONs from resources/, bundled as text by Vite. */
const catalogFiles = import.meta.glob<string>('../../resources/catalogs/*.csv', { query: '?raw', import: 'default', eager: true });
const layoutFiles = import.meta.glob<string>('../../resources/layouts/*.json', { query: '?raw', import: 'default', eager: true });

/** `../../resources/catalogs/function-2025.csv` → `catalogs/function-2025.csv`. */
function resourceName(path: string): string {
  return path.replace(/^.*\/resources\//, '');
}

/** The resources shipped with the app (catalogs by year, layouts by id). */
export function builtinResources(): Result<Resources, string> {
  const files = Object.entries({ ...catalogFiles, ...layoutFiles })
    .map(([path, text]) => ({ name: resourceName(path), text }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return buildResources(files);
}
