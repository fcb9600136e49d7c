/** Messages between the page and the backup worker (backup.worker.ts). */
export interface BackupTextRequest {
  id: number;
  /** The IndexedDB database the page uses (the worker opens it read-only). */
  dbName: string;
  draftId: string;
}

export type BackupTextReply =
  { id: number; ok: true; text: string; revision: number } | { id: number; ok: false; message: string };
