import { loadFinalDraftJson, loadFinalDraftText } from '../../src-core/domain/draft/load';
import type { FileProblem } from '../../src-core/domain/draft/problems';
import type { FinalDraft } from '../../src-core/domain/draft/types';
import type { FinalLineStream } from '../../src-core/domain/final/final-facts';
import { saveFinalDraftText } from '../../src-core/domain/final/save';
import { err, ok, type Result } from '../../src-core/domain/result';
import type { Table } from 'dexie';
import type { BudgetDb } from './database';
import type { FinalBlockLayout, FinalContentWrite } from './final-block-layout';
import { deleteFinalContent, finalContentRows, readFinalContent } from './final-content';
import type { FinalDraftRow } from './final-records';
import { newId } from './ids';
import { deleteSnapshotsOf } from './snapshots';
import { conflict, draftNotFound, fileRejected, inTrash, invalid, Rejected, type StoreProblem } from './problems';
import type { DraftStatus } from './records';

export interface LoadedFinalDraft {
  draft: FinalDraft;
  row: FinalDraftRow;
  /** The stored ids of the draft's lines, parallel to its arrays (the engine is built with them). */
  lineIds: Record<FinalLineStream, string[]>;
  /** Where each line is stored: the window changes it with every edit and writes what it touched. */
  layout: FinalBlockLayout;
}

export interface FinalRepositoryOptions {
  now?: () => number;
  newId?: () => string;
}

/** “2024年度决算”: the name a new 决算 draft gets unless the officer gives one. */
export function defaultFinalName(draft: Pick<FinalDraft, 'year' | 'department'>): string {
  const dept = draft.department.shortName || draft.department.name;
  return `${dept ? `${dept} ` : ''}${draft.year}年度决算`;
}

/**
 * The storage of 决算 drafts (README.md “决算 drafts”): a list row, the head one row per part and the
 * lines in blocks. A committed edit writes only the blocks and parts it touched, with the row, in
 * one strict-durability transaction (`write`); a whole draft is written by `create` and `save`. A
 * write names the revision it was based on and is refused when another window wrote since. A new
 * draft is validated as a file before anything is written, and a stored one as it is read, so a
 * rejected text changes nothing. Budget drafts are not touched (DraftRepository keeps them).
 */
