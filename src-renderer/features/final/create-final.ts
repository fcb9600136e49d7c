import type { FinalDraft } from '../../../src-core/domain/draft/types';
import { createFinalEngine } from '../../../src-core/domain/final/create';
import type { Resources } from '../../../src-core/domain/resources';
import { err, ok, type Result } from '../../../src-core/domain/result';
import type { DraftRepository } from '../../data/draft-repository';
import { finalRepositoryOf } from '../../data/final-repository';
import { builtinFinalLayouts } from './final-layouts';
import { emptyFinalDraft, finalFromBudget, finalFromLastFinal, type EmptyFinalOptions } from './new-final-draft';

/** Where a new 决算 starts (新建决算). */
export type FinalStart =
  | { kind: 'empty'; options: EmptyFinalOptions }
  | { kind: 'budget'; budgetId: string }
  | { kind: 'lastFinal'; finalId: string };

/**
 * Builds the new 决算 draft from its start, computes its finding counts, and stores it (one
 * transaction). Nothing is stored when the start cannot be read.
 */
export async function createFinal(
  repo: DraftRepository,
  resources: Resources,
  start: FinalStart,
  name?: string,
): Promise<Result<{ id: string }, string>> {
  const layouts = builtinFinalLayouts();
  if (!layouts.ok) return err(`内置决算版式有误：${layouts.error}`);
  const finals = finalRepositoryOf(repo.db);
  let draft: FinalDraft;
  if (start.kind === 'empty') draft = emptyFinalDraft(start.options);
  else if (start.kind === 'budget') {
    const budget = await repo.loadDraft(start.budgetId);
    if (!budget.ok) return err(budget.error.message);
    draft = finalFromBudget(budget.value.draft);
  } else {
    const last = await finals.load(start.finalId);
    if (!last.ok) return err(last.error.message);
    const next = finalFromLastFinal(last.value.draft, resources.catalogs, layouts.value);
    if (!next.ok) return err(next.error);
    draft = next.value;
  }
  const engine = createFinalEngine(draft, resources.catalogs, layouts.value);
  if (!engine.ok) return err(engine.error);
  const { errors, warnings } = engine.value.status();
  const created = await finals.create(draft, { name, status: { errors, warnings } });
  return created.ok ? ok({ id: created.value.id }) : err(created.error.message);
}
