import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildResources, type Resources } from '../../src-renderer/domain/resources';

/** The repository's resources/ folder (the CLI runs from the source tree). */
export const RESOURCES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../resources');

/** Reads catalogs and layouts from disk, for the CLI and the unit tests. */
export function loadNodeResources(dir = RESOURCES_DIR): Resources {
  const files: { name: string; text: string }[] = [];
  for (const sub of ['catalogs', 'layouts']) {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      files.push({ name: `${sub}/${name}`, text: readFileSync(join(dir, sub, name), 'utf8') });
    }
  }
  const built = buildResources(files);
  if (!built.ok) throw new Error(`内置资源有误：\n${built.error}`);
  return built.value;
}
