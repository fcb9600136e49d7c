import { useEffect, useState, useSyncExternalStore } from 'react';
import { loadFinalDraftText } from '../../../src-core/domain/draft/load';
import type { Resources } from '../../../src-core/domain/resources';
import { browserJournalStore } from '../../data/edit-journal';
import type { FinalRepository } from '../../data/final-repository';
import { builtinFinalLayouts } from './final-layouts';
import { FinalSession, journalToReplay } from './final-session';
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
 * Opens a 决算 draft: reads its text, builds the FinalEngine under the shipped 决算 layout, and takes
 * back a newer text the journal holds (a window closed or reloaded before its last write).
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
      let draft = loaded.value.draft;
      const replay = journalToReplay(journal, draftId, loaded.value.row.revision);
      const replayed = replay === null ? null : loadFinalDraftText(replay);
      if (replayed?.ok) draft = replayed.value.draft;
      const engine = openFinalEngine(draft, resources, layouts.value);
      if (!engine.ok) return setLoadProblem(engine.error);
      opened = new FinalSession(engine.value, draftId, loaded.value.row.name, loaded.value.row.revision, repo, journal);
      if (replayed?.ok) {
        opened.flush();
        setRecovered(true);
      }
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
