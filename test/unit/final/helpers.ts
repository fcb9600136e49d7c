import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFinalDraftText } from '../../../src-core/domain/draft/load';
import type { FinalDraft } from '../../../src-core/domain/draft/types';
import { createFinalEngine } from '../../../src-core/domain/final/create';
import type { FinalEngine } from '../../../src-core/domain/final/final-engine';
import { buildFinalLayouts, type FinalLayout } from '../../../src-core/domain/final/layout';
import { RESOURCES_DIR } from '../../../src-main/cli/node-resources';
import { fixtureText, testResources } from '../fixture-resources';

let layouts: ReadonlyMap<string, FinalLayout> | undefined;

/** The 决算 layouts of resources/final-layouts, read once. */
export function finalLayouts(): ReadonlyMap<string, FinalLayout> {
  if (!layouts) {
    const dir = join(RESOURCES_DIR, 'final-layouts');
    const files = readdirSync(dir)
      .sort()
      .map((name) => ({ name: `final-layouts/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
    const built = buildFinalLayouts(files);
    if (!built.ok) throw new Error(built.error);
    layouts = built.value;
  }
  return layouts;
}

export function huangpiDraft(): FinalDraft {
  const loaded = loadFinalDraftText(fixtureText('huangpi-2024.final.json'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value.draft;
}

export function finalEngineFor(draft: FinalDraft, layoutId = 'final-national'): FinalEngine {
  const e = createFinalEngine(draft, testResources().catalogs, finalLayouts(), layoutId);
  if (!e.ok) throw new Error(e.error);
  return e.value;
}

/** The published tables of the 黄陂 fixture: table → row → column → value. */
export function huangpiPublished(): {
  tables: Record<string, Record<string, Record<string, string>>>;
  findings: {
    noErrors: boolean;
    mustInclude: { rule: string; table?: string; row?: string; field?: string }[];
    mustNotInclude: string[];
  };
} {
  return JSON.parse(fixtureText('huangpi-2024.published.json'));
}
