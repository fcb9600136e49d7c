import type { DraftRepository } from '../../data/draft-repository';
import { createEngine, type Resources } from '../../../src-core/domain/resources';

/**
 * Computes a stored draft's finding counts with the engine and caches them for the list
 * (used right after 新建 so that the list shows 错误/提示 without opening the draft first).
 */
export async function refreshDraftStatus(repo: DraftRepository, resources: Resources, draftId: string): Promise<void> {
  const loaded = await repo.loadDraft(draftId);
  if (!loaded.ok) return;
  const engine = createEngine(loaded.value.draft, resources);
  if (!engine.ok) return;
  const { errors, warnings } = engine.value.status();
  await repo.setStatus(draftId, loaded.value.revision, { errors, warnings });
}
