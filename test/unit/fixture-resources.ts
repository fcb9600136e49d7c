import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNodeResources } from '../../src-main/cli/node-resources';
import { loadDraftText } from '../../src-core/domain/draft/load';
import type { Draft } from '../../src-core/domain/draft/types';
import { createEngine, type Resources } from '../../src-core/domain/resources';
import type { BudgetEngine } from '../../src-core/domain/engine/budget-engine';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

let resources: Resources | undefined;
export function testResources(): Resources {
  resources ??= loadNodeResources();
  return resources;
}

export function zhoushanDraft(): Draft {
  const loaded = loadDraftText(fixtureText('zhoushan-2022.budget.json'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value.draft;
}

export function engineFor(draft: Draft, layout = 'zhejiang'): BudgetEngine {
  const e = createEngine(draft, testResources(), layout);
  if (!e.ok) throw new Error(e.error);
  return e.value;
}
