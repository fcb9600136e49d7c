import { loadFinalDraftJson } from '../../../src-core/domain/draft/load';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import type { BudgetDb } from '../../data/database';
import { draftFileText } from '../../data/draft-file-text';
import { readDraft } from '../../data/draft-content';
import type { DraftRepository } from '../../data/draft-repository';
import { readFinalContent } from '../../data/final-content';
import { FinalRepository, finalRepositoryOf } from '../../data/final-repository';
import { draftNotFound } from '../../data/problems';
import type { Outcome } from './backup-actions';

/** A backup's text: the draft as stored, and the revision it is. */
export interface BackupText {
  text: string;
  revision: number;
}

/** Makes the backup text of a draft (in the backup worker, or in the page). */
export type BackupReader = (draftId: string) => Promise<Outcome<BackupText>>;

/**
 * The backup text of a draft — a 预算 or a 决算 draft — read straight from the database in one
 * read-only transaction (the backup worker's way: it has its own connection, and never writes).
 * The same text as the repository's loadDraft + draftFileText (决算: FinalRepository.load +
 * saveFinalDraftText, the file 导出 writes).
 */
export async function readBackupText(db: BudgetDb, draftId: string): Promise<Outcome<BackupText>> {
  const tables = [db.drafts, db.lineBlocks, db.headParts, db.finalDrafts, db.finalHeadParts, db.finalLineBlocks];
  return db.transaction('r', tables, async (): Promise<Outcome<BackupText>> => {
    const row = await db.drafts.get(draftId);
    if (!row) return readFinalBackupText(db, draftId);
    const { draft, lineIds } = await readDraft(
      { drafts: db.drafts, lineBlocks: db.lineBlocks, headParts: db.headParts },
      row,
    );
    return { ok: true, value: { text: draftFileText(draft, lineIds), revision: row.revision } };
  });
}

async function readFinalBackupText(db: BudgetDb, draftId: string): Promise<Outcome<BackupText>> {
  const row = await db.finalDrafts.get(draftId);
  const content = await readFinalContent(db, draftId);
  if (!row || !content.found) return { ok: false, message: draftNotFound(draftId).message };
  const loaded = loadFinalDraftJson(content.raw);
  if (!loaded.ok) return { ok: false, message: `保存的决算草稿无法读取：${loaded.error[0]?.message ?? ''}` };
  return { ok: true, value: { text: saveFinalDraftText(loaded.value.draft), revision: row.revision } };
}

/**
 * The page's way: the repository loads the draft (no history snapshot) and the page serialises it.
 * A DraftRepository reads 决算 drafts through the database's FinalRepository.
 */
export function inPageReader(repo: DraftRepository | FinalRepository): BackupReader {
  return async (draftId) => {
    const finals = repo instanceof FinalRepository ? repo : finalRepositoryOf(repo.db);
    if (repo instanceof FinalRepository || (await finals.has(draftId))) {
      const final = await finals.load(draftId);
      if (!final.ok) return { ok: false, message: final.error.message };
      return { ok: true, value: { text: saveFinalDraftText(final.value.draft), revision: final.value.row.revision } };
    }
    const loaded = await repo.loadDraft(draftId);
    if (!loaded.ok) return { ok: false, message: loaded.error.message };
    return {
      ok: true,
      value: { text: draftFileText(loaded.value.draft, loaded.value.lineIds), revision: loaded.value.revision },
    };
  };
}
