import { useEffect, useState } from 'react';
import { FINAL_LINE_STREAMS } from '../../../src-core/domain/final/final-facts';
import { displayAmount } from '../../../src-core/domain/money/cents';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import type { FinalRepository } from '../../data/final-repository';
import { takeFinalSnapshot, type FinalSnapshotStore, type FinalSnapshotSummary } from '../../data/final-snapshots';
import { IntervalSnapshotter } from '../../data/interval-snapshotter';
import { registerVersionKeeper } from './before-replace';
import { createBackupTextClient } from '../backup/backup-text-client';
import { inPageReader } from '../backup/read-backup-text';
import type { FinalSession } from '../final/final-session';
import { INTERVAL_SNAPSHOT_MINUTES } from '../session/use-draft-session';

/** The history of an open 决算 draft: where versions are stored and what the open window shows. */
export interface FinalHistory {
  store: FinalSnapshotStore;
  /** The open content's line count and 收入/支出总计 as the status bar shows them. */
  summary(): FinalSnapshotSummary;
  /** Increases whenever this window stored a version (the list reads again). */
  round: number;
  /** A version was stored by the panel (manual, before-restore): the interval starts again. */
  taken(): void;
}

const RESTORED_KEY = (draftId: string) => `final-history-restored:${draftId}`;

/**
 * A restore reloads the page to open the draft again (FinalHistorySection): that opening keeps no
 * 打开时 version, which would only repeat the version just restored (the 预算 reloads without one too).
 */
export function reopenAfterRestore(draftId: string): void {
  sessionStorage.setItem(RESTORED_KEY(draftId), '1');
  window.location.reload();
}

/** Whether this opening follows a restore (and forgets it). */
function openedByRestore(draftId: string): boolean {
  const restored = sessionStorage.getItem(RESTORED_KEY(draftId)) !== null;
  sessionStorage.removeItem(RESTORED_KEY(draftId));
  return restored;
}

/** The summary of what `session` holds now (its engine's figures). */
export function finalSummary(session: FinalSession): FinalSnapshotSummary {
  const engine = session.engine;
  const unit = engine.head.publishUnit;
  let lineCount = 0;
  for (const stream of FINAL_LINE_STREAMS) lineCount += engine.lineIds(stream).length;
  return {
    incomeTotal: displayAmount(engine.metric('incomeTotal'), unit),
    expenseTotal: displayAmount(engine.metric('expenseTotal'), unit),
    expense: engine.status().expense,
    unitLabel: UNIT_LABEL[unit],
    lineCount,
  };
}

/**
 * The automatic versions of an open 决算 draft, as for a 预算 draft: one when it opens (`open`) and,
 * while it is edited, one every INTERVAL_SNAPSHOT_MINUTES (`interval`). Each waits until the edits
 * are stored; the text is made by the backup worker from the stored blocks (the page only puts it).
 */
export function useFinalHistory(repo: FinalRepository, session: FinalSession | null): FinalHistory | null {
  const [history, setHistory] = useState<FinalHistory | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!session) return;
    const texts = createBackupTextClient(repo.db.name, inPageReader(repo));
    const store: FinalSnapshotStore = { db: repo.db, finals: repo, read: texts.read };
    let closed = false;
    const take = async (reason: 'open' | 'interval') => {
      await session.flush();
      if (closed) return;
      const r = await takeFinalSnapshot(store, session.draftId, reason, finalSummary(session));
      if (!r.ok) throw new Error(r.error.message);
      if (!closed) setRound((n) => n + 1);
    };
    const interval = new IntervalSnapshotter({
      intervalMs: INTERVAL_SNAPSHOT_MINUTES * 60_000,
      take: () => take('interval'),
      onError: (e) => console.warn('决算定时历史版本未能保存', e),
    });
    let seen = session.version;
    const off = session.subscribe(() => {
      if (session.version === seen) return;
      seen = session.version;
      interval.edited();
    });
    const unregister = registerVersionKeeper(session.draftId, async (reason) => {
      await session.flush();
      const r = await takeFinalSnapshot(store, session.draftId, reason, finalSummary(session));
      if (!r.ok) return r.error.message;
      interval.snapshotTaken();
      if (!closed) setRound((n) => n + 1);
      return null;
    });
    const opening = openedByRestore(session.draftId) ? Promise.resolve() : take('open');
    void opening.then(
      () => interval.snapshotTaken(),
      (e: unknown) => console.warn('决算打开时历史版本未能保存', e),
    );
    setHistory({
      store,
      summary: () => finalSummary(session),
      round: 0,
      taken: () => {
        interval.snapshotTaken();
        setRound((n) => n + 1);
      },
    });
    return () => {
      closed = true;
      unregister();
      off();
      interval.stop();
      texts.dispose();
      setHistory(null);
    };
  }, [repo, session]);

  return history ? { ...history, round } : null;
}
