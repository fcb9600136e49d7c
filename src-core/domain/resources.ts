import { buildCatalogRegistry, type CatalogRegistry } from './catalog/load';
import type { Draft } from './draft/types';
import { BudgetEngine } from './engine/budget-engine';
import { validateLayout } from './engine/resolve-layout';
import type { Layout } from './layout/types';
import { err, ok, type Result } from './result';

/** The data the app ships in resources/: catalogs by year and layouts by id. */
export interface Resources {
  catalogs: CatalogRegistry;
  layouts: ReadonlyMap<string, Layout>;
}

export const DEFAULT_LAYOUT = 'national';

/**
 * Builds the resources from file texts (read by the CLI from disk, bundled by Vite in the app):
 * `catalogs/{function|economic}-{year}.csv` and `layouts/{id}.json`.
 */
export function buildResources(files: readonly { name: string; text: string }[]): Result<Resources, string> {
  const catalogs = buildCatalogRegistry(files.filter((f) => /catalogs\/[^/]+\.csv$/.test(f.name)));
  if (!catalogs.ok) return catalogs;
  const layouts = new Map<string, Layout>();
  const problems: string[] = [];
  for (const f of files.filter((x) => /layouts\/[^/]+\.json$/.test(x.name))) {
    let layout: Layout;
    try {
      layout = JSON.parse(f.text) as Layout;
    } catch (e) {
      problems.push(`${f.name}：不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）`);
      continue;
    }
    const issues = validateLayout(layout);
    if (issues.length > 0) problems.push(...issues.map((i) => `${f.name}：${i}`));
    else layouts.set(layout.id, layout);
  }
  if (problems.length > 0) return err(problems.join('\n'));
  if (!layouts.has(DEFAULT_LAYOUT)) return err(`缺少默认版式 ${DEFAULT_LAYOUT}`);
  return ok({ catalogs: catalogs.value, layouts });
}

/** An engine for a draft under a layout, with the catalogs of the draft's year. */
export function createEngine(
  draft: Draft,
  resources: Resources,
  layoutId = DEFAULT_LAYOUT,
): Result<BudgetEngine, string> {
  const layout = resources.layouts.get(layoutId);
  if (!layout) return err(`未知的版式“${layoutId}”（可用：${[...resources.layouts.keys()].join('、')}）`);
  return ok(new BudgetEngine(draft, { catalogs: resources.catalogs.forYear(draft.year), layout }));
}
