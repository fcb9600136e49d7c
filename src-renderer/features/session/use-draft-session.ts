import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import { browserJournalStore } from '../../data/edit-journal';
import { IntervalSnapshotter } from '../../data/interval-snapshotter';
import { liveOwners } from '../../data/journal-owners';
import type { StoreProblem } from '../../data/problems';
import { recoverJournals, type UnrecoveredEdits } from '../../data/recover-journal';
import { UndoStore, windowOwner } from '../../data/undo-store';
import { DEFAULT_LAYOUT, type Resources } from '../../../src-core/domain/resources';
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
  /** A notice to show above the content (another window's changes loaded, saving failed). */
  notice: string | null;
  dismissNotice(): void;
  /** Edits that collide with another window's: the screen asks which to keep. */
  conflict: ConflictQuestion | null;
}

/** Another window changed the same values: keep this window's edits, or the other window's. */
export interface ConflictQuestion {
  /** What collided, in Chinese (no internal keys). */
  items: string[];
  /** Edits recovered after the window was closed or crashed (not typed in this window just now). */
  recovered: boolean;
  answer(choice: 'ours' | 'theirs'): void;
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
  const [conflict, setConflict] = useState<ConflictQuestion | null>(null);
  const [generation, setGeneration] = useState(0);
  /** The latest session, for the change feed's listener (which outlives a render). */
  const current = useRef<DraftSession | null>(null);

  const reload = useCallback((message: string | null) => {
    if (message) setNotice(message);
    setGeneration((g) => g + 1);
  }, []);

  /** Shows a question; answering it closes it first. */
  const ask = useCallback((q: ConflictQuestion) => {
    setConflict({
      ...q,
      answer: (choice) => {
        setConflict(null);
        q.answer(choice);
      },
    });
  }, []);

  /** Reloads once the session has nothing unsaved (a merged write: show both windows' edits). */
  const reloadWhenIdle = useCallback(
    (message: string | null) => {
      const check = () => {
        const s = current.current;
        if (!s || s.conflicted) return;
        if (s.idle) reload(message);
        else setTimeout(check, 50);
      };
      check();
    },
    [reload],
  );

  useEffect(() => {
    let cancelled = false;
    let opened: DraftSession | null = null;
    void (async () => {
      // Edits a closed, reloaded or crashed window had not yet seen stored come first.
      const store = browserJournalStore();
      const recovery = store ? await recoverJournals(repo, store, await liveOwners(), draftId) : null;
      if (cancelled) return;
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
      if (recovery && recovery.replayed > 0)
        setNotice(`已恢复上次关闭窗口前尚未保存完的 ${recovery.replayed} 项修改。`);
      const unrecovered = recovery?.unrecovered[0];
      if (unrecovered && store)
        ask(recoveredQuestion(repo, unrecovered, () => store.removeItem(unrecovered.key), reload));
      // The undo history of the last session, if the draft is still exactly as it left it.
      const undoStore = new UndoStore(repo.db, windowOwner());
      const restored = await undoStore.load(draftId, loaded.value.revision).catch(() => null);
      if (cancelled) return;
      opened = new DraftSession(
        repo,
        draftId,
        loaded.value,
        resources,
        current.current?.layoutId ?? DEFAULT_LAYOUT,
        {
          onConflict: (problem) =>
            ask(
              liveQuestion(problem, (choice) => {
                const s = current.current;
                if (!s) return;
                s.resolveConflict(choice);
                void s
                  .flush()
                  .then(() =>
                    reload(
                      choice === 'ours'
                        ? '已保存本窗口的修改，并载入了另一个窗口的其他修改。'
                        : '冲突之处已采用另一个窗口的内容，其他修改已保存。',
                    ),
                  );
              }),
            ),
          onSaveProblem: (message) => setNotice(message),
          onMerged: () => reloadWhenIdle('另一个窗口同时修改了此草稿的其他内容，两边的修改都已保存，已重新载入。'),
          onNotice: setNotice,
        },
        { undo: { store: undoStore, restored } },
      );
      setSession(opened);
    })();
    return () => {
      cancelled = true;
      opened?.dispose();
    };
  }, [repo, resources, draftId, generation, reload, reloadWhenIdle, ask]);

  useEffect(() => {
    current.current = session;
  }, [session]);

  // Another window wrote: an idle session reloads (once per burst: the other window's keystrokes
  // arrive a few tens of milliseconds apart); one with edits under way does not: its next write is
  // merged onto the other window's (then it reloads, showing both), or asks on a true conflict.
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
  useSyncExternalStore(subscribe, () => (session ? `${session.version}|${session.saveState}` : ''));
  const version = session?.version ?? 0;

  const dismissNotice = useCallback(() => setNotice(null), []);
  return { session, version, loadProblem, notice, dismissNotice, conflict };
}

function liveQuestion(problem: StoreProblem, answer: (choice: 'ours' | 'theirs') => void): ConflictQuestion {
  return { items: problem.conflicts ?? [problem.message], recovered: false, answer };
}

/** Journaled edits that collide with what was stored since: store them over it, or drop them. */
function recoveredQuestion(
  repo: DraftRepository,
  edits: UnrecoveredEdits,
  forget: () => void,
  reload: (message: string | null) => void,
): ConflictQuestion {
  return {
    items: edits.problem.conflicts ?? [edits.problem.message],
    recovered: true,
    answer: (choice) => {
      void (async () => {
        const r = await repo.applyChanges(edits.draftId, edits.base, edits.changes, { merge: true, prefer: choice });
        if (!r.ok) {
          reload(`未能保存恢复的修改：${r.error.message}`);
          return;
        }
        forget();
        reload(choice === 'ours' ? '已保存恢复的修改。' : '冲突之处已采用之后保存的内容，恢复的其他修改已保存。');
      })();
    },
  };
}
