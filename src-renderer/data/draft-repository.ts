import type { Table } from 'dexie';
import { loadDraftJson, loadDraftText } from '../domain/draft/load';
import type { FileProblem } from '../domain/draft/problems';
import { saveDraftText } from '../domain/draft/save';
import type { BudgetUnit, Department, Draft } from '../domain/draft/types';
import { CURRENT_FORMAT_VERSION } from '../domain/draft/migrations';
import type { AmountUnit } from '../domain/money/units';
import { err, ok, type Result } from '../domain/result';
import type { Stream } from '../domain/tables/spec';
import { applyBatch } from './apply-changes';
import { broadcastFeed, silentFeed, type ChangeFeed, type DraftEvent } from './change-feed';
import { checkChanges, type DraftChange } from './changes';
import { copyFromLastYearDraft, type CopyOptions } from './copy-from-last-year';
import { BudgetDb, DEFAULT_DB_NAME } from './database';
import {
  deleteHead, deleteLines, draftRange, HEAD_PART_KEY, insertDraft, LINE_ORDER_INDEX, newDraftRow, patchHead, readDraft, replaceContent,
  type ContentTables,
} from './draft-content';
import { newId } from './ids';
import {
  conflict, draftNotFound, fileRejected, inTrash, invalid, Rejected, type StoreProblem,
} from './problems';
import type { DraftRow, DraftStatus, LineRow, SnapshotReason } from './records';
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

  constructor(readonly db: BudgetDb, options: RepositoryOptions = {}) {
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
      format: 'dept-budget-draft', formatVersion: CURRENT_FORMAT_VERSION, stage: 'budget', year: options.year,
      amountUnit: options.amountUnit ?? 'yuan', publishUnit: options.publishUnit ?? 'wanyuan',
      department: options.department, units: options.units, income: [], expenses: [],
    };
    const loaded = loadDraftJson(JSON.parse(JSON.stringify(raw)));
    if (!loaded.ok) return err(fileRejected(loaded.error, '新草稿的信息'));
    return this.insertNew(loaded.value.draft, options.name);
  }

  /**
   * A new draft from a `*.budget.json` text. The file is read and validated (loadDraftText) before
   * anything is written: a rejected file changes nothing and its problems are returned.
   */
  async importDraftFile(text: string, options: { name?: string } = {}): Promise<Result<{ id: string; revision: number; migrations: string[] }, FileProblem[]>> {
    const loaded = loadDraftText(text);
    if (!loaded.ok) return err(loaded.error);
    const created = await this.insertNew(loaded.value.draft, options.name);
    if (!created.ok) return err([{ path: '', message: created.error.message }]);
    return ok({ ...created.value, migrations: loaded.value.migrations });
  }

  /** Replaces an existing draft's content by a file, after an `import` snapshot of what it held. */
  async replaceFromFile(draftId: string, text: string): Promise<Result<{ revision: number; snapshot: SnapshotInfo }, StoreProblem>> {
    const loaded = loadDraftText(text);
    if (!loaded.ok) return err(fileRejected(loaded.error));
    return this.replaceWith(draftId, loaded.value.draft, 'import');
  }

  // ---- read ----------------------------------------------------------------------------------

  async loadDraft(id: string): Promise<Result<LoadedDraft, StoreProblem>> {
    return this.db.transaction('r', this.db.drafts, this.db.lines, this.db.headParts, async () => {
      const row = await this.db.drafts.get(id);
      if (!row) return err(draftNotFound(id));
      const { draft, lineIds } = await readDraft(this.content, row);
      return ok({ draft, lineIds, revision: row.revision, summary: summaryOf(row) });
    });
  }

  /** loadDraft for a window that opens the draft: also takes the `open` snapshot. */
  async openDraft(id: string): Promise<Result<LoadedDraft, StoreProblem>> {
    return this.write(this.allTables, async () => {
      const row = await this.requireRow(id);
      const { draft, lineIds } = await readDraft(this.content, row);
      await writeSnapshot(this.db, row, () => saveDraftText(draft), 'open', this.now(), this.maxAutomatic);
      return { draft, lineIds, revision: row.revision, summary: summaryOf(row) };
    });
  }

  /** The draft as `*.budget.json` text (equal to the imported file), recorded as an `export` snapshot. */
  async exportDraftFile(id: string): Promise<Result<string, StoreProblem>> {
    return this.write(this.allTables, async () => {
      const row = await this.requireRow(id);
      const text = saveDraftText((await readDraft(this.content, row)).draft);
      await writeSnapshot(this.db, row, () => text, 'export', this.now(), this.maxAutomatic);
      return text;
    });
  }

  // ---- edit ----------------------------------------------------------------------------------

  /**
   * Applies a batch of changes (a keystroke, a 200-cell paste) in one transaction, all or nothing.
   * Refused with a conflict when the draft's revision is no longer `baseRevision`. Returns the new
   * revision and the ids of added lines. `status` caches the finding counts of the new content.
   */
  async applyChanges(
    draftId: string, baseRevision: number, changes: readonly DraftChange[], options: { status?: DraftStatus } = {},
  ): Promise<Result<{ revision: number; added: string[] }, StoreProblem>> {
    const bad = checkChanges(changes);
    if (bad) return err(bad);
    const done = await this.write(this.contentTables, async () => {
      const row = await this.requireLive(draftId);
      if (row.revision !== baseRevision) throw new Rejected(conflict(baseRevision, row.revision));
      if (changes.length === 0) return { revision: row.revision, added: [] as string[] };
      const batch = await applyBatch(this.content, draftId, changes, this.newId);
      // Only the head parts the batch names are written: a line edit writes no head at all.
      await patchHead(this.content, draftId, batch.headPatch);
      const { year, department } = batch.headPatch;
      const next: DraftRow = {
        ...row,
        ...(year !== undefined ? { year } : {}),
        ...(department !== undefined ? { departmentName: department.name } : {}),
        lineCount: row.lineCount + batch.lineDelta,
        revision: row.revision + 1, updatedAt: this.now(),
        ...(options.status ? { status: options.status, statusRevision: row.revision + 1 } : {}),
      };
      await this.db.drafts.put(next);
      return { revision: next.revision, added: batch.added };
    });
    if (done.ok && done.value.revision !== baseRevision) this.announce({ type: 'changed', draftId, revision: done.value.revision });
    return done;
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
  async duplicateDraft(id: string, options: { name?: string } = {}): Promise<Result<{ id: string; revision: number }, StoreProblem>> {
    const copyId = this.newId();
    const done = await this.write(this.contentTables, async () => {
      const row = await this.requireRow(id);
      const lines = await this.db.lines.where(LINE_ORDER_INDEX).between(...draftRange(id), true, true).toArray();
      const parts = await this.db.headParts.where(HEAD_PART_KEY).between(...draftRange(id), true, true).toArray();
      const now = this.now();
      await this.db.drafts.add({
        ...row, id: copyId, name: options.name?.trim() || `${row.name}（副本）`, createdAt: now, updatedAt: now,
        revision: 1, deletedAt: null,
      });
      await this.db.headParts.bulkAdd(parts.map((p) => ({ ...p, draftId: copyId })));
      await this.db.lines.bulkAdd(lines.map((l): LineRow => ({ ...l, id: this.newId(), draftId: copyId })));
      return { id: copyId, revision: 1 };
    });
    if (done.ok) this.announce({ type: 'created', draftId: copyId });
    return done;
  }

  /** Next year's draft from last year's: amounts × (1 + percent), `prior` from last year's totals. */
  async copyFromLastYear(sourceId: string, options: CopyOptions & { name?: string }): Promise<Result<{ id: string; revision: number }, StoreProblem>> {
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
      if (row.deletedAt === null) throw new Rejected(invalid(`草稿“${row.name}”不在回收站中，请先移入回收站，再永久删除`));
      await deleteLines(this.content, id);
      await deleteHead(this.content, id);
      await deleteSnapshotsOf(this.db, id);
      await this.db.drafts.delete(id);
    });
    if (done.ok) this.announce({ type: 'deleted', draftId: id });
    return done;
  }

  // ---- history -------------------------------------------------------------------------------

  /** Stores the draft's current content as a snapshot (see writeSnapshot for when it is skipped). */
  async takeSnapshot(id: string, reason: SnapshotReason): Promise<Result<SnapshotInfo, StoreProblem>> {
    return this.write(this.allTables, async () => {
      const row = await this.requireRow(id);
      const { draft } = await readDraft(this.content, row);
      return writeSnapshot(this.db, row, () => saveDraftText(draft), reason, this.now(), this.maxAutomatic);
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
      if (!info || !text) return err<StoreProblem>({ kind: 'not-found', message: `找不到这个历史版本（编号 ${snapshotId}），它可能已被清理。` });
      return ok({ info: info as SnapshotInfo, text: text.text });
    });
  }

  /** Puts a snapshot's content back into its draft, after a `before-restore` snapshot of the current one. */
  async restoreSnapshot(snapshotId: number): Promise<Result<{ revision: number; snapshot: SnapshotInfo }, StoreProblem>> {
    const read = await this.readSnapshot(snapshotId);
    if (!read.ok) return read;
    const loaded = loadDraftText(read.value.text);
    if (!loaded.ok) return err(fileRejected(loaded.error, '这个历史版本'));
    return this.replaceWith(read.value.info.draftId, loaded.value.draft, 'before-restore');
  }

  // ---- internals -----------------------------------------------------------------------------

  private get content(): ContentTables {
    return { drafts: this.db.drafts, lines: this.db.lines, headParts: this.db.headParts };
  }

  /** The tables of a draft's content: its row, its head parts and its lines. */
  private get contentTables(): Table[] {
    return [this.db.drafts, this.db.headParts, this.db.lines];
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

  private async insertNew(draft: Draft, name?: string): Promise<Result<{ id: string; revision: number }, StoreProblem>> {
    const row = newDraftRow(this.newId(), draft, this.now(), name);
    const done = await this.write(this.contentTables, async () => {
      await insertDraft(this.content, row, draft, this.newId);
      return { id: row.id, revision: row.revision };
    });
    if (done.ok) this.announce({ type: 'created', draftId: row.id });
    return done;
  }

  /** Changes row fields (not content) with a new revision; `patch` returning null: nothing to do. */
  private async touch(id: string, patch: (row: DraftRow) => Partial<DraftRow> | null): Promise<Result<{ revision: number }, StoreProblem>> {
    const done = await this.write([this.db.drafts], async () => {
      const row = await this.requireRow(id);
      const change = patch(row);
      if (change === null) return { revision: row.revision, changed: false };
      await this.db.drafts.put({ ...row, ...change, revision: row.revision + 1, updatedAt: this.now() });
      return { revision: row.revision + 1, changed: true };
    });
    if (!done.ok) return done;
    if (done.value.changed) this.announce({ type: 'changed', draftId: id, revision: done.value.revision });
    return ok({ revision: done.value.revision });
  }

  private async replaceWith(draftId: string, draft: Draft, reason: SnapshotReason): Promise<Result<{ revision: number; snapshot: SnapshotInfo }, StoreProblem>> {
    const done = await this.write(this.allTables, async () => {
      const row = await this.requireLive(draftId);
      const current = (await readDraft(this.content, row)).draft;
      const snapshot = await writeSnapshot(this.db, row, () => saveDraftText(current), reason, this.now(), this.maxAutomatic);
      const next = await replaceContent(this.content, row, draft, this.now(), this.newId);
      return { revision: next.revision, snapshot };
    });
    if (done.ok) this.announce({ type: 'changed', draftId, revision: done.value.revision });
    return done;
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
