import type { Table } from 'dexie';
import { loadDraftJson, loadDraftText } from '../../src-core/domain/draft/load';
import type { FileProblem } from '../../src-core/domain/draft/problems';
import type { BudgetUnit, Department, Draft, Review } from '../../src-core/domain/draft/types';
import { CURRENT_FORMAT_VERSION } from '../../src-core/domain/draft/migrations';
import type { AmountUnit } from '../../src-core/domain/money/units';
import { err, ok, type Result } from '../../src-core/domain/result';
import type { Stream } from '../../src-core/domain/tables/spec';
import { applyBatch } from './apply-changes';
import { broadcastFeed, silentFeed, type ChangeFeed, type DraftEvent } from './change-feed';
import { checkChanges, type DraftChange } from './changes';
import { copyFromLastYearDraft, type CopyOptions } from './copy-from-last-year';
import { BudgetDb, DEFAULT_DB_NAME } from './database';
import { draftFileText } from './draft-file-text';
import {
  deleteHead,
  deleteLines,
  draftRange,
  HEAD_PART_KEY,
  insertDraft,
  newDraftRow,
  patchHead,
  readDraft,
  readLines,
  replaceContent,
  type ContentTables,
} from './draft-content';
import { newId } from './ids';
import { LINE_BLOCK_KEY, type LineIndex } from './line-blocks';
import {
  conflict,
  draftNotFound,
  mergeConflict,
  fileRejected,
  inTrash,
  invalid,
  Rejected,
  type StoreProblem,
} from './problems';
import type { DraftRow, DraftStatus, SnapshotReason } from './records';
import { rebaseChanges } from './rebase-changes';
import { renameReviewIds, reviewsToPaths } from './review-targets';
import { deleteSnapshotsOf, listSnapshotRows, writeSnapshot, type SnapshotInfo } from './snapshots';

/** A draft as the list shows it: its row (the head is stored apart, in `headParts`). */
export type DraftSummary = DraftRow;

export interface LoadedDraft {
  draft: Draft;
  /** Storage ids of the lines, parallel to the draft's arrays (`lineIds.expense[i]` ↔ `draft.expenses[i]`). */
  lineIds: Record<Stream, string[]>;
  /** The revision to base the next `applyChanges` on. */
  revision: number;
  summary: DraftSummary;
}

export interface RepositoryOptions {
  feed?: ChangeFeed;
  now?: () => number;
  newId?: () => string;
  /** Automatic (open / interval) snapshots kept per draft. */
  maxAutomaticSnapshots?: number;
}

export interface BlankDraftOptions {
  year: number;
  department: Department;
  units: BudgetUnit[];
  name?: string;
  amountUnit?: AmountUnit;
  publishUnit?: AmountUnit;
}

/** The row as the list shows it (a field `head` left by an unreadable version-1 row is not shown). */
const summaryOf = (row: DraftRow): DraftSummary => {
  const { head: _head, ...summary } = row as DraftRow & { head?: unknown };
  return summary;
};

/**
 * The app's storage of drafts (README.md). Every write is one strict-durability transaction that
 * either happens entirely or not at all, and expected failures come back as `StoreProblem` values.
 * Writes that change a draft increase its `revision`; `applyChanges` names the revision it was
 * based on and is refused with a conflict when another window wrote since (optimistic
 * concurrency). After each write the other windows hear of it on BroadcastChannel('budget-drafts').
 */
export class DraftRepository {
  private readonly feed: ChangeFeed;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly maxAutomatic: number;
  /**
   * Where each line of a recently read or written draft is stored, valid for one revision: a
   * keystroke finds its block without reading the draft. A write by another window (or anything
   * unexpected) changes the revision, and the index is then rebuilt from the stored blocks.
   */
  private readonly lineIndexes = new Map<string, { revision: number; index: LineIndex }>();

  constructor(
    readonly db: BudgetDb,
    options: RepositoryOptions = {},
  ) {
    this.feed = options.feed ?? silentFeed();
    this.now = options.now ?? (() => Date.now());
    this.newId = options.newId ?? newId;
    this.maxAutomatic = options.maxAutomaticSnapshots ?? 50;
  }

