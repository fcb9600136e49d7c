import type { BackupTextReply, BackupTextRequest } from './backup-text-protocol';
import type { BackupReader } from './read-backup-text';

/** What the client needs of a worker (a Web Worker in the app, a fake in tests). */
export interface TextWorker {
  onmessage: ((e: MessageEvent<BackupTextReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: BackupTextRequest): void;
  terminate(): void;
}

export interface BackupTextClient {
  read: BackupReader;
  /** True once the worker could not run (or was disposed): every text since is made in the page. */
  readonly inPage: boolean;
  dispose(): void;
}

/**
 * Backup texts made in `worker` (which reads database `dbName` itself) when there is one, else by
 * `fallback` in the page. Whatever the worker cannot do — it fails to start, throws, cannot open or
 * read the database — is done again in the page, so a backup is never lost to the worker; a worker
 * that fails outright is dropped for good.
 */
export function backupTextClient(worker: TextWorker | null, dbName: string, fallback: BackupReader): BackupTextClient {
  let broken = worker === null;
  let seq = 0;
  const pending = new Map<number, { draftId: string; settle(p: ReturnType<BackupReader>): void }>();

  /** No more work for the worker: what it still owed is made in the page. */
  const dropWorker = () => {
    broken = true;
    worker?.terminate();
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.settle(fallback(p.draftId));
  };

  if (worker) {
    worker.onmessage = (e) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      p.settle(
        m.ok ? Promise.resolve({ ok: true, value: { text: m.text, revision: m.revision } }) : fallback(p.draftId),
      );
    };
    worker.onerror = (e) => {
      e.preventDefault();
      dropWorker();
    };
  }

  return {
    read(draftId) {
      if (broken || !worker) return fallback(draftId);
      return new Promise((resolve) => {
        seq += 1;
        pending.set(seq, { draftId, settle: resolve });
        worker.postMessage({ id: seq, dbName, draftId });
      });
    },
    get inPage() {
      return broken;
    },
    /** Stops the worker; a text it still owed is made in the page. */
    dispose: dropWorker,
  };
}

/** The app's client: the backup worker when the platform starts one, else the page. */
export function createBackupTextClient(dbName: string, fallback: BackupReader): BackupTextClient {
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: '自动备份' });
  } catch {
    worker = null;
  }
  return backupTextClient(worker as TextWorker | null, dbName, fallback);
}
