import type { CatalogRegistry } from '../catalog/load';
import type { FinalDraft } from '../draft/types';
import { err, ok, type Result } from '../result';
import { FinalEngine } from './final-engine';
import { DEFAULT_FINAL_LAYOUT, type FinalLayout } from './layout';

/** An engine for a 决算 draft under a 决算 layout, with the catalogs of the draft's year. */
export function createFinalEngine(
  draft: FinalDraft,
  catalogs: CatalogRegistry,
  layouts: ReadonlyMap<string, FinalLayout>,
  layoutId = DEFAULT_FINAL_LAYOUT,
): Result<FinalEngine, string> {
  const layout = layouts.get(layoutId);
  if (!layout) return err(`未知的决算版式“${layoutId}”（可用：${[...layouts.keys()].join('、')}）`);
  return ok(new FinalEngine(draft, { catalogs: catalogs.forYear(draft.year), layout }));
}
