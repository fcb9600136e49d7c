import type { NewestBackup } from '../../src-core/ipc/contract';

/** What the database holds of a draft (its list row). */
export interface StoredDraftState {
  id: string;
  name: string;
  revision: number;
  updatedAt: number;
}

/** What this app last backed up of a draft: the backup's time and the revision it holds. */
export interface BackupMark {
  savedAt: number;
  revision: number;
}

export interface RestoreOffer {
  draftId: string;
  /** The newest backup's time. */
  savedAt: number;
  /** `empty`: the database holds no draft at all; `newer`: the backup is ahead of the stored draft. */
  reason: 'empty' | 'newer';
  /** The stored draft's name (`newer` only). */
  name: string | null;
}

/**
 * Which backups to offer on start. When the database is empty (a new computer, cleared browser
 * storage), every draft's newest backup. Otherwise a draft whose newest backup is ahead of what the
 * database holds: when this app wrote that backup, its recorded revision is compared with the
 * database's; a backup it did not record (another installation, marks lost with the database)
 * counts as ahead when it is newer than the draft's last change. Backups of drafts no longer in a
 * non-empty database (deleted for good) are not offered; they stay on the 备份与恢复 screen. A
 * backup the officer dismissed is not offered again; a newer one is.
 */
export function restoreOffers(
  stored: readonly StoredDraftState[],
  newest: readonly NewestBackup[],
  marks: Readonly<Record<string, BackupMark>>,
  dismissed: Readonly<Record<string, number>>,
): RestoreOffer[] {
  const notDismissed = (b: NewestBackup) => dismissed[b.draftId] !== b.savedAt;
  if (stored.length === 0) {
    return newest
      .filter(notDismissed)
      .map((b) => ({ draftId: b.draftId, savedAt: b.savedAt, reason: 'empty' as const, name: null }));
  }
  const byId = new Map(stored.map((d) => [d.id, d]));
  const offers: RestoreOffer[] = [];
  for (const b of newest) {
    const draft = byId.get(b.draftId);
    if (!draft || !notDismissed(b)) continue;
    const mark = marks[b.draftId];
    const ahead = mark && mark.savedAt >= b.savedAt ? draft.revision < mark.revision : b.savedAt > draft.updatedAt;
    if (ahead) offers.push({ draftId: b.draftId, savedAt: b.savedAt, reason: 'newer', name: draft.name });
  }
  return offers;
}
