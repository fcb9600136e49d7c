import { DraftWriter } from '../../data/draft-writer';
import { browserJournalStore, EditJournal, type KeyValueStore } from '../../data/edit-journal';
import { newId } from '../../data/ids';
import { holdOwnerLock } from '../../data/journal-owners';
import type { StoreProblem } from '../../data/problems';
import type { DraftRepository, LoadedDraft } from '../../data/draft-repository';
import type { DraftStatus } from '../../data/records';
import type { StoredUndo, UndoStore } from '../../data/undo-store';
import { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import type { DraftHead, HeadKey } from '../../data/records';
import type { Draft, ExpenseLine } from '../../../src-core/domain/draft/types';
import type { Stream } from '../../../src-core/domain/tables/spec';
import type { Resources } from '../../../src-core/domain/resources';
import { applyToEngine, toDraftChanges, type DraftEdit, type LinesByStream, type PartEdit } from './line-edits';
import { SessionHistory, STALE_UNDO } from './session-history';
import type { StateReader } from './undo-steps';
import { HeldFields } from './held-fields';

/** What the session tells the screen besides “something changed”. */
export interface SessionEvents {
  /**
   * Another window changed the same values differently: the edits listed in `problem.conflicts`
   * are not stored. The screen asks the officer, then calls `resolveConflict`.
   */
  onConflict(problem: StoreProblem): void;
  /** Storing failed (disk full, database closed): edits stay queued and are retried. null: resolved. */
  onSaveProblem(message: string | null): void;
  /** An edit was carried over onto another window's write: reload to show both (when idle). */
  onMerged?(): void;
  /** Something to tell the officer that is not about saving (an undo that could not be done). */
  onNotice?(message: string): void;
}

/**
 * What the header shows: 已保存 only once every edit is on disk (IndexedDB, strict durability);
 * 保存中 while an edit is typed in a field or being written; 未保存 after a failure or a conflict.
 */
export type SaveState = 'saved' | 'saving' | 'failed' | 'conflict';

export interface SessionOptions {
  /** Where unsaved edits are journaled (default: the page's localStorage; null: none). */
  journalStore?: KeyValueStore | null;
  /**
   * Where the undo history is kept across reloads, and the history read back for the revision the
   * draft was loaded at (undo-store.ts; null: none).
   */
  undo?: { store: UndoStore; restored: StoredUndo | null } | null;
}

/** Seconds between automatic retries after storing failed. */
const RETRY_MS = 3000;

/**
 * One open draft in one window: the engine (instant status and findings), the writer that stores
 * every edit at once (DraftWriter, strict durability, edit journal) and the undo history. Every
 * edit goes through `perform` (lines of any stream and head parts, together as one undo step), so
 * screen, engine and database never disagree.
 */
export class DraftSession {
  engine: BudgetEngine;
  private readonly history: SessionHistory<DraftSession>;
  private readonly writer: DraftWriter;
  private readonly listeners = new Set<() => void>();
  /** Fields holding typed text not yet handed to `perform` (a text area within its pause). */
  private readonly held = new HeldFields(() => this.notify());
  private failed = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly releaseOwner: () => void;
  /** Increases with every change of content; the screen re-reads what it shows when it changes. */
  version = 0;
  /** Increases with every change and every completed save (what listeners are told about). */
  ticks = 0;

  constructor(
    private readonly repo: DraftRepository,
    readonly draftId: string,
    loaded: LoadedDraft,
    private readonly resources: Resources,
    public layoutId: string,
    private readonly events: SessionEvents,
    options: SessionOptions = {},
  ) {
    this.name = loaded.summary.name;
    this.engine = new BudgetEngine(loaded.draft, this.engineEnv(loaded.draft.year, layoutId, loaded.lineIds));
    this.history = new SessionHistory(draftId, options.undo?.store ?? null, options.undo?.restored ?? null, () => {
      this.notify();
      events.onNotice?.(STALE_UNDO);
    });
    const owner = newId();
    this.releaseOwner = holdOwnerLock(owner);
    const store = options.journalStore === undefined ? browserJournalStore() : options.journalStore;
    this.writer = new DraftWriter(
      withStatus(repo, () => this.findingCounts()),
      draftId,
      loaded.revision,
      {
        journal: new EditJournal(store, draftId, owner),
        onConflict: (problem) => {
          this.history.forget('stored');
          this.notify();
          events.onConflict(problem);
        },
        onRejected: (problem) => events.onSaveProblem(problem.message),
        onFailure: (e) => {
          this.failed = true;
          this.scheduleRetry();
          this.notify();
          events.onSaveProblem(
            `最近的修改尚未保存（${e instanceof Error ? e.message : String(e)}），请勿关闭窗口，${RETRY_MS / 1000} 秒后自动重试。`,
          );
        },
        onSaved: (revision, _added, merged) => {
          this.keepHistory(revision, merged);
          if (this.failed) events.onSaveProblem(null);
          this.failed = false;
          this.notify();
          if (merged) events.onMerged?.();
        },
      },
    );
    void this.storeStatus(loaded.revision);
  }

  readonly name: string;

  private engineEnv(year: number, layoutId: string, lineIds: LoadedDraft['lineIds']) {
    const layout = this.resources.layouts.get(layoutId) ?? this.resources.layouts.get('national')!;
    return { catalogs: this.resources.catalogs.forYear(year), layout, lineIds };
  }

  /** Shows the same draft under another layout (lines, ids, history and writer are kept). */
  setLayout(layoutId: string): void {
    if (layoutId === this.layoutId) return;
    const draft = this.engine.draft;
    const lineIds = {
      expense: [...this.engine.lineIds('expense')],
      income: [...this.engine.lineIds('income')],
      carryForward: [...this.engine.lineIds('carryForward')],
      procurement: [...this.engine.lineIds('procurement')],
    };
    this.engine = new BudgetEngine(draft, this.engineEnv(draft.year, layoutId, lineIds));
    this.layoutId = layoutId;
    this.changed();
  }

  /** The last revision this window stored (what another window's event is compared with). */
  get revision(): number {
    return this.writer.revision;
  }

  /** Nothing unsaved: no edit being written, queued or held in a field. */
  get idle(): boolean {
    return this.writer.unsaved === 0 && this.held.size === 0;
  }

  get conflicted(): boolean {
    return this.writer.conflicted;
  }

  get saveState(): SaveState {
    if (this.writer.conflicted) return 'conflict';
    if (this.failed) return 'failed';
    return this.idle ? 'saved' : 'saving';
  }

  /**
   * Whether closing the window now would lose an edit: one not yet stored and not in the journal
   * either (the journal could not take it), or typed text a field still holds.
   */
  get atRisk(): boolean {
    return this.held.size > 0 || !this.writer.journaled;
  }

  /** A field holds typed text it will hand over shortly, `store` doing it now (null once it has). */
  hold(field: string, store: (() => void) | null): void {
    this.held.hold(field, store);
  }

  /** Makes every field store the text it holds (the page is going away). Synchronous. */
  storeHeld(): void {
    this.held.storeAll();
  }

  /**
   * After a conflict: `ours` stores this window's edits over the other window's values, `theirs`
   * drops them. Either way the window then shows the stored draft (reload).
   */
  resolveConflict(choice: 'ours' | 'theirs'): void {
    this.writer.resolve(choice);
    this.notify();
  }

  /** The window is done with the draft (unsaved edits stay in the journal for the next opening). */
  dispose(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.releaseOwner();
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.writer.retry();
    }, RETRY_MS);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- reading -------------------------------------------------------------------------------

  expenseIds(): readonly string[] {
    return this.engine.lineIds('expense');
  }

  expenseLine(id: string): ExpenseLine {
    return this.line('expense', id);
  }

  /** Ids of a stream's lines in draft order. */
  lineIds(stream: Stream): readonly string[] {
    return this.engine.lineIds(stream);
  }

  line<S extends Stream>(stream: S, id: string): LinesByStream[S] {
    const line = this.engine.line(stream, id) as LinesByStream[S] | undefined;
    if (!line) throw new Error(`没有这一行：${id}`);
    return line;
  }

  /** The draft without its lines (units, projects, texts, prior figures …). */
  get head(): DraftHead {
    return this.engine.head;
  }

  // ---- editing -------------------------------------------------------------------------------

  /**
   * Applies edits as one undo step (a typed cell, a paste, a row deletion, a unit renamed in every
   * line that uses it): lines of any stream and head parts, in order.
   */
  perform(label: string, edits: readonly DraftEdit[]): void {
    if (edits.length === 0 || this.writer.conflicted) return;
    this.history.record(label, edits, this);
  }

  /**
   * Replaces one head part (units, projects, prior, department, assets, text …) as one undo step;
   * nothing happens when the new value equals the current one.
   */
  setPart<K extends HeadKey>(label: string, key: K, after: DraftHead[K]): void {
    const before = this.engine.head[key];
    if (sameData(before, after)) return;
    this.perform(label, [{ type: 'part', key, before, after } as PartEdit]);
  }

  /**
   * Writes one reason (`text.reasons[key]`) or purpose (`text.purposes[key]`) as one undo step;
   * a blank value removes the entry. Nothing happens when the value is unchanged.
   */
  setTextEntry(group: 'reasons' | 'purposes', key: string, value: string): void {
    if (this.writer.conflicted) return;
    const before = this.engine.head.text;
    const entries = { ...(before[group] ?? {}) };
    const v = value.trim();
    if ((entries[key] ?? '').trim() === v) return;
    if (v === '') delete entries[key];
    else entries[key] = v;
    const after: Draft['text'] = { ...before, [group]: entries };
    this.setPart(group === 'reasons' ? '填写增减原因' : '填写资金用途', 'text', after);
  }

  undo(): boolean {
    return this.history.undo(this);
  }

  redo(): boolean {
    return this.history.redo(this);
  }

  get undoLabel(): string | null {
    return this.history.undoLabel;
  }

  get redoLabel(): string | null {
    return this.history.redoLabel;
  }

  /** The draft as it is now, for checking an undo step read back after a reload. */
  get state(): StateReader {
    return { head: this.engine.head, find: (stream: Stream, id: string) => this.engine.line(stream, id) };
  }

  /**
   * Keeps the undo history for a reload, as of the revision just stored — only once nothing else
   * is pending (then history and stored draft agree). A batch carried over another window's write
   * drops it: the stored lines may differ from what its steps left.
   */
  private keepHistory(revision: number, merged: boolean): void {
    if (merged) return this.history.forget('stored');
    if (this.writer.unsaved > 0 || this.writer.conflicted) return;
    this.history.keep(revision);
  }

  /** Resolves when every edit is on disk. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  /** Engine first (the status bar follows at once), then the database (one batch). */
  run(edits: readonly DraftEdit[]): void {
    applyToEngine(this.engine, edits);
    this.writer.push(toDraftChanges(edits));
    this.changed();
  }

  private changed(): void {
    this.version++;
    this.notify();
  }

  private notify(): void {
    this.ticks++;
    for (const l of this.listeners) l();
  }

  /** The finding counts the draft list shows (the engine keeps them counted: cheap). */
  private findingCounts(): DraftStatus {
    const { errors, warnings } = this.engine.status();
    return { errors, warnings };
  }

  /** Caches the finding counts for the draft list (ignored when the draft moved on meanwhile). */
  private async storeStatus(revision: number): Promise<void> {
    await this.repo.setStatus(this.draftId, revision, this.findingCounts());
  }
}

/**
 * The repository as the writer sees it: every batch carries the finding counts of the content it
 * produces, stored in the same transaction. (A separate `setStatus` once the writer was idle read
 * and wrote the draft row, head included, a second time: with thousands of projects the head is
 * megabytes, and its structured clone blocked the window for ~40 ms after every pause in typing.)
 * The writer sends everything queued as one batch synchronously from `push`/`retry`, after the
 * engine applied it, so the engine's counts are those of the revision the batch produces.
 */
function withStatus(repo: DraftRepository, counts: () => DraftStatus): DraftRepository {
  const facade: DraftRepository = Object.create(repo);
  facade.applyChanges = (draftId, baseRevision, changes, options = {}) =>
    repo.applyChanges(draftId, baseRevision, changes, { status: counts(), ...options });
  return facade;
}

/** Equal plain data (head parts are JSON data; key order counts, as in the exported file). */
function sameData(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
