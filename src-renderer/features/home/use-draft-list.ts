import { useCallback, useEffect, useState } from 'react';
import type { DraftRepository, DraftSummary } from '../../data/draft-repository';

/** The drafts of the repository (live or in the 回收站), refreshed on every write of any window. */
export function useDraftList(repo: DraftRepository, trash: boolean): { drafts: DraftSummary[] | null; refresh(): void } {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    let cancelled = false;
    void repo.listDrafts({ includeDeleted: trash }).then((all) => {
      if (!cancelled) setDrafts(trash ? all.filter((d) => d.deletedAt !== null) : all);
    });
    return () => {
      cancelled = true;
    };
  }, [repo, trash, tick]);

  useEffect(() => repo.subscribe(refresh), [repo, refresh]);
  return { drafts, refresh };
}