export class FinalRepository {
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    readonly db: BudgetDb,
    options: FinalRepositoryOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    this.newId = options.newId ?? newId;
  }

  /** 决算 drafts, most recently changed first; those in the 回收站 only with `includeDeleted`. */
  async list({ includeDeleted = false }: { includeDeleted?: boolean } = {}): Promise<FinalDraftRow[]> {
    const rows = await this.db.finalDrafts.toArray();
    return rows.filter((r) => includeDeleted || r.deletedAt === null).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** Whether the id is a 决算 draft (the workspace routes on it). */
  async has(id: string): Promise<boolean> {
    return (await this.db.finalDrafts.get(id)) !== undefined;
  }

  /** Stores a new draft; the draft is checked as a file first (a rejected draft stores nothing). */
  async create(
    draft: FinalDraft,
    options: { name?: string; status?: DraftStatus | null } = {},
  ): Promise<Result<{ id: string; revision: number }, StoreProblem>> {
    const text = saveFinalDraftText(draft);
    const checked = loadFinalDraftText(text);
    if (!checked.ok) return err(fileRejected(checked.error, '新决算草稿'));
    const id = this.newId();
    const now = this.now();
    const row: FinalDraftRow = {
      id,
      stage: 'final',
      name: options.name?.trim() || defaultFinalName(draft),
      year: draft.year,
      departmentName: draft.department.name,
      createdAt: now,
      updatedAt: now,
      revision: 1,
      deletedAt: null,
      status: options.status ?? null,
    };
    const content = finalContentRows(id, checked.value.draft, this.newId);
    await this.db.transaction('rw', this.tables(), async () => {
      await this.db.finalDrafts.add(row);
      await this.db.finalHeadParts.bulkAdd(content.parts);
      await this.db.finalLineBlocks.bulkAdd(content.blocks);
    });
    return ok({ id, revision: 1 });
  }

  /** A new draft from a `*.final.json` text; a rejected file changes nothing and its problems come back. */
  async importText(text: string, options: { name?: string } = {}): Promise<Result<{ id: string }, FileProblem[]>> {
    const loaded = loadFinalDraftText(text);
    if (!loaded.ok) return err(loaded.error);
    const created = await this.create(loaded.value.draft, options);
    return created.ok ? ok({ id: created.value.id }) : err([{ path: '', message: created.error.message }]);
  }

  /** Reads a draft: its parts and blocks assembled and checked as a file (a rejected one is reported). */
  async load(id: string): Promise<Result<LoadedFinalDraft, StoreProblem>> {
    const read = await this.db.transaction('r', this.tables(), async () => {
      const row = await this.db.finalDrafts.get(id);
      const content = await readFinalContent(this.db, id);
      const legacy = content.found ? undefined : await this.db.finalDraftTexts.get(id);
      return { row, content, legacy };
    });
    const { row, content, legacy } = read;
    if (!row || (!content.found && !legacy)) return err(draftNotFound(id));
    // A text the version-7 upgrade could not split: reported as the file it is.
    if (!content.found) {
      const old = loadFinalDraftText(legacy!.text);
      return err(
        fileRejected(old.ok ? [{ path: '', message: '旧版本保存的草稿未能转换' }] : old.error, '保存的决算草稿'),
      );
    }
    const loaded = loadFinalDraftJson(content.raw);
    if (!loaded.ok) return err(fileRejected(loaded.error, '保存的决算草稿'));
    return ok({ draft: loaded.value.draft, row, lineIds: content.lineIds, layout: content.layout });
  }

  /**
   * Writes what a window changed since its last write (FinalBlockLayout.take): the touched blocks and
   * head parts and the row (finding counts, revision + 1), in one transaction. Refused, nothing
   * written, when another window wrote since or the draft is in the 回收站.
   */
  async write(
    id: string,
    baseRevision: number,
    change: FinalContentWrite,
    status: DraftStatus | null,
  ): Promise<Result<{ revision: number }, StoreProblem>> {
    return this.transact(async () => {
      const row = await this.requireWritable(id, baseRevision);
      if (change.removed.length > 0)
        await this.db.finalLineBlocks.bulkDelete(change.removed.map(([stream, order]) => [id, stream, order]));
      if (change.put.length > 0) await this.db.finalLineBlocks.bulkPut(change.put);
      const gone = change.parts.filter((p) => p.value === undefined);
      if (gone.length > 0) await this.db.finalHeadParts.bulkDelete(gone.map((p) => [id, p.key]));
      const kept = change.parts.filter((p) => p.value !== undefined);
      if (kept.length > 0) await this.db.finalHeadParts.bulkPut(kept);
      const listed: Partial<FinalDraftRow> = {};
      for (const p of kept) {
        if (p.key === 'year') listed.year = p.value as number;
        if (p.key === 'department') listed.departmentName = (p.value as FinalDraft['department']).name;
      }
      const revision = row.revision + 1;
      await this.db.finalDrafts.put({ ...row, ...listed, updatedAt: this.now(), revision, status });
      return { revision };
    });
  }

  /**
   * Replaces the whole draft as of `baseRevision` (a restored backup): its parts and blocks (new line
   * ids) and its row, in one transaction. Refused, nothing written, when another window wrote since
   * or the draft is in the 回收站. A window holding the draft opens it again afterwards.
   */
  async save(
    id: string,
    baseRevision: number,
    draft: FinalDraft,
    status: DraftStatus | null,
  ): Promise<Result<{ revision: number }, StoreProblem>> {
    const content = finalContentRows(id, draft, this.newId);
    return this.transact(async () => {
      const row = await this.requireWritable(id, baseRevision);
      await deleteFinalContent(this.db, id);
      await this.db.finalHeadParts.bulkAdd(content.parts);
      await this.db.finalLineBlocks.bulkAdd(content.blocks);
      const revision = row.revision + 1;
      await this.db.finalDrafts.put({
        ...row,
        year: draft.year,
        departmentName: draft.department.name,
        updatedAt: this.now(),
        revision,
        status,
      });
      return { revision };
    });
  }

  async rename(id: string, name: string): Promise<Result<{ revision: number }, StoreProblem>> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 100) return err(invalid('草稿名称不能为空，且不超过 100 个字'));
    return this.touch(id, () => ({ name: trimmed }));
  }

  async moveToTrash(id: string): Promise<Result<{ revision: number }, StoreProblem>> {
    return this.touch(id, (row) => (row.deletedAt === null ? { deletedAt: this.now() } : null));
  }

  async restoreFromTrash(id: string): Promise<Result<{ revision: number }, StoreProblem>> {
    return this.touch(id, (row) => (row.deletedAt !== null ? { deletedAt: null } : null));
  }

  /** Deletes a draft in the 回收站 with its text and its history versions. Drafts not in the 回收站 are refused. */
  async deleteForever(id: string): Promise<Result<void, StoreProblem>> {
    const history = [this.db.snapshots, this.db.snapshotTexts];
    return this.transact(async () => {
      const row = await this.require(id);
      if (row.deletedAt === null)
        throw new Rejected(invalid(`草稿“${row.name}”不在回收站中，请先移入回收站，再永久删除`));
      await deleteFinalContent(this.db, id);
      await this.db.finalDraftTexts.delete(id);
      await this.db.finalDrafts.delete(id);
      await deleteSnapshotsOf(this.db, id);
    }, history);
  }

  private async touch(
    id: string,
    patch: (row: FinalDraftRow) => Partial<FinalDraftRow> | null,
  ): Promise<Result<{ revision: number }, StoreProblem>> {
    return this.transact(async () => {
      const row = await this.require(id);
      const p = patch(row);
      if (!p) return { revision: row.revision };
      const revision = row.revision + 1;
      await this.db.finalDrafts.put({ ...row, ...p, revision, updatedAt: this.now() });
      return { revision };
    });
  }

  private async require(id: string): Promise<FinalDraftRow> {
    const row = await this.db.finalDrafts.get(id);
    if (!row) throw new Rejected(draftNotFound(id));
    return row;
  }

  /** The row of a draft a write may change: at `baseRevision` and not in the 回收站. */
  private async requireWritable(id: string, baseRevision: number): Promise<FinalDraftRow> {
    const row = await this.require(id);
    if (row.revision !== baseRevision) throw new Rejected(conflict(baseRevision, row.revision));
    if (row.deletedAt !== null) throw new Rejected(inTrash(row.name));
    return row;
  }

  private tables() {
    const db = this.db;
    return [db.finalDrafts, db.finalHeadParts, db.finalLineBlocks, db.finalDraftTexts];
  }

  private async transact<T>(body: () => Promise<T>, more: Table[] = []): Promise<Result<T, StoreProblem>> {
    try {
      return ok(await this.db.transaction('rw', [...this.tables(), ...more], body));
    } catch (e) {
      if (e instanceof Rejected) return err(e.problem);
      throw e;
    }
  }
}

const perDb = new WeakMap<BudgetDb, FinalRepository>();

/** The 决算 storage of a database (one per database, next to its DraftRepository). */
export function finalRepositoryOf(db: BudgetDb): FinalRepository {
  let repo = perDb.get(db);
  if (!repo) perDb.set(db, (repo = new FinalRepository(db)));
  return repo;
}
