import type { FinalDraftHead, FinalLinesByStream } from '../../../src-core/domain/draft/types';
import type { FinalEngine } from '../../../src-core/domain/final/final-engine';
import type { FinalLineStream } from '../../../src-core/domain/final/final-facts';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type History,
} from '../../../src-core/editor/undo';
import type { KeyValueStore } from '../../data/edit-journal';
import type { FinalBlockLayout } from '../../data/final-block-layout';
import { newId } from '../../data/ids';
import { holdOwnerLock } from '../../data/journal-owners';
import type { FinalRepository } from '../../data/final-repository';
import type { SaveState } from '../session/draft-session';
import { HeldFields } from '../session/held-fields';
import { applyFinalEdits, invertFinalEdits, type FinalEdit } from './final-edits';
import { FinalJournal, type JournaledEdit } from './final-journal';

/** Seconds between automatic retries after storing failed. */
const RETRY_MS = 3000;

/**
 * One open 决算 draft: its engine and how edits reach it and the disk. An edit goes to the engine
 * first (every table and finding current at once), then into the journal (localStorage, at once,
 * synchronously: the edit itself, not the draft) and the block layout, which notes the block or head
 * part it touched. Writes run one at a time: each stores what was touched since the previous one
 * (FinalRepository.write — a keystroke rewrites one block of ≤ 400 lines and the list row), so edits
 * made while a write runs go together in the next. The journal keeps every edit not yet stored: the
 * next opening replays it (a window reloaded or closed mid-write). The header says 已保存 only once
 * the write holding the latest edit has committed.
 */
export class FinalSession {
  private listeners = new Set<() => void>();
  private history: History<FinalEngine> = createHistory();
  private held = new HeldFields(() => this.notify());
  private readonly journal: FinalJournal;
  private dirty = false;
  private writing = false;
  private failed = false;
  private conflicted = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  version = 0;

  constructor(
    readonly engine: FinalEngine,
    readonly draftId: string,
    public name: string,
    private revision: number,
    private readonly repo: FinalRepository,
    journal: KeyValueStore | null,
    /** Where the draft's lines are stored (FinalRepository.load); the session keeps it current. */
    private readonly layout: FinalBlockLayout,
    /** This window's journal owner: its lock is held while the session is open (journal-owners.ts). */
    owner: string = newId(),
  ) {
    this.journal = new FinalJournal(journal, draftId, owner, revision);
    this.releaseOwner = holdOwnerLock(owner);
  }

  private readonly releaseOwner: () => void;

  get saveState(): SaveState {
    if (this.conflicted) return 'conflict';
    if (this.failed) return 'failed';
    return this.dirty || this.writing || this.held.size > 0 ? 'saving' : 'saved';
  }

  /** The draft without its lines (what the sections show). */
  get head(): FinalDraftHead {
    return this.engine.head;
  }

  get canUndo(): boolean {
    return canUndo(this.history);
  }

  get canRedo(): boolean {
    return canRedo(this.history);
  }

  /** What Ctrl+Z would undo (输入, 删除一行 …), null when nothing. */
  get undoLabel(): string | null {
    return undoLabel(this.history);
  }

