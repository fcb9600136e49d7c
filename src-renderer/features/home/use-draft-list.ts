import { useCallback, useEffect, useState } from 'react';
import type { DraftRepository, DraftSummary } from '../../data/draft-repository';
import { browserJournalStore } from '../../data/edit-journal';
import { finalRepositoryOf } from '../../data/final-repository';
import type { FinalDraftRow } from '../../data/final-records';
import { liveOwners } from '../../data/journal-owners';
import { recoverJournals } from '../../data/recover-journal';

/**
 * Once per app start: edits that windows closed or crashed before storing (the edit journal) are
 * stored before the list is read, so the list shows them. Edits that collide with later writes
 * stay journaled and are offered when their draft is opened.
 */
const recovered = new WeakMap<DraftRepository, Promise<void>>();
function recoverOnce(repo: DraftRepository): Promise<void> {
  let done = recovered.get(repo);
  if (!done) {
    const store = browserJournalStore();
    done = store
      ? liveOwners()
          .then((live) => recoverJournals(repo, store, live))
          .then(
            () => undefined,
            () => undefined,
          )
      : Promise.resolve();
    recovered.set(repo, done);
  }
  return done;
}

/** A draft of the list: a budget draft's row, or a 决算 draft's (stored apart) in the same shape. */
export type ListedDraft = DraftSummary & { stage?: 'budget' | 'final' };

/** A 决算 row in the list's shape: its finding counts are those of its last write. */
function listedFinal(row: FinalDraftRow): ListedDraft {
  return { ...row, statusRevision: row.revision, lineCount: 0 };
}

/** Budget and 决算 drafts together, most recently changed first. */
async function listAll(repo: DraftRepository, includeDeleted: boolean): Promise<ListedDraft[]> {
  const [budgets, finals] = await Promise.all([
    repo.listDrafts({ includeDeleted }),
    finalRepositoryOf(repo.db).list({ includeDeleted }),
  ]);
  return [...budgets, ...finals.map(listedFinal)].sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The drafts of the repository (live or in the 回收站), refreshed on every write of any window. */
export function useDraftList(repo: DraftRepository, trash: boolean): { drafts: ListedDraft[] | null; refresh(): void } {
  const [drafts, setDrafts] = useState<ListedDraft[] | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    let cancelled = false;
    void recoverOnce(repo)
      .then(() => listAll(repo, trash))
      .then((all) => {
        if (!cancelled) setDrafts(trash ? all.filter((d) => d.deletedAt !== null) : all);
      });
    return () => {
      cancelled = true;
    };
  }, [repo, trash, tick]);

  useEffect(() => repo.subscribe(refresh), [repo, refresh]);
  return { drafts, refresh };
}
