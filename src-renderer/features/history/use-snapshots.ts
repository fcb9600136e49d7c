import { useCallback, useEffect, useState } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import type { SnapshotInfo } from '../../data/snapshots';

export interface SnapshotList {
  /** Newest first; null while loading. */
  snapshots: SnapshotInfo[] | null;
  refresh(): void;
}

/**
 * The history versions of a draft (rows only, a few hundred bytes each), read again on `refresh`
 * and whenever `key` changes (the open session was reloaded or saved a version).
 */
export function useSnapshots(repo: DraftRepository, draftId: string, key: unknown): SnapshotList {
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void repo.listSnapshots(draftId).then((list) => {
      if (!cancelled) setSnapshots(list);
    });
    return () => {
      cancelled = true;
    };
  }, [repo, draftId, key, round]);
  const refresh = useCallback(() => setRound((r) => r + 1), []);
  return { snapshots, refresh };
}
