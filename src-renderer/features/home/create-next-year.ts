import type { DraftRepository } from '../../data/draft-repository';
import { DEFAULT_LAYOUT, createEngine, type Resources } from '../../../src-core/domain/resources';
import { err, ok, type Result } from '../../../src-core/domain/result';
import { copyOutcome, type CopyOutcome } from './copy-outcome';

export interface NextYearRequest {
  sourceId: string;
  year: number;
  /** Canonical percent text from parsePercentInput. */
  percent: string;
  name: string;
}

/**
 * 以上年草稿新建: stores the copy (repository.copyFromLastYear: amounts scaled, `prior` filled),
 * caches its finding counts for the list and describes what was filled.
 */
export async function createNextYear(
  repo: DraftRepository,
  resources: Resources,
  request: NextYearRequest,
): Promise<Result<CopyOutcome, string>> {
  const officeOperationScope = resources.layouts.get(DEFAULT_LAYOUT)?.officeOperationScope;
  const done = await repo.copyFromLastYear(request.sourceId, {
    year: request.year,
    percent: request.percent,
    name: request.name,
    officeOperationScope,
  });
  if (!done.ok) return err(done.error.message);
  const loaded = await repo.loadDraft(done.value.id);
  if (!loaded.ok) return err(loaded.error.message);
  const engine = createEngine(loaded.value.draft, resources);
  if (!engine.ok) return err(`新草稿已创建，但无法计算合计：${engine.error}`);
  const status = engine.value.status();
  await repo.setStatus(done.value.id, loaded.value.revision, { errors: status.errors, warnings: status.warnings });
  return ok(copyOutcome(done.value.id, loaded.value.summary.name, loaded.value.draft, status, request.percent));
}
