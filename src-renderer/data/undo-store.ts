import type { Table } from 'dexie';
import type { BudgetDb } from './database';
import { newId } from './ids';

/**
 * The undo history of a draft, kept in IndexedDB so that Ctrl+Z still works after a reload. It is
 * a convenience, not content: losing it loses nothing of the draft, and a history that may no
 * longer fit the stored draft is thrown away rather than used.
 *
 * A record is written after a batch of the window's edits was stored and nothing else is pending,
 * with the revision that batch produced. It is used only when the draft is opened at exactly that
 * revision: any other write since — another window's edit, an import, a restored history version,
 * a rename — makes the revision differ, and the record is deleted unread. (An undo step over a
 * draft that changed under it would put back values the officer never saw, over someone else's.)
 * It is also the history of one window: another window on the same draft, or another tab, does
 * not take it over (`owner`, kept in the tab's sessionStorage, which a reload keeps).
 */

/** One undo step as stored: its menu label and the edits it made, as plain data. */
export interface StoredUndoStep<E = unknown> {
  label: string;
  edits: readonly E[];
}

export interface StoredUndo<E = unknown> {
  /** Done steps, oldest first (the last is what Ctrl+Z undoes). */
  past: readonly StoredUndoStep<E>[];
  /** Undone steps, the next to redo last. */
  future: readonly StoredUndoStep<E>[];
}

/** The row: one per draft. */
export interface UndoHistoryRow extends StoredUndo {
  draftId: string;
  /** The window (browser tab) whose session wrote it. */
  owner: string;
  /** The draft's revision the history ends at. */
  revision: number;
  savedAt: number;
}

/** How much history is kept: steps on each side, and line edits over all steps. */
export interface UndoLimits {
  steps: number;
  edits: number;
}

/** 100 steps each way; a 50,000-line paste is not kept (its undo after a reload would be megabytes). */
export const UNDO_LIMITS: UndoLimits = { steps: 100, edits: 5000 };

/**
 * The most recent steps that fit the limits, oldest first. `steps` is ordered oldest first; the
 * newest are kept, and the first step that cannot be kept (`null`: not storable, or too large) ends
 * the history there — an older step is of no use without the ones after it.
 */
export function keepNewest<E>(
  steps: readonly (StoredUndoStep<E> | null)[],
  limits: UndoLimits,
  budget = limits.edits,
): StoredUndoStep<E>[] {
  const kept: StoredUndoStep<E>[] = [];
  let edits = budget;
  for (let i = steps.length - 1; i >= 0 && kept.length < limits.steps; i--) {
    const step = steps[i];
    if (step === null || step.edits.length > edits) break;
    edits -= step.edits.length;
    kept.push(step);
  }
  return kept.reverse();
}

/** Bounds a history: the newest past steps first, then the nearest redo steps with what is left. */
export function boundUndo<E>(
  past: readonly (StoredUndoStep<E> | null)[],
  future: readonly (StoredUndoStep<E> | null)[],
  limits: UndoLimits = UNDO_LIMITS,
): StoredUndo<E> {
  const keptPast = keepNewest(past, limits);
  const used = keptPast.reduce((n, s) => n + s.edits.length, 0);
  return { past: keptPast, future: keepNewest(future, limits, limits.edits - used) };
}

const OWNER_KEY = 'budget-undo-owner';

/** This tab's id, the same after a reload (sessionStorage); a fresh one where there is none. */
export function windowOwner(): string {
  try {
    const store = globalThis.sessionStorage;
    const known = store.getItem(OWNER_KEY);
    if (known) return known;
    const id = newId();
    store.setItem(OWNER_KEY, id);
    return id;
  } catch {
    return newId();
  }
}

/** Reads and writes the `undoHistory` table (schema version 6) for one window. */
export class UndoStore {
  constructor(
    private readonly db: BudgetDb,
    private readonly owner: string,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private get table(): Table<UndoHistoryRow, string> {
    return this.db.table('undoHistory');
  }

  /**
   * The history this window stored for the draft at `revision`; one of another revision is deleted
   * and null returned (one of another window is left to it).
   */
  async load(draftId: string, revision: number): Promise<StoredUndo | null> {
    const row = await this.table.get(draftId);
    if (!row) return null;
    if (row.owner !== this.owner) return null;
    if (row.revision !== revision || !Array.isArray(row.past) || !Array.isArray(row.future)) {
      await this.clear(draftId);
      return null;
    }
    return { past: row.past, future: row.future };
  }

  /** Stores the history as of `revision` (an empty one deletes the row). */
  async save(draftId: string, revision: number, history: StoredUndo): Promise<void> {
    if (history.past.length === 0 && history.future.length === 0) return this.clear(draftId);
    await this.table.put({
      draftId,
      owner: this.owner,
      revision,
      past: history.past,
      future: history.future,
      savedAt: this.now(),
    });
  }

  async clear(draftId: string): Promise<void> {
    await this.table.delete(draftId);
  }
}