  /** The app's repository: the default database, announcing on BroadcastChannel('budget-drafts'). */
  static open(name: string = DEFAULT_DB_NAME): DraftRepository {
    return new DraftRepository(new BudgetDb(name), { feed: broadcastFeed() });
  }

  /** Hears the other windows' writes to this database; returns the unsubscribe function. */
  subscribe(listener: (event: DraftEvent) => void): () => void {
    return this.feed.subscribe((e) => {
      if (e.db === this.db.name) listener(e);
    });
  }

  /** Stops announcing and listening (the database stays open for its owner). */
  close(): void {
    this.feed.close();
  }

  // ---- list ----------------------------------------------------------------------------------

  /** Drafts, most recently changed first; those in the 回收站 only with `includeDeleted`. */
  async listDrafts({ includeDeleted = false }: { includeDeleted?: boolean } = {}): Promise<DraftSummary[]> {
    const rows = await this.db.drafts.toArray();
    return rows
      .filter((r) => includeDeleted || r.deletedAt === null)
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .map(summaryOf);
  }

  async createBlankDraft(options: BlankDraftOptions): Promise<Result<{ id: string; revision: number }, StoreProblem>> {
    const raw = {
      format: 'dept-budget-draft',
      formatVersion: CURRENT_FORMAT_VERSION,
      stage: 'budget',
      year: options.year,
      amountUnit: options.amountUnit ?? 'yuan',
      publishUnit: options.publishUnit ?? 'wanyuan',
      department: options.department,
      units: options.units,
      income: [],
      expenses: [],
    };
    const loaded = loadDraftJson(JSON.parse(JSON.stringify(raw)));
    if (!loaded.ok) return err(fileRejected(loaded.error, '新草稿的信息'));
    return this.insertNew(loaded.value.draft, options.name);
  }

  /**
   * A new draft from a `*.budget.json` text. The file is read and validated (loadDraftText) before
   * anything is written: a rejected file changes nothing and its problems are returned. The text
   * itself is stored, in the same transaction, as the draft's first history version (打开时, of
   * revision 1): it reads back as this very draft, so opening the new draft need not write its
   * content a second time.
   */
  async importDraftFile(
    text: string,
    options: { name?: string } = {},
  ): Promise<Result<{ id: string; revision: number; migrations: string[] }, FileProblem[]>> {
    const loaded = loadDraftText(text);
    if (!loaded.ok) return err(loaded.error);
    const created = await this.insertNew(loaded.value.draft, options.name, text);
    if (!created.ok) return err([{ path: '', message: created.error.message }]);
    return ok({ ...created.value, migrations: loaded.value.migrations });
  }

  /** Replaces an existing draft's content by a file, after an `import` snapshot of what it held. */
  async replaceFromFile(
    draftId: string,
    text: string,
  ): Promise<Result<{ revision: number; snapshot: SnapshotInfo }, StoreProblem>> {
    const loaded = loadDraftText(text);
    if (!loaded.ok) return err(fileRejected(loaded.error));
    return this.replaceWith(draftId, loaded.value.draft, 'import');
  }

  // ---- read ----------------------------------------------------------------------------------

  async loadDraft(id: string): Promise<Result<LoadedDraft, StoreProblem>> {
    return this.db.transaction('r', this.db.drafts, this.db.lineBlocks, this.db.headParts, async () => {
      const row = await this.db.drafts.get(id);
      if (!row) return err(draftNotFound(id));
      const { draft, lineIds, index } = await readDraft(this.content, row);
      this.remember(id, row.revision, index);
      return ok({ draft, lineIds, revision: row.revision, summary: summaryOf(row) });
    });
  }

  /**
   * The draft as its file holds it: explanations of line warnings name their lines by path
   * (`expenses[12]`), not by storage id. What a new version of the draft is built from (an import
   * merged into it, 上年数 filled in) before `replaceFromFile`, so that the explanations follow
   * their lines through the replace, which gives every line a new id.
   */
  async loadDraftAsFile(id: string): Promise<Result<Draft, StoreProblem>> {
    const loaded = await this.loadDraft(id);
    return loaded.ok ? ok(reviewsToPaths(loaded.value.draft, loaded.value.lineIds)) : loaded;
  }

