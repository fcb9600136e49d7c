import type { FinalDraftHead, FinalLinesByStream } from '../../../src-core/domain/draft/types';
import type { FinalEngine } from '../../../src-core/domain/final/final-engine';
import type { FinalLineStream } from '../../../src-core/domain/final/final-facts';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
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
import { newId } from '../../data/ids';
import type { FinalRepository } from '../../data/final-repository';
import type { SaveState } from '../session/draft-session';
import { applyFinalEdits, invertFinalEdits, type FinalEdit } from './final-edits';

/** Seconds between automatic retries after storing failed. */
const RETRY_MS = 3000;

/** The journal entry of a draft: its text after the last edit, and the stored revision it followed. */
interface JournalEntry {
  base: number;
  text: string;
}

export const finalJournalKey = (draftId: string): string => `final-draft-journal:${draftId}`;

/**
 * The text an interrupted window left in the journal, when it is newer than what is stored: at most
 * one write of that window can have been stored after the entry (its own, still under way then).
 */
export function journalToReplay(store: KeyValueStore | null, draftId: string, storedRevision: number): string | null {
  const raw = store?.getItem(finalJournalKey(draftId));
  if (!raw) return null;
  try {
    const entry = JSON.parse(raw) as JournalEntry;
    if (typeof entry.text !== 'string' || typeof entry.base !== 'number') return null;
    return storedRevision <= entry.base + 1 ? entry.text : null;
  } catch {
    return null;
  }
}

/**
 * One open 决算 draft: its engine and how edits reach it and the disk. An edit goes to the engine
 * first (every table and finding current at once), then it is written: the whole canonical text
 * and the list row in one transaction (FinalRepository.save), one write at a time, the latest state
 * each time — edits made while a write runs go together in the next. Each write's text is put in
 * the journal (localStorage) before it starts, and edits still waiting when the page goes away are
 * journaled then (storePending): the next opening stores them. The header says 已保存 only once
 * the write holding the latest edit has committed.
 */
export class FinalSession {
  private listeners = new Set<() => void>();
  private history: History<FinalEngine> = createHistory();
  private held = new Map<string, () => void>();
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
    private readonly journal: KeyValueStore | null,
  ) {}

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
    applyFinalEdits(this.engine, forward);
    this.history = record(this.history, {
      label,
      apply: (engine) => (applyFinalEdits(engine, forward), engine),
      revert: (engine) => (applyFinalEdits(engine, back), engine),
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
    const before = this.held.size;
    if (store) this.held.set(field, store);
    else this.held.delete(field);
    if (this.held.size !== before) this.notify();
  }

  /** Makes every field store the text it holds (the page is going away). Synchronous. */
  storeHeld(): void {
    const stores = [...this.held.values()];
    this.held.clear();
    for (const store of stores) store();
  }

  /** The window is done with the draft: a write under way finishes; retries stop (the journal keeps the rest). */
  close(): void {
    if (this.retry !== null) clearTimeout(this.retry);
  }

  /** Writes the draft now (a journal entry found on opening is stored this way). */
  flush(): void {
    this.dirty = true;
    void this.write();
  }

  // ---- internals -----------------------------------------------------------------------------

  private afterChange(): void {
    this.version++;
    this.dirty = true;
    this.notify();
    void this.write();
  }

  /**
   * The page is going away with edits not yet written (a write was under way when they were
   * made): they go into the journal now, synchronously, and are stored when the draft next opens.
   */
  storePending(): void {
    if (this.dirty) this.journalText(saveFinalDraftText(this.engine.draft));
  }

  private journalText(text: string): void {
    if (!this.journal) return;
    const entry: JournalEntry = { base: this.revision, text };
    try {
      this.journal.setItem(finalJournalKey(this.draftId), JSON.stringify(entry));
    } catch {
      // A full localStorage: the write still stores the edit; only a crash before it ends loses it.
    }
  }

  private async write(): Promise<void> {
    if (this.writing || this.conflicted) return;
    if (!this.dirty) return;
    this.writing = true;
    this.dirty = false;
    // One serialisation per write, however many edits it carries: journaled (synchronously, before
    // the first await) and written.
    const draft = this.engine.draft;
    const text = saveFinalDraftText(draft);
    this.journalText(text);
    const { errors, warnings } = this.engine.status();
    let result;
    try {
      result = await this.repo.save(this.draftId, this.revision, draft, { errors, warnings }, text);
    } catch {
      result = null;
    }
    this.writing = false;
    if (result === null || !result.ok) {
      this.dirty = true;
      if (result?.error.kind === 'conflict') this.conflicted = true;
      else {
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
      if (!this.dirty) this.journal?.removeItem(finalJournalKey(this.draftId));
    }
    this.notify();
    if (this.dirty && !this.conflicted && !this.failed) void this.write();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