  get redoLabel(): string | null {
    return redoLabel(this.history);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies edits as one undo step, then journals and writes them. */
  perform(label: string, edits: readonly FinalEdit[]): void {
    if (edits.length === 0) return;
    const forward = [...edits];
    const back = invertFinalEdits(forward);
    this.apply(forward);
    this.history = record(this.history, {
      label,
      apply: (engine) => (this.apply(forward, engine), engine),
      revert: (engine) => (this.apply(back, engine), engine),
    });
    this.afterChange();
  }

  undo(): void {
    const r = undo(this.history, this.engine);
    if (!r) return;
    this.history = r.history;
    this.afterChange();
  }

  redo(): void {
    const r = redo(this.history, this.engine);
    if (!r) return;
    this.history = r.history;
    this.afterChange();
  }

  // ---- convenience edits ---------------------------------------------------------------------

  setLine<S extends FinalLineStream>(label: string, stream: S, id: string, after: FinalLinesByStream[S]): void {
    const before = this.engine.line(stream, id);
    if (!before) return;
    this.perform(label, [{ type: 'set', stream, id, before, after }]);
  }

  addLine<S extends FinalLineStream>(label: string, stream: S, line: FinalLinesByStream[S]): string {
    const id = newId();
    this.perform(label, [{ type: 'add', stream, id, line }]);
    return id;
  }

  removeLine(label: string, stream: FinalLineStream, id: string): void {
    const ids = this.engine.lineIds(stream);
    const at = ids.indexOf(id);
    const line = this.engine.line(stream, id);
    if (at < 0 || !line) return;
    const beforeId = ids[at + 1];
    this.perform(label, [{ type: 'remove', stream, id, line, ...(beforeId ? { beforeId } : {}) }]);
  }

  setPart<K extends keyof FinalDraftHead>(label: string, key: K, after: FinalDraftHead[K]): void {
    this.perform(label, [{ type: 'part', key, before: this.engine.head[key], after }]);
  }

  // ---- held text (fields typed into, not yet committed) -----------------------------------------

  hold(field: string, store: (() => void) | null): void {
    this.held.hold(field, store);
  }

  /** Makes every field store the text it holds (the page is going away). Synchronous. */
  storeHeld(): void {
    this.held.storeAll();
  }

  /**
   * Takes back the edits a window left in the journal (leftEdits) as one write, not an undo
   * step. Each is applied only where it still makes sense — a set line that exists, an added line
   * not yet there (at the end if the line it went before is gone), a removed line still there — so
   * an edit that was stored already changes nothing.
   */
  replay(edits: readonly JournaledEdit[]): void {
    const engine = this.engine;
    const apply: FinalEdit[] = [];
    for (const e of edits) {
      if (e.type === 'part') {
        if (e.key in engine.head || e.key === 'extra')
          apply.push({ type: 'part', key: e.key, before: engine.head[e.key], after: e.after });
      } else if (e.type === 'add') {
        if (engine.line(e.stream, e.id)) continue;
        const beforeId = e.beforeId !== undefined && engine.line(e.stream, e.beforeId) ? e.beforeId : undefined;
        apply.push({ type: 'add', stream: e.stream, id: e.id, line: e.line, ...(beforeId ? { beforeId } : {}) });
      } else {
        const before = engine.line(e.stream, e.id);
        if (!before) continue;
        if (e.type === 'set') apply.push({ type: 'set', stream: e.stream, id: e.id, before, after: e.after });
        else apply.push({ type: 'remove', stream: e.stream, id: e.id, line: before });
      }
      // Applied one by one: a later edit may name a line an earlier one added.
      this.apply(apply.splice(0));
    }
    this.afterChange();
  }

  /** Resolves once every edit made so far is stored, or storing failed or met a conflict (a backup waits for it). */
  flush(): Promise<void> {
    // Text a field still holds is not waited for (it is stored when the field lets go of it).
    const done = () => (!this.dirty && !this.writing) || this.failed || this.conflicted;
    return new Promise((resolve) => {
      if (done()) return resolve();
      const off = this.subscribe(() => {
        if (done()) {
          off();
          resolve();
        }
      });
    });
  }

  /** The window is done with the draft: a write under way finishes; retries stop (the journal keeps the rest). */
  close(): void {
    if (this.retry !== null) clearTimeout(this.retry);
    this.releaseOwner();
  }

  // ---- internals -----------------------------------------------------------------------------

  private afterChange(): void {
    this.version++;
    this.dirty = true;
    this.notify();
    void this.write();
  }

  /**
   * The page is going away: the journal already holds every edit not yet stored (it is written
   * with each edit); this writes it once more in case an earlier write of it failed (quota).
   */
  storePending(): void {
    if (this.dirty || this.writing) this.journal.save();
  }

  /** Applies edits to the engine, notes the blocks and parts they touch and journals them. */
  private apply(edits: readonly FinalEdit[], engine = this.engine): void {
    applyFinalEdits(engine, edits);
    for (const e of edits) {
      if (e.type === 'set') this.layout.set(e.stream, e.id);
      else if (e.type === 'add') this.layout.add(e.stream, e.id, e.beforeId);
      else if (e.type === 'remove') this.layout.remove(e.stream, e.id);
      else this.layout.part(e.key);
    }
    this.journal.add(edits);
  }

  private async write(): Promise<void> {
    if (this.writing || this.conflicted) return;
    if (!this.dirty) return;
    this.writing = true;
    this.dirty = false;
    // What the edits since the last write touched: a keystroke, one block and the list row.
    const change = this.layout.take(this.engine);
    const sent = this.journal.startWrite();
    const { errors, warnings } = this.engine.status();
    let result;
    try {
      result = await this.repo.write(this.draftId, this.revision, change, { errors, warnings });
    } catch {
      result = null;
    }
    this.writing = false;
    if (result === null || !result.ok) {
      this.layout.giveBack(change);
      this.dirty = true;
      if (result?.error.kind === 'conflict') {
        // Refused: another window wrote since. The notice asks the officer to reopen and type these
        // edits again, so they are not replayed over the other window's on the next opening.
        this.conflicted = true;
        this.journal.discard();
      } else {
        this.failed = true;
        this.retry = setTimeout(() => {
          this.retry = null;
          this.failed = false;
          void this.write();
        }, RETRY_MS);
      }
    } else {
      this.failed = false;
      this.revision = result.value.revision;
      this.journal.stored(sent, this.revision);
    }
    this.notify();
    if (this.dirty && !this.conflicted && !this.failed) void this.write();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
