import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadNodeResources } from '../../../src-main/cli/node-resources';
import type { Draft, ExpenseLine } from '../../../src-core/domain/draft/types';
import type { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import { createEngine } from '../../../src-core/domain/resources';
import type { Layout } from '../../../src-core/domain/layout/types';
import type { Finding } from '../../../src-core/domain/rules/types';
import { loadDraftText } from '../../../src-core/domain/draft/load';

const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_PATH = resolve(HERE, '../../fixtures/zhoushan-2022.budget.json');

/** Catalogs and layouts, read once for every test file of this folder. */
export const resources = loadNodeResources();

const loaded = loadDraftText(readFileSync(FIXTURE_PATH, 'utf8'));
if (!loaded.ok) throw new Error(`fixture does not load: ${JSON.stringify(loaded.error)}`);
const FIXTURE: Draft = loaded.value.draft;

/** The clean fixture's status under 'zhejiang': 5 × R-PROJECT-EMPTY + 1 × R-ROUND. */
export const CLEAN = { errors: 0, warnings: 6 } as const;

/** The only unit of the fixture. */
export const UNIT = '167001';
export const UNIT_LABEL = '167001 舟山市人民政府办公室';

/** A deep copy of the loaded fixture draft, safe to modify. */
export function fixtureDraft(): Draft {
  return structuredClone(FIXTURE);
}

/** An engine for a draft under a layout (a layout id of resources/layouts, or a Layout object). */
export function engineFor(draft: Draft, layout: string | Layout = 'zhejiang'): BudgetEngine {
  if (typeof layout !== 'string') {
    const id = `test-${layout.id}`;
    const layouts = new Map(resources.layouts);
    layouts.set(id, layout);
    const built = createEngine(draft, { ...resources, layouts }, id);
    if (!built.ok) throw new Error(built.error);
    return built.value;
  }
  const built = createEngine(draft, resources, layout);
  if (!built.ok) throw new Error(built.error);
  return built.value;
}

export function layoutOf(id = 'zhejiang'): Layout {
  const l = resources.layouts.get(id);
  if (!l) throw new Error(`no layout ${id}`);
  return structuredClone(l);
}

/** Findings of one rule, in engine order. */
export function findingsOf(engine: BudgetEngine, ruleId: string): Finding[] {
  return engine.findings().filter((f) => f.rule === ruleId);
}

/** The engine's current expense line `id` (throws when missing). */
export function expenseLine(engine: BudgetEngine, id: string): ExpenseLine {
  const line = engine.line('expense', id);
  if (!line) throw new Error(`no expense line ${id}`);
  return line;
}

/** The engine is back to the clean fixture: no finding of `ruleId`, 0 errors, 6 warnings. */
export function expectClean(engine: BudgetEngine, ruleId?: string): void {
  if (ruleId) expect(findingsOf(engine, ruleId)).toEqual([]);
  const s = engine.status();
  expect({ errors: s.errors, warnings: s.warnings }).toEqual(CLEAN);
  expect(engine.findings()).toHaveLength(CLEAN.errors + CLEAN.warnings);
}

/** Sets one expense line's fields in the engine (incremental path); returns the old line. */
export function patchExpense(engine: BudgetEngine, id: string, patch: Partial<ExpenseLine>): ExpenseLine {
  const old = expenseLine(engine, id);
  engine.setLine('expense', id, { ...old, ...patch });
  return old;
}
