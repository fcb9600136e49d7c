import type { DraftChange } from './changes';
import type { DraftRepository } from './draft-repository';
import type { StoreProblem } from './problems';

export interface DraftWriterOptions {
  /** Another window wrote first: `unsaved` holds every change not stored (in order). The writer stops. */
  onConflict: (problem: StoreProblem, unsaved: DraftChange[]) => void;
  /** A batch was refused for another reason (invalid, in the 回收站 …); it is dropped, later ones go on. */
  onRejected?: (problem: StoreProblem, batch: DraftChange[]) => void;
  /**
   * Storing failed unexpectedly (disk full, database closed): the changes stay queued and the
   * next `push` or `retry` tries again. Tell the user that their latest edits are not saved.
   */
  onFailure: (error: unknown) => void;
  /** A batch was stored at `revision`; `added` are the ids of its added lines. */
  onSaved?: (revision: number, added: string[]) => void;
}

/**
 * The one way a window writes its draft: edits are stored as soon as they are made, one
 * transaction at a time, each based on the revision the previous one produced. Edits made while a
 * write is under way are sent together as the next batch, so a burst of keystrokes costs a few
 * transactions, never a queue of them, and nothing waits for a timer. A window that sent two
 * writes on the same revision itself would conflict with itself; this class is what prevents it.
 */
export class DraftWriter {
  private queued: DraftChange[] = [];
  private running: Promise<void> | null = null;
  private stopped = false;

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

  /** Changes made but not yet stored. */
  get pending(): number {
    return this.queued.length;
  }

  get conflicted(): boolean {
    return this.stopped;
  }

  /** Queues changes and starts storing them now unless a write is under way. */
  push(changes: readonly DraftChange[]): void {
    if (changes.length === 0) return;
    this.queued.push(...changes);
    if (!this.stopped) this.running ??= this.drain();
  }

  /** Tries again to store what is queued (after onFailure). */
  retry(): void {
    if (!this.stopped && this.queued.length > 0) this.running ??= this.drain();
  }

  /** Resolves when every queued change is stored (or the writer stopped on a conflict). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queued.length > 0 && !this.stopped) {
        const batch = this.queued;
        this.queued = [];
        let r: Awaited<ReturnType<DraftRepository['applyChanges']>>;
        try {
          r = await this.repo.applyChanges(this.draftId, this.currentRevision, batch);
        } catch (e) {
          this.queued = [...batch, ...this.queued];
          this.options.onFailure(e);
          return;
        }
        if (r.ok) {
          this.currentRevision = r.value.revision;
          this.options.onSaved?.(r.value.revision, r.value.added);
        } else if (r.error.kind === 'conflict') {
          this.stopped = true;
          const unsaved = [...batch, ...this.queued];
          this.queued = unsaved;
          this.options.onConflict(r.error, unsaved);
        } else {
          this.options.onRejected?.(r.error, batch);
        }
      }
    } finally {
      this.running = null;
    }
  }
}
