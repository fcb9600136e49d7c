import type { BudgetDb } from '../../data/database';
import { draftFileText } from '../../data/draft-file-text';
import { readDraft } from '../../data/draft-content';
import type { DraftRepository } from '../../data/draft-repository';
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
 * The backup text of a draft, read straight from the database in one read-only transaction (the
 * backup worker's way: it has its own connection, and never writes). The same text as the
 * repository's loadDraft + draftFileText.
 */
export async function readBackupText(db: BudgetDb, draftId: string): Promise<Outcome<BackupText>> {
  return db.transaction('r', db.drafts, db.lineBlocks, db.headParts, async (): Promise<Outcome<BackupText>> => {
    const row = await db.drafts.get(draftId);
    if (!row) return { ok: false, message: draftNotFound(draftId).message };
    const { draft, lineIds } = await readDraft(
      { drafts: db.drafts, lineBlocks: db.lineBlocks, headParts: db.headParts },
      row,
    );
    return { ok: true, value: { text: draftFileText(draft, lineIds), revision: row.revision } };
  });
}

/** The page's way: the repository loads the draft (no history snapshot) and the page serialises it. */
export function inPageReader(repo: DraftRepository): BackupReader {
  return async (draftId) => {
    const loaded = await repo.loadDraft(draftId);
    if (!loaded.ok) return { ok: false, message: loaded.error.message };
    return {
      ok: true,
      value: { text: draftFileText(loaded.value.draft, loaded.value.lineIds), revision: loaded.value.revision },
    };
  };
}