  /** loadDraft for a window that opens the draft: also takes the `open` snapshot. */
  async openDraft(id: string): Promise<Result<LoadedDraft, StoreProblem>> {
    return this.write(this.allTables, async () => {
      const row = await this.requireRow(id);
      const { draft, lineIds, index } = await readDraft(this.content, row);
      await writeSnapshot(this.db, row, () => draftFileText(draft, lineIds), 'open', this.now(), this.maxAutomatic);
      this.remember(id, row.revision, index);
      return { draft, lineIds, revision: row.revision, summary: summaryOf(row) };
    });
  }

  /** The draft as `*.budget.json` text (equal to the imported file), recorded as an `export` snapshot. */
  async exportDraftFile(id: string): Promise<Result<string, StoreProblem>> {
    return this.write(this.allTables, async () => {
      const row = await this.requireRow(id);
      const { draft, lineIds } = await readDraft(this.content, row);
      const text = draftFileText(draft, lineIds);
      await writeSnapshot(this.db, row, () => text, 'export', this.now(), this.maxAutomatic);
      return text;
    });
  }

  // ---- edit ----------------------------------------------------------------------------------

  /**
   * Applies a batch of changes (a keystroke, a 200-cell paste) in one transaction, all or nothing.
   * When the draft's revision is no longer `baseRevision` (another window wrote first) the batch is
   * refused with a conflict — unless `merge` is set: then it is carried over onto the stored content
   * (`rebase-changes.ts`), and refused only for a true conflict (`conflicts` lists them in Chinese).
   * `prefer` settles true conflicts for one side (the officer chose so); the rest still merges.
   * Returns the new revision, the ids of added lines and whether the batch was merged (the window's
   * content then lacks the other window's changes and should be reloaded). `batchId` is stored with
   * the draft so that the edit journal can tell, after a crash, whether its batch made it to disk.
   * `status` caches the finding counts of the new content (not when merged: they would be stale).
   */
  async applyChanges(
    draftId: string,
    baseRevision: number,
    changes: readonly DraftChange[],
    options: ApplyOptions = {},
  ): Promise<Result<{ revision: number; added: string[]; merged: boolean }, StoreProblem>> {
    const bad = checkChanges(changes);
    if (bad) return err(bad);
    const done = await this.write(this.contentTables, async () => {
      const row = await this.requireLive(draftId);
      const behind = row.revision !== baseRevision;
      if (behind && !options.merge) throw new Rejected(conflict(baseRevision, row.revision));
      if (changes.length === 0) return { revision: row.revision, added: [] as string[], merged: false };
      // Taken out while the batch changes it: a failed batch leaves no index behind.
      const index = await this.takeLineIndex(row);
      let effective = changes;
      if (behind) {
        const rebased = await rebaseChanges(this.content, draftId, changes, index, options.prefer);
        if (!rebased.ok) throw new Rejected(mergeConflict(rebased.conflicts, row.revision));
        effective = rebased.changes;
      }
      const batch = await applyBatch(this.content, draftId, effective, this.newId, index);
      // Only the head parts the batch names are written: a line edit writes no head at all.
      await patchHead(this.content, draftId, batch.headPatch);
      const { year, department } = batch.headPatch;
      const next: DraftRow = {
        ...row,
        ...(year !== undefined ? { year } : {}),
        ...(department !== undefined ? { departmentName: department.name } : {}),
        lineCount: row.lineCount + batch.lineDelta,
        revision: row.revision + 1,
        updatedAt: this.now(),
        ...(options.status && !behind ? { status: options.status, statusRevision: row.revision + 1 } : {}),
        ...(options.batchId ? { lastBatch: options.batchId } : {}),
      };
      await this.db.drafts.put(next);
      return { revision: next.revision, added: addedIds(changes, effective, batch.added), index, merged: behind };
    });
    if (!done.ok) return done;
    const { revision, added, index, merged } = done.value;
    if (index) this.remember(draftId, revision, index);
    if (revision !== baseRevision) this.announce({ type: 'changed', draftId, revision });
    return ok({ revision, added, merged });
  }

  /** The revision and last stored batch of a draft (what the edit journal compares with), or null. */
  async writeMark(draftId: string): Promise<{ revision: number; lastBatch: string | null; deleted: boolean } | null> {
    const row = await this.db.drafts.get(draftId);
    return row ? { revision: row.revision, lastBatch: row.lastBatch ?? null, deleted: row.deletedAt !== null } : null;
  }

