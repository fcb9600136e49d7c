import type { BackupMark } from './restore-offer';

/** The part of `localStorage` used here (injected in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const MARKS_KEY = 'budget-backup-marks';
const DISMISSED_KEY = 'budget-backup-dismissed';

function readRecord<T>(store: KeyValueStore | null, key: string, valid: (v: unknown) => v is T): Record<string, T> {
  if (!store) return {};
  try {
    const parsed: unknown = JSON.parse(store.getItem(key) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const out: Record<string, T> = {};
    for (const [id, v] of Object.entries(parsed)) if (valid(v)) out[id] = v;
    return out;
  } catch {
    return {};
  }
}

function writeRecord(store: KeyValueStore | null, key: string, value: Record<string, unknown>): void {
  try {
    store?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: a missing mark only means a restore may be offered once too often.
  }
}

const isMark = (v: unknown): v is BackupMark =>
  typeof v === 'object' &&
  v !== null &&
  Number.isFinite((v as BackupMark).savedAt) &&
  Number.isInteger((v as BackupMark).revision);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const defaultStore = (): KeyValueStore | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

/**
 * Per draft, what was last backed up (the backup's time and the revision it holds), and which
 * offered backups the officer dismissed. Kept beside the database (same browser storage), so a
 * lost database loses them too — which is when every backup should be offered anyway.
 */
export class BackupMarks {
  constructor(private readonly store: KeyValueStore | null = defaultStore()) {}

  marks(): Record<string, BackupMark> {
    return readRecord(this.store, MARKS_KEY, isMark);
  }

  setMark(draftId: string, mark: BackupMark): void {
    writeRecord(this.store, MARKS_KEY, { ...this.marks(), [draftId]: mark });
  }

  dismissed(): Record<string, number> {
    return readRecord(this.store, DISMISSED_KEY, isTime);
  }

  dismiss(draftId: string, savedAt: number): void {
    writeRecord(this.store, DISMISSED_KEY, { ...this.dismissed(), [draftId]: savedAt });
  }
}
