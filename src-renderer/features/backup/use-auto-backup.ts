import { useEffect, useRef, useState } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import type { FinalRepository } from '../../data/final-repository';
import { BackupMarks } from '../../platform/backup-marks';
import { BackupScheduler, DEFAULT_BACKUP_SCHEDULE } from '../../platform/backup-scheduler';
import { backupService } from '../../platform/backups';
import { onAppClosing } from '../../platform/bridge';
import { backupDraft } from './backup-actions';
import { createBackupTextClient } from './backup-text-client';
import { inPageReader } from './read-backup-text';

export interface AutoBackupState {
  /** The last backup's time, or null before the first one. */
  lastSavedAt: number | null;
  /** Why the last backup failed (retried at the next slot), or null. */
  problem: string | null;
  /** Backs up now (the notice's 重试). */
  retry(): void;
}

const windowTimers = {
  now: () => Date.now(),
  setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
  clearTimeout: (h: unknown) => window.clearTimeout(h as number),
};

/** What a backup needs of an open draft (a 预算 DraftSession or a 决算 FinalSession). */
export interface BackedUpSession {
  readonly draftId: string;
  /** Resolves once every edit made so far is stored (or storing failed). */
  flush(): Promise<void>;
}

/**
 * 自动备份 of the open draft, 预算 or 决算 (desktop only): after edits, at most once every few
 * minutes (BackupScheduler), and when the draft or the window is closed. Does nothing in a browser.
 */
export function useAutoBackup(
  repo: DraftRepository | FinalRepository,
  session: BackedUpSession,
  version: number,
): AutoBackupState {
  const [lastSavedAt, setLastSavedAt] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const scheduler = useRef<BackupScheduler | null>(null);

  useEffect(() => {
    const service = backupService();
    if (!service) return;
    const marks = new BackupMarks();
    // The text is read and made in a worker (the page stays responsive for a large draft), else in the page.
    const texts = createBackupTextClient(repo.db.name, inPageReader(repo));
    let live = true;
    const s = new BackupScheduler(
      async () => {
        let done: Awaited<ReturnType<typeof backupDraft>>;
        try {
          await session.flush();
          done = await backupDraft(repo, service, marks, session.draftId, texts.read);
        } catch (e) {
          done = { ok: false, message: e instanceof Error ? e.message : String(e) };
        }
        if (live) {
          setProblem(done.ok ? null : `自动备份失败：${done.message}（稍后自动重试）`);
          if (done.ok) setLastSavedAt(done.value.savedAt);
        }
        return done.ok;
      },
      windowTimers,
      DEFAULT_BACKUP_SCHEDULE,
    );
    scheduler.current = s;
    // Closing the window: main waits (a few seconds at most) for this last backup.
    const stopClosing = onAppClosing(() => s.flush());
    return () => {
      live = false;
      stopClosing();
      scheduler.current = null;
      // Closing the draft: back up what changed since the last backup, then stop (a window closed
      // meanwhile still waits for it).
      const last = s.flush().finally(() => {
        s.dispose();
        texts.dispose();
      });
      const stopLast = onAppClosing(() => last);
      void last.finally(stopLast);
    };
  }, [repo, session]);

  useEffect(() => {
    if (version > 0) scheduler.current?.markDirty();
  }, [version]);

  return {
    lastSavedAt,
    problem,
    retry: () => {
      const s = scheduler.current;
      if (!s) return;
      s.markDirty();
      void s.flush();
    },
  };
}
