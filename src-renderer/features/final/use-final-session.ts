import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Resources } from '../../../src-core/domain/resources';
import { browserJournalStore } from '../../data/edit-journal';
import type { FinalRepository } from '../../data/final-repository';
import { builtinFinalLayouts } from './final-layouts';
import { liveOwners } from '../../data/journal-owners';
import { leftEdits } from './final-journal';
import { FinalSession } from './final-session';
import { openFinalEngine } from './open-final-engine';

export interface FinalSessionState {
  session: FinalSession | null;
  /** Changes with every edit and save-state change: components showing engine figures re-read them. */
  version: string;
  loadProblem: string | null;
  /** Edits left by a window that closed before storing them were taken back in. */
  recovered: boolean;
}

const NO_SUBSCRIBE = () => () => {};

/**
 * Opens a 决算 draft: reads it, builds the FinalEngine under the shipped 决算 layout with the stored
 * line ids, and takes back the edits that windows closed or reloaded before their last write left
 * in their journals, which are then stored.
 */
export function useFinalSession(repo: FinalRepository, resources: Resources, draftId: string): FinalSessionState {
  const [session, setSession] = useState<FinalSession | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [recovered, setRecovered] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let opened: FinalSession | null = null;
    void (async () => {
      const loaded = await repo.load(draftId);
      if (cancelled) return;
      if (!loaded.ok) return setLoadProblem(loaded.error.message);
      const layouts = builtinFinalLayouts();
      if (!layouts.ok) return setLoadProblem(`内置决算版式有误：${layouts.error}`);
      const journal = browserJournalStore();
      const { draft, row, lineIds, layout } = loaded.value;
      const left = leftEdits(journal, draftId, row.revision, await liveOwners());
      if (cancelled) return;
      const engine = openFinalEngine(draft, resources, layouts.value, lineIds);
      if (!engine.ok) return setLoadProblem(engine.error);
      opened = new FinalSession(engine.value, draftId, row.name, row.revision, repo, journal, layout);
      if (left.edits.length > 0) {
        opened.replay(left.edits);
        setRecovered(true);
      }
      // The replayed edits are in this window's journal now (or stored): the gone windows' entries go.
      for (const key of left.keys) journal?.removeItem(key);
      setSession(opened);
    })();
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, [repo, resources, draftId]);

  const version = useSyncExternalStore(session ? (l) => session.subscribe(l) : NO_SUBSCRIBE, () =>
    session ? `${session.version}|${session.saveState}` : '',
  );
  return { session, version, loadProblem, recovered };
}
