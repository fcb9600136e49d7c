import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import { IntervalSnapshotter } from '../../data/interval-snapshotter';
import { DEFAULT_LAYOUT, type Resources } from '../../domain/resources';
import { DraftSession } from './draft-session';
import { onReloadRequest } from './reload-requests';

/** Minutes of editing between two automatic (定时) history versions of an open draft. */
export const INTERVAL_SNAPSHOT_MINUTES = 10;

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

/** How long a window waits after another window's write before reloading (a burst gives one reload). */
const FEED_RELOAD_DELAY_MS = 120;

/**
 * Opens a draft from the repository and keeps it open: another window's write (the change feed),
 * a refused write (conflict) or a restore (reload-requests.ts) reloads it, with a message saying
 * so. Opening takes the `open` history version; a reload only reads. While the draft is open, an
 * `interval` history version is taken every INTERVAL_SNAPSHOT_MINUTES of editing.
 */
export function useDraftSession(repo: DraftRepository, resources: Resources, draftId: string): DraftSessionState {
  const [session, setSession] = useState<DraftSession | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  /** The latest session, for the change feed's listener (which outlives a render). */
  const current = useRef<DraftSession | null>(null);

  const reload = useCallback((message: string | null) => {
    if (message) setNotice(message);
    setGeneration((g) => g + 1);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      // The first load of this draft in this window is an opening (history version 打开时);
      // reloads after another window's write only read, or each keystroke there would add one.
      const loaded = generation === 0 ? await repo.openDraft(draftId) : await repo.loadDraft(draftId);
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
        // The store's message asks to reload; this window has just done so, hence its own words.
        onConflict: () => reload('此草稿已在另一个窗口中修改。本窗口刚才的修改基于修改前的内容，没有保存，以免覆盖另一个窗口的修改。已重新载入最新内容，请核对后再修改。'),
        onSaveProblem: (message) => setNotice(message),
      }));
    })();
    return () => {
      cancelled = true;
    };
  }, [repo, resources, draftId, generation, reload]);

  useEffect(() => {
    current.current = session;
  }, [session]);

  // Another window wrote: an idle session reloads (once per burst: the other window's keystrokes
  // arrive a few tens of milliseconds apart); one with edits under way does not (its next write is
  // refused as a conflict, which reloads it with a message, and nothing is overwritten).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let latest = 0;
    const behind = () => {
      const s = current.current;
      return s !== null && latest > s.revision && s.idle;
    };
    const unsubscribe = repo.subscribe((event) => {
      if (event.draftId !== draftId || event.type !== 'changed') return;
      latest = Math.max(latest, event.revision);
      if (!behind() || timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        if (behind()) reload('此草稿已在另一个窗口中修改，已重新载入最新内容。');
      }, FEED_RELOAD_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [repo, draftId, reload]);

  useEffect(() => onReloadRequest(draftId, reload), [draftId, reload]);

  // 定时 history versions: at most one per interval, only after an edit was stored.
  useEffect(() => {
    if (!session) return;
    const snapshotter = new IntervalSnapshotter({
      intervalMs: INTERVAL_SNAPSHOT_MINUTES * 60_000,
      take: async () => {
        await session.flush();
        const r = await repo.takeSnapshot(draftId, 'interval');
        if (!r.ok) throw new Error(r.error.message);
      },
    });
    let revision = session.revision;
    const unsubscribe = session.subscribe(() => {
      if (session.revision === revision) return;
      revision = session.revision;
      snapshotter.edited();
    });
    return () => {
      unsubscribe();
      snapshotter.stop();
    };
  }, [repo, draftId, session]);

  const subscribe = useCallback((l: () => void) => (session ? session.subscribe(l) : NO_SUBSCRIBE()), [session]);
  // Re-render on a change of content or of what the header shows (saving, conflict), not on every
  // stored batch: a save that changes neither would re-render the whole workspace for nothing, and
  // at 50,000 lines that render can delay the next keystroke's status bar.
  useSyncExternalStore(subscribe, () => (session ? `${session.version}|${session.idle}|${session.conflicted}` : ''));
  const version = session?.version ?? 0;

  const dismissNotice = useCallback(() => setNotice(null), []);
  return { session, version, loadProblem, notice, dismissNotice };
}
