import type { DraftChange } from './changes';
import type { DraftRepository } from './draft-repository';
import type { EditJournal } from './edit-journal';
import { newId } from './ids';
import type { StoreProblem } from './problems';

export interface DraftWriterOptions {
  /**
   * Another window changed the same values differently (or, without `merge`, wrote at all):
   * `unsaved` holds every change not stored (in order). The writer stops until `resolve`.
   */
  onConflict: (problem: StoreProblem, unsaved: DraftChange[]) => void;
  /** A batch was refused for another reason (invalid, in the 回收站 …); it is dropped, later ones go on. */
  onRejected?: (problem: StoreProblem, batch: DraftChange[]) => void;
  /**
   * Storing failed unexpectedly (disk full, database closed): the changes stay queued and the
   * next `push` or `retry` tries again. Tell the user that their latest edits are not saved.
   */
  onFailure: (error: unknown) => void;
  /**
   * A batch was stored at `revision`; `added` are the ids of its added lines; `merged`: it was
   * carried over onto another window's write, so the stored draft now differs from this window's.
   */
  onSaved?: (revision: number, added: string[], merged: boolean) => void;
  /** Where unsaved edits are kept synchronously until stored (reload, closed tab, crash). */
  journal?: EditJournal;
  /** Carry batches over onto other windows' writes (default true); false refuses any concurrent write. */
  merge?: boolean;
}

/**
 * The one way a window writes its draft: edits are stored as soon as they are made, one
 * transaction at a time, each based on the revision the previous one produced. Edits made while a
 * write is under way are sent together as the next batch, so a burst of keystrokes costs a few
 * transactions, never a queue of them, and nothing waits for a timer. A window that sent two
 * writes on the same revision itself would conflict with itself; this class is what prevents it.
 *
 * Every change is in the edit journal from the moment it is pushed until its batch is stored, so a
 * reload or a crash in between loses nothing (`recover-journal.ts` replays it). `unsaved` counts
 * the changes not yet stored, the batch under way included: the screen says 已保存 only at zero.
 */
export class DraftWriter {
  private queued: DraftChange[] = [];
  /** The batch being written now. */
  private inflight: DraftChange[] = [];
  private inflightId: string | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private prefer: 'ours' | 'theirs' | undefined;

  constructor(
    private readonly repo: DraftRepository,
    readonly draftId: string,
    private currentRevision: number,
    private readonly options: DraftWriterOptions,
  ) {}

  /** The revision of the last stored batch (what the window's content corresponds to once idle). */
  get revision(): number {
    return this.currentRevision;
  }

  /** Changes made but not yet stored, the batch under way included. */
  get unsaved(): number {
    return this.inflight.length + this.queued.length;
  }

  /** Changes waiting for the next batch (not the one under way). */
  get pending(): number {
    return this.queued.length;
  }

  get conflicted(): boolean {
    return this.stopped;
  }

  /** Whether every unsaved change is also in the journal (closing the window now loses nothing). */
  get journaled(): boolean {
    return this.unsaved === 0 || (this.options.journal?.holdsEdits ?? false);
  }

  /** Queues changes (journaled before this returns) and starts storing them now unless a write is under way. */
  push(changes: readonly DraftChange[]): void {
    if (changes.length === 0) return;
    this.queued.push(...changes);
    this.record();
    if (!this.stopped) this.running ??= this.drain();
  }

  /** Tries again to store what is queued (after onFailure). */
  retry(): void {
    if (!this.stopped && this.queued.length > 0) this.running ??= this.drain();
  }

  /**
   * After a conflict: the unsaved changes are stored again, the values both windows changed
   * taking this window's (`ours`) or the other window's (`theirs`) value; everything else merges.
   */
  resolve(choice: 'ours' | 'theirs'): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.prefer = choice;
    this.running ??= this.drain();
  }

  /** Resolves when every queued change is stored (or the writer stopped on a conflict). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private record(): void {
    const inflight = this.inflightId ? { batchId: this.inflightId, count: this.inflight.length } : null;
    this.options.journal?.write(this.currentRevision, inflight, [...this.inflight, ...this.queued]);
  }

  private async drain(): Promise<void> {
    try {
      while (this.queued.length > 0 && !this.stopped) {
        const batch = compactBatch(this.queued);
        this.queued = [];
        this.inflight = batch;
        this.inflightId = newId();
        this.record();
        const prefer = this.prefer;
        let r: Awaited<ReturnType<DraftRepository['applyChanges']>>;
        try {
          r = await this.repo.applyChanges(this.draftId, this.currentRevision, batch, {
            merge: this.options.merge ?? true,
            batchId: this.inflightId,
            ...(prefer ? { prefer } : {}),
          });
        } catch (e) {
          this.requeue(batch);
          this.options.onFailure(e);
          return;
        }
        this.inflight = [];
        this.inflightId = null;
        if (r.ok) {
          this.prefer = undefined;
          this.currentRevision = r.value.revision;
          this.record();
          this.options.onSaved?.(r.value.revision, r.value.added, r.value.merged);
        } else if (r.error.kind === 'conflict') {
          this.stopped = true;
          this.requeue(batch);
          this.options.onConflict(r.error, [...this.queued]);
        } else {
          this.record();
          this.options.onRejected?.(r.error, batch);
        }
      }
    } finally {
      this.running = null;
    }
  }

  private requeue(batch: DraftChange[]): void {
    this.inflight = [];
    this.inflightId = null;
    this.queued = [...batch, ...this.queued];
    this.record();
  }
}

/**
 * A batch with repeated replacements of the same line or head part folded into one (a burst of
 * keystrokes in one cell, a text typed while a write was under way): the last value, with what
 * the window saw before the first of them. Only replacements nothing else touched in between fold.
 */
export function compactBatch(changes: readonly DraftChange[]): DraftChange[] {
  const out: DraftChange[] = [];
  const lastSet = new Map<string, number>();
  for (const c of changes) {
    const target = c.type === 'setLine' ? `line:${c.id}` : c.type === 'setHead' ? `head:${c.key}` : null;
    if (target !== null) {
      const at = lastSet.get(target);
      if (at !== undefined) {
        // The last value, with what the window saw before the first replacement (or none, when the
        // first one overwrote without an expectation).
        const first = out[at] as { expect?: unknown };
        const { expect: _latest, ...folded } = c as DraftChange & { expect?: unknown };
        out[at] = ('expect' in first ? { ...folded, expect: first.expect } : folded) as DraftChange;
        continue;
      }
      lastSet.set(target, out.length);
      out.push(c);
      continue;
    }
    // Adds and removals touch line ids: a later replacement of such a line starts afresh.
    if (c.type === 'removeLine') lastSet.delete(`line:${c.id}`);
    if (c.type === 'addLine') {
      if (c.id !== undefined) lastSet.delete(`line:${c.id}`);
      if (c.beforeId !== undefined) lastSet.delete(`line:${c.beforeId}`);
    }
    out.push(c);
  }
  return out;
}
