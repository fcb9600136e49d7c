import type { DraftChange } from './changes';
import type { DraftRepository } from './draft-repository';
import { listJournals, type JournalEntry, type KeyValueStore } from './edit-journal';
import { newId } from './ids';
import type { StoreProblem } from './problems';

/** Edits a journal held that could not be carried over (another window changed the same values). */
export interface UnrecoveredEdits {
  draftId: string;
  key: string;
  base: number;
  changes: DraftChange[];
  problem: StoreProblem;
}

export interface RecoveryReport {
  /** Journal entries whose edits are now stored (replayed, or found stored already). */
  recovered: number;
  /** Edits replayed (not found stored). */
  replayed: number;
  unrecovered: UnrecoveredEdits[];
}

/**
 * Replays the edit journals of windows that are gone (closed, reloaded, crashed): what a window
 * had not yet seen stored goes into the database now, carried over onto anything written since
 * (`applyChanges` with `merge`, which skips what is stored already). A journal whose owner is
 * still alive (`isLive`: another open window) is left to it.
 *
 * Which edits are stored already: the draft row names its `lastBatch`; if it is the batch the
 * journal had under way, that batch made it to disk and only the rest is replayed. Replays are
 * idempotent anyway (a value already stored is skipped), so a wrong guess costs nothing.
 * An entry is removed only once its edits are stored or its draft no longer exists.
 */
export async function recoverJournals(
  repo: DraftRepository,
  store: KeyValueStore,
  isLive: (owner: string) => boolean,
  draftId?: string,
): Promise<RecoveryReport> {
  const report: RecoveryReport = { recovered: 0, replayed: 0, unrecovered: [] };
  const entries = listJournals(store, draftId).filter(({ entry }) => !isLive(entry.owner));
  // Oldest first: a window reloaded twice left two entries, the older one's edits came first.
  entries.sort((a, b) => a.entry.at - b.entry.at);
  for (const { key, entry } of entries) {
    const mark = await repo.writeMark(entry.draftId);
    if (!mark) {
      store.removeItem(key);
      continue;
    }
    if (mark.deleted) continue;
    const { base, changes } = pending(entry, mark);
    if (changes.length === 0) {
      store.removeItem(key);
      report.recovered++;
      continue;
    }
    const r = await repo.applyChanges(entry.draftId, base, changes, { merge: true, batchId: newId() });
    if (r.ok) {
      store.removeItem(key);
      report.recovered++;
      report.replayed += changes.length;
    } else {
      report.unrecovered.push({ draftId: entry.draftId, key, base, changes, problem: r.error });
    }
  }
  return report;
}

/** What of a journal entry is not stored yet, and the revision it applies to. */
function pending(
  entry: JournalEntry,
  mark: { revision: number; lastBatch: string | null },
): { base: number; changes: DraftChange[] } {
  if (entry.inflight && mark.lastBatch === entry.inflight.batchId) {
    return { base: mark.revision, changes: entry.changes.slice(entry.inflight.count) };
  }
  return { base: entry.base, changes: entry.changes };
}
