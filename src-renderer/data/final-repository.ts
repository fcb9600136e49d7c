import { loadFinalDraftText } from '../../src-core/domain/draft/load';
import type { FileProblem } from '../../src-core/domain/draft/problems';
import type { FinalDraft } from '../../src-core/domain/draft/types';
import { saveFinalDraftText } from '../../src-core/domain/final/save';
import { err, ok, type Result } from '../../src-core/domain/result';
import type { BudgetDb } from './database';
import type { FinalDraftRow } from './final-records';
import { newId } from './ids';
import { conflict, draftNotFound, fileRejected, inTrash, invalid, Rejected, type StoreProblem } from './problems';
import type { DraftStatus } from './records';

export interface LoadedFinalDraft {
  draft: FinalDraft;
  row: FinalDraftRow;
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
 * The storage of 决算 drafts (schema version 5): each draft is its canonical file text
 * (saveFinalDraftText) plus a list row, written together in one strict-durability transaction on
 * every committed edit. A write names the revision it was based on and is refused when another
 * window wrote since. A file is validated (loadFinalDraftText) before anything is written, so a
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
    await this.db.transaction('rw', this.db.finalDrafts, this.db.finalDraftTexts, async () => {
      await this.db.finalDrafts.add(row);
      await this.db.finalDraftTexts.add({ id, text });
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

  async load(id: string): Promise<Result<LoadedFinalDraft, StoreProblem>> {
    return this.db.transaction('r', this.db.finalDrafts, this.db.finalDraftTexts, async () => {
      const row = await this.db.finalDrafts.get(id);
      const stored = await this.db.finalDraftTexts.get(id);
      if (!row || !stored) return err(draftNotFound(id));
      const loaded = loadFinalDraftText(stored.text);
      if (!loaded.ok) return err(fileRejected(loaded.error, '保存的决算草稿'));
      return ok({ draft: loaded.value.draft, row });
    });
  }

  /**
   * Writes the whole draft as of `baseRevision`: its text and its row (name, year, department,
   * finding counts, revision + 1) in one transaction. Refused, nothing written, when another window
   * wrote since or the draft is in the 回收站.
   */
  async save(
    id: string,
    baseRevision: number,
    draft: FinalDraft,
    status: DraftStatus | null,
    /** saveFinalDraftText(draft), when the caller has it already (a 50,000-line text takes ~0.3 s). */
    text: string = saveFinalDraftText(draft),
  ): Promise<Result<{ revision: number }, StoreProblem>> {
    return this.write(async () => {
      const row = await this.require(id);
      if (row.revision !== baseRevision) throw new Rejected(conflict(baseRevision, row.revision));
      if (row.deletedAt !== null) throw new Rejected(inTrash(row.name));
      const revision = row.revision + 1;
      await this.db.finalDraftTexts.put({ id, text });
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

  /** Deletes a draft in the 回收站 with its text. Drafts not in the 回收站 are refused. */
  async deleteForever(id: string): Promise<Result<void, StoreProblem>> {
    return this.write(async () => {
      const row = await this.require(id);
      if (row.deletedAt === null)
        throw new Rejected(invalid(`草稿“${row.name}”不在回收站中，请先移入回收站，再永久删除`));
      await this.db.finalDraftTexts.delete(id);
      await this.db.finalDrafts.delete(id);
    });
  }

  private async touch(
    id: string,
    patch: (row: FinalDraftRow) => Partial<FinalDraftRow> | null,
  ): Promise<Result<{ revision: number }, StoreProblem>> {
    return this.write(async () => {
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

  private async write<T>(body: () => Promise<T>): Promise<Result<T, StoreProblem>> {
    try {
      return ok(await this.db.transaction('rw', this.db.finalDrafts, this.db.finalDraftTexts, body));
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
