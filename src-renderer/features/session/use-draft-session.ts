import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import { DEFAULT_LAYOUT, type Resources } from '../../domain/resources';
import { DraftSession } from './draft-session';

export interface DraftSessionState {
  session: DraftSession | null;
  /** Changes with every edit: components showing engine figures re-read them. */
  version: number;
  /** Why the draft could not be opened (not found, in the 回收站 …). */
  loadProblem: string | null;
  /** A notice to show above the content (conflict with another window, saving failed). */
  notice: string | null;
  dismissNotice(): void;
}

const NO_SUBSCRIBE = () => () => {};

/**
 * Opens a draft from the repository and keeps it open: another window's write (the change feed)
 * or a refused write (conflict) reloads it, with a message saying so.
 */
export function useDraftSession(repo: DraftRepository, resources: Resources, draftId: string): DraftSessionState {
  const [session, setSession] = useState<DraftSession | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const reload = useCallback((message: string | null) => {
    if (message) setNotice(message);
    setGeneration((g) => g + 1);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const loaded = await repo.openDraft(draftId);
      if (cancelled) return;
      if (!loaded.ok) {
        setLoadProblem(loaded.error.message);
        return;
      }
      if (loaded.value.summary.deletedAt !== null) {
        setLoadProblem(`草稿“${loaded.value.summary.name}”在回收站中，请先回到首页从回收站还原。`);
        return;
      }
      setLoadProblem(null);
      setSession((previous) => new DraftSession(repo, draftId, loaded.value, resources, previous?.layoutId ?? DEFAULT_LAYOUT, {
        onConflict: (message) => reload(`${message}（已重新载入草稿，本窗口最近未保存的修改已丢弃。）`),
        onSaveProblem: (message) => setNotice(message),
      }));
    })();
    return () => {
      cancelled = true;
    };
  }, [repo, resources, draftId, generation, reload]);

  useEffect(() => repo.subscribe((event) => {
    if (event.draftId !== draftId || !session) return;
    if (event.type === 'changed' && event.revision > session.revision && session.idle) {
      reload('此草稿已在另一个窗口中修改，已重新载入最新内容。');
    }
  }), [repo, draftId, session, reload]);

  const subscribe = useCallback((l: () => void) => (session ? session.subscribe(l) : NO_SUBSCRIBE()), [session]);
  useSyncExternalStore(subscribe, () => session?.ticks ?? 0);
  const version = session?.version ?? 0;

  const dismissNotice = useCallback(() => setNotice(null), []);
  return { session, version, loadProblem, notice, dismissNotice };
}