  /** Caches the finding counts of a revision (ignored when the draft has moved on). */
  async setStatus(draftId: string, revision: number, status: DraftStatus): Promise<boolean> {
    return this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.db.drafts.get(draftId);
      if (!row || row.revision !== revision) return false;
      await this.db.drafts.put({ ...row, status, statusRevision: revision });
      return true;
    });
  }

  async renameDraft(id: string, name: string): Promise<Result<{ revision: number }, StoreProblem>> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 100) return err(invalid('草稿名称不能为空，且不超过 100 个字'));
    return this.touch(id, () => ({ name: trimmed }));
  }

  /** A copy of a draft (lines, order and head) under a new id and name. */
  async duplicateDraft(
    id: string,
    options: { name?: string } = {},
  ): Promise<Result<{ id: string; revision: number }, StoreProblem>> {
    const copyId = this.newId();
    const done = await this.write(this.contentTables, async () => {
      const row = await this.requireRow(id);
      const blocks = await this.db.lineBlocks
        .where(LINE_BLOCK_KEY)
        .between(...draftRange(id), true, true)
        .toArray();
      const parts = await this.db.headParts
        .where(HEAD_PART_KEY)
        .between(...draftRange(id), true, true)
        .toArray();
      const now = this.now();
      await this.db.drafts.add({
        ...row,
        id: copyId,
        name: options.name?.trim() || `${row.name}（副本）`,
        createdAt: now,
        updatedAt: now,
        revision: 1,
        deletedAt: null,
      });
      // The copy's lines get new ids; the explanations of their warnings follow them.
      const renamed = new Map<string, string>();
      const copies = blocks.map((b) => ({
        ...b,
        draftId: copyId,
        ids: b.ids.map((old) => withNew(renamed, old, this.newId())),
      }));
      await this.db.headParts.bulkAdd(
        parts.map((p) => ({
          ...p,
          draftId: copyId,
          ...(p.key === 'reviews' && Array.isArray(p.value)
            ? { value: renameReviewIds(p.value as Review[], renamed) }
            : {}),
        })),
      );
      await this.db.lineBlocks.bulkAdd(copies);
      return { id: copyId, revision: 1 };
    });
    if (done.ok) this.announce({ type: 'created', draftId: copyId });
    return done;
  }

  /** Next year's draft from last year's: amounts × (1 + percent), `prior` from last year's totals. */
  async copyFromLastYear(
    sourceId: string,
    options: CopyOptions & { name?: string },
  ): Promise<Result<{ id: string; revision: number }, StoreProblem>> {
    const source = await this.loadDraft(sourceId);
    if (!source.ok) return source;
    const copy = copyFromLastYearDraft(source.value.draft, options);
    if (!copy.ok) return err(invalid(copy.error));
    return this.insertNew(copy.value, options.name);
  }

  // ---- 回收站 ---------------------------------------------------------------------------------

  async moveToTrash(id: string): Promise<Result<{ revision: number }, StoreProblem>> {
    return this.touch(id, (row) => (row.deletedAt === null ? { deletedAt: this.now() } : null));
  }

  async restoreFromTrash(id: string): Promise<Result<{ revision: number }, StoreProblem>> {
    return this.touch(id, (row) => (row.deletedAt !== null ? { deletedAt: null } : null));
  }

  /** Deletes a draft in the 回收站 with its lines and history. Drafts not in the 回收站 are refused. */
  async deleteForever(id: string): Promise<Result<void, StoreProblem>> {
    const done = await this.write(this.allTables, async () => {
      const row = await this.requireRow(id);
      if (row.deletedAt === null)
        throw new Rejected(invalid(`草稿“${row.name}”不在回收站中，请先移入回收站，再永久删除`));
      await deleteLines(this.content, id);
      await deleteHead(this.content, id);
      await deleteSnapshotsOf(this.db, id);
      await this.db.drafts.delete(id);
    });
    this.lineIndexes.delete(id);
    if (done.ok) this.announce({ type: 'deleted', draftId: id });
    return done;
  }

  // ---- history -------------------------------------------------------------------------------

  /** Stores the draft's current content as a snapshot (see writeSnapshot for when it is skipped). */
  async takeSnapshot(id: string, reason: SnapshotReason): Promise<Result<SnapshotInfo, StoreProblem>> {
    return this.write(this.allTables, async () => {
      const row = await this.requireRow(id);
      const { draft, lineIds } = await readDraft(this.content, row);
      return writeSnapshot(this.db, row, () => draftFileText(draft, lineIds), reason, this.now(), this.maxAutomatic);
    });
  }

  /** A draft's snapshots, newest first (without their texts). */
  async listSnapshots(draftId: string): Promise<SnapshotInfo[]> {
    return listSnapshotRows(this.db, draftId);
  }

  /** A snapshot with its draft file text, to view it. */
  async readSnapshot(snapshotId: number): Promise<Result<{ info: SnapshotInfo; text: string }, StoreProblem>> {
    return this.db.transaction('r', this.db.snapshots, this.db.snapshotTexts, async () => {
      const info = await this.db.snapshots.get(snapshotId);
      const text = await this.db.snapshotTexts.get(snapshotId);
      if (!info || !text)
        return err<StoreProblem>({
          kind: 'not-found',
          message: `找不到这个历史版本（编号 ${snapshotId}），它可能已被清理。`,
        });
      return ok({ info: info as SnapshotInfo, text: text.text });
    });
  }

  /** Puts a snapshot's content back into its draft, after a `before-restore` snapshot of the current one. */
  async restoreSnapshot(
    snapshotId: number,
  ): Promise<Result<{ revision: number; snapshot: SnapshotInfo }, StoreProblem>> {
    const read = await this.readSnapshot(snapshotId);
    if (!read.ok) return read;
    const loaded = loadDraftText(read.value.text);
    if (!loaded.ok) return err(fileRejected(loaded.error, '这个历史版本'));
    return this.replaceWith(read.value.info.draftId, loaded.value.draft, 'before-restore');
  }

  // ---- internals -----------------------------------------------------------------------------

  private get content(): ContentTables {
    return { drafts: this.db.drafts, lineBlocks: this.db.lineBlocks, headParts: this.db.headParts };
  }

  /** The tables of a draft's content: its row, its head parts and its lines. */
  private get contentTables(): Table[] {
    return [this.db.drafts, this.db.headParts, this.db.lineBlocks];
  }

  private get allTables(): Table[] {
    return [...this.contentTables, this.db.snapshots, this.db.snapshotTexts];
  }

  /** Runs a read-write transaction; a `Rejected` thrown inside rolls it back and becomes the result. */
  private async write<T>(tables: Table[], fn: () => Promise<T>): Promise<Result<T, StoreProblem>> {
    try {
      return ok(await this.db.transaction('rw', tables, fn));
    } catch (e) {
      if (e instanceof Rejected) return err(e.problem);
      throw e;
    }
  }

  private async requireRow(id: string): Promise<DraftRow> {
    const row = await this.db.drafts.get(id);
    if (!row) throw new Rejected(draftNotFound(id));
    return row;
  }

  private async requireLive(id: string): Promise<DraftRow> {
    const row = await this.requireRow(id);
    if (row.deletedAt !== null) throw new Rejected(inTrash(row.name));
    return row;
  }

  private announce(event: DistributiveOmit<DraftEvent, 'db'>): void {
    this.feed.post({ ...event, db: this.db.name } as DraftEvent);
  }

  /** Stores a new draft; `fileText` (the file it was read from) becomes its first history version. */
  private async insertNew(
    draft: Draft,
    name?: string,
    fileText?: string,
  ): Promise<Result<{ id: string; revision: number }, StoreProblem>> {
    const row = newDraftRow(this.newId(), draft, this.now(), name);
    const done = await this.write(fileText === undefined ? this.contentTables : this.allTables, async () => {
      const { index } = await insertDraft(this.content, row, draft, this.newId);
      if (fileText !== undefined)
        await writeSnapshot(this.db, row, () => fileText, 'open', this.now(), this.maxAutomatic);
      return { id: row.id, revision: row.revision, index };
    });
    if (!done.ok) return done;
    this.remember(row.id, row.revision, done.value.index);
    this.announce({ type: 'created', draftId: row.id });
    return ok({ id: row.id, revision: row.revision });
  }

  /** Keeps where a draft's lines are, as of `revision` (the few most recent drafts only). */
  private remember(draftId: string, revision: number, index: LineIndex): void {
    this.lineIndexes.delete(draftId);
    this.lineIndexes.set(draftId, { revision, index });
    for (const key of this.lineIndexes.keys()) {
      if (this.lineIndexes.size <= MAX_LINE_INDEXES) break;
      this.lineIndexes.delete(key);
    }
  }

  /** The line index of a draft at the row's revision, removed from the cache (rebuilt if missing or stale). */
  private async takeLineIndex(row: DraftRow): Promise<LineIndex> {
    const cached = this.lineIndexes.get(row.id);
    this.lineIndexes.delete(row.id);
    if (cached && cached.revision === row.revision) return cached.index;
    return (await readLines(this.content, row.id)).index;
  }

  /** Changes row fields (not content) with a new revision; `patch` returning null: nothing to do. */
  private async touch(
    id: string,
    patch: (row: DraftRow) => Partial<DraftRow> | null,
  ): Promise<Result<{ revision: number }, StoreProblem>> {
    const done = await this.write([this.db.drafts], async () => {
      const row = await this.requireRow(id);
      const change = patch(row);
      if (change === null) return { revision: row.revision, changed: false };
      await this.db.drafts.put({ ...row, ...change, revision: row.revision + 1, updatedAt: this.now() });
      return { revision: row.revision + 1, changed: true, from: row.revision };
    });
    if (!done.ok) return done;
    // The content did not change: a line index of the previous revision holds for the new one.
    const cached = this.lineIndexes.get(id);
    if (done.value.changed && cached && cached.revision === done.value.from) cached.revision = done.value.revision;
    if (done.value.changed) this.announce({ type: 'changed', draftId: id, revision: done.value.revision });
    return ok({ revision: done.value.revision });
  }

  private async replaceWith(
    draftId: string,
    draft: Draft,
    reason: SnapshotReason,
  ): Promise<Result<{ revision: number; snapshot: SnapshotInfo }, StoreProblem>> {
    const done = await this.write(this.allTables, async () => {
      const row = await this.requireLive(draftId);
      const current = await readDraft(this.content, row);
      const snapshot = await writeSnapshot(
        this.db,
        row,
        () => draftFileText(current.draft, current.lineIds),
        reason,
        this.now(),
        this.maxAutomatic,
      );
      const next = await replaceContent(this.content, row, draft, this.now(), this.newId);
      return { revision: next.row.revision, snapshot, index: next.lines.index };
    });
    if (!done.ok) return done;
    const { revision, snapshot, index } = done.value;
    this.remember(draftId, revision, index);
    this.announce({ type: 'changed', draftId, revision });
    return ok({ revision, snapshot });
  }
}

