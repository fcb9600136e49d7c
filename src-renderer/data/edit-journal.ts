import type { DraftChange } from './changes';

/**
 * The edit journal: every edit a window has made but not yet seen stored, kept synchronously in
 * `localStorage` the moment it is made (README.md “Durability”).
 *
 * IndexedDB is asynchronous: between a keystroke and the end of its transaction (a few to a few
 * hundred milliseconds under load) a reload, a closed tab or a crashed renderer would lose it.
 * `localStorage.setItem` is synchronous: when it returns, the value is in the page's storage area
 * and on its way to the browser process, which outlives the page (Chromium sends it at once,
 * ordered before anything the page does next, unload included); the next window that opens the draft (or the app start) replays what
 * the journal holds (`recover-journal.ts`). The journal does not make a kill of the whole browser
 * safe — Chromium writes localStorage to disk lazily — which is why the screen says 已保存 only
 * once IndexedDB (strict durability) has committed.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export interface JournalEntry {
  v: 1;
  draftId: string;
  /** The window (draft session) that made the edits. */
  owner: string;
  /** The revision the window's stored content had; `changes` apply on top of it. */
  base: number;
  /** The batch being written (the first `count` changes), with the id it is stored under. */
  inflight: { batchId: string; count: number } | null;
  changes: DraftChange[];
  /** When the entry was written (epoch ms). */
  at: number;
}

const PREFIX = 'budget-journal:v1:';

export function journalKey(draftId: string, owner: string): string {
  return `${PREFIX}${draftId}:${owner}`;
}

/** One window's journal for one draft. */
export class EditJournal {
  /** False after a write failed (quota): edits then exist only in memory until stored. */
  private working = true;

  constructor(
    private readonly store: KeyValueStore | null,
    readonly draftId: string,
    readonly owner: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether the latest write reached the store (the window can then be closed safely). */
  get holdsEdits(): boolean {
    return this.store !== null && this.working;
  }

  /** Records what is not yet stored (an empty list clears the entry). Synchronous. */
  write(base: number, inflight: JournalEntry['inflight'], changes: readonly DraftChange[]): boolean {
    if (!this.store) return false;
    const key = journalKey(this.draftId, this.owner);
    try {
      if (changes.length === 0) {
        this.store.removeItem(key);
      } else {
        const entry: JournalEntry = {
          v: 1,
          draftId: this.draftId,
          owner: this.owner,
          base,
          inflight,
          changes: [...changes],
          at: this.now(),
        };
        this.store.setItem(key, JSON.stringify(entry));
      }
      this.working = true;
    } catch {
      // QuotaExceededError (a very large paste): the edit is still being stored in IndexedDB; the
      // screen shows 保存中 until it is, and closing the window asks first.
      this.working = false;
      try {
        this.store.removeItem(key);
      } catch {
        /* the store is unusable: nothing more to do than report it through holdsEdits */
      }
    }
    return this.working;
  }

  clear(): void {
    this.write(0, null, []);
  }
}

/** Every readable journal entry in the store (of one draft, when given). Unreadable ones are skipped. */
export function listJournals(store: KeyValueStore, draftId?: string): { key: string; entry: JournalEntry }[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key !== null && key.startsWith(draftId === undefined ? PREFIX : `${PREFIX}${draftId}:`)) keys.push(key);
  }
  const out: { key: string; entry: JournalEntry }[] = [];
  for (const key of keys) {
    const entry = parseEntry(store.getItem(key));
    if (entry) out.push({ key, entry });
  }
  return out;
}

function parseEntry(text: string | null): JournalEntry | null {
  if (text === null) return null;
  try {
    const e = JSON.parse(text) as Partial<JournalEntry>;
    if (
      e.v !== 1 ||
      typeof e.draftId !== 'string' ||
      typeof e.owner !== 'string' ||
      typeof e.base !== 'number' ||
      !Array.isArray(e.changes)
    )
      return null;
    const inflight =
      e.inflight && typeof e.inflight.batchId === 'string' && typeof e.inflight.count === 'number' ? e.inflight : null;
    return {
      v: 1,
      draftId: e.draftId,
      owner: e.owner,
      base: e.base,
      inflight,
      changes: e.changes,
      at: typeof e.at === 'number' ? e.at : 0,
    };
  } catch {
    return null;
  }
}

/** The page's localStorage, or null where there is none (a worker, a locked-down profile). */
export function browserJournalStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
