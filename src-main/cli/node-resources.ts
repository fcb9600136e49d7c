import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildResources, type Resources } from '../../src-core/domain/resources';

/** The repository's resources/ folder: the nearest one above this module (source tree or bundle). */
export const RESOURCES_DIR = findResources(dirname(fileURLToPath(import.meta.url)));

function findResources(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'catalogs'))) return join(dir, 'resources');
    if (dirname(dir) === dir) throw new Error(`找不到 resources 目录（从 ${from} 向上查找）`);
  }
}

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