export interface ApplyOptions {
  status?: DraftStatus;
  /** Carry the batch over onto another window's write instead of refusing it (true conflicts still refuse). */
  merge?: boolean;
  /** With `merge`: values both windows changed take this batch's (`ours`) or the stored (`theirs`) value. */
  prefer?: 'ours' | 'theirs';
  /** Stored as the draft's `lastBatch` (edit journal). */
  batchId?: string;
}

/**
 * Ids of the batch's added lines, in the order of its addLine changes, also when rebasing dropped
 * an add that was already stored (its id is then the one the change named).
 */
function addedIds(asked: readonly DraftChange[], applied: readonly DraftChange[], stored: readonly string[]): string[] {
  if (asked === applied) return [...stored];
  const fresh = [...stored];
  const named = new Set(applied.flatMap((c) => (c.type === 'addLine' && c.id !== undefined ? [c.id] : [])));
  const out: string[] = [];
  for (const c of asked) {
    if (c.type !== 'addLine') continue;
    if (c.id !== undefined && !named.has(c.id)) out.push(c.id);
    else out.push(fresh.shift() ?? c.id ?? '');
  }
  return out;
}

/** Records `old → id` and returns `id`. */
function withNew(renamed: Map<string, string>, old: string, id: string): string {
  renamed.set(old, id);
  return id;
}

/** Line indexes kept (≈ 5 MB for a 50,000-line draft). */
const MAX_LINE_INDEXES = 3;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
