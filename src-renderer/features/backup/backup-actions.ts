import { loadFinalDraftText } from '../../../src-core/domain/draft/load';
import type { DraftRepository } from '../../data/draft-repository';
import { finalRepositoryOf, type FinalRepository } from '../../data/final-repository';
import type { BackupMarks } from '../../platform/backup-marks';
import type { BackupService } from '../../platform/backups';
import { restoreOffers, type RestoreOffer } from '../../platform/restore-offer';
import { inPageReader, type BackupReader } from './read-backup-text';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Writes the draft as stored (every saved edit, 预算 or 决算) into the backup folder, and records which revision
 * that backup holds. No history snapshot is taken for a backup. The text is made by `read`
 * (the app's: read and serialised in the backup worker, backup-text-client.ts; by default in the page).
 */
export async function backupDraft(
  repo: DraftRepository | FinalRepository,
  service: BackupService,
  marks: BackupMarks,
  draftId: string,
  read: BackupReader = inPageReader(repo),
): Promise<Outcome<{ savedAt: number; revision: number }>> {
  const made = await read(draftId);
  if (!made.ok) return made;
  const written = await service.write(draftId, made.value.text);
  if (!written.ok) return { ok: false, message: written.error };
  const mark = { savedAt: written.value.savedAt, revision: made.value.revision };
  marks.setMark(draftId, mark);
  return { ok: true, value: mark };
}

/** On start: which backups to offer (restore-offer.ts), from the database and the backup folder. */
export async function findRestoreOffers(
  repo: DraftRepository,
  service: BackupService,
  marks: BackupMarks,
): Promise<Outcome<RestoreOffer[]>> {
  const newest = await service.newest();
  if (!newest.ok) return { ok: false, message: newest.error };
  if (newest.value.length === 0) return { ok: true, value: [] };
  const stored = await storedDrafts(repo);
  const offers = restoreOffers(stored, newest.value, marks.marks(), marks.dismissed());
  // Drafts the database no longer has are named from their newest backup (部门 and 年度).
  for (const offer of offers) {
    if (offer.name !== null) continue;
    const list = await service.list(offer.draftId);
    const text = list.ok && list.value[0] ? await service.restore(offer.draftId, list.value[0].file) : null;
    offer.name = text?.ok ? describeBackupText(text.value.text) : null;
  }
  return { ok: true, value: offers };
}

/** Every draft the database holds, 预算 and 决算 (list rows, those in the 回收站 too). */
export async function storedDrafts(repo: DraftRepository) {
  const [budgets, finals] = await Promise.all([
    repo.listDrafts({ includeDeleted: true }),
    finalRepositoryOf(repo.db).list({ includeDeleted: true }),
  ]);
  return [...budgets, ...finals];
}

/** Whether a backup's text is a 决算 draft (`stage: "final"`); the reader then checks it whole. */
function isFinalText(text: string): boolean {
  try {
    return (JSON.parse(text) as { stage?: unknown }).stage === 'final';
  } catch {
    return false;
  }
}

const problemList = (problems: readonly { message: string }[]) =>
  problems
    .map((p) => p.message)
    .slice(0, 3)
    .join('；');

/** “舟山市人民政府办公室 2022年” from a backup's text (for drafts the database no longer has). */
export function describeBackupText(text: string): string {
  try {
    const raw = JSON.parse(text) as { department?: { name?: unknown }; year?: unknown };
    const name = typeof raw.department?.name === 'string' ? raw.department.name : '';
    const year = typeof raw.year === 'number' ? `${raw.year}年` : '';
    return [name, year].filter(Boolean).join(' ') || '（无法识别的草稿）';
  } catch {
    return '（无法识别的草稿）';
  }
}

async function readBackup(service: BackupService, draftId: string, file: string): Promise<Outcome<string>> {
  const restored = await service.restore(draftId, file);
  return restored.ok ? { ok: true, value: restored.value.text } : { ok: false, message: restored.error };
}

/** 恢复为新草稿: the backup becomes a new draft beside whatever the database holds. */
export async function restoreAsNewDraft(
  repo: DraftRepository,
  service: BackupService,
  draftId: string,
  file: string,
): Promise<Outcome<{ id: string }>> {
  const text = await readBackup(service, draftId, file);
  if (!text.ok) return text;
  const imported = isFinalText(text.value)
    ? await finalRepositoryOf(repo.db).importText(text.value)
    : await repo.importDraftFile(text.value);
  if (!imported.ok) return { ok: false, message: `备份无法导入：${problemList(imported.error)}` };
  return { ok: true, value: { id: imported.value.id } };
}

/**
 * 用备份替换: the stored draft's content replaced by the backup. What a 预算 draft held before is
 * kept as a history snapshot (`import`), so the replacement can itself be undone (`inHistory`); a
 * 决算 draft has no history, so what it held is gone once replaced (the page says so first).
 */
export async function restoreReplacing(
  repo: DraftRepository,
  service: BackupService,
  draftId: string,
  file: string,
): Promise<Outcome<{ revision: number; inHistory: boolean }>> {
  const text = await readBackup(service, draftId, file);
  if (!text.ok) return text;
  const finals = finalRepositoryOf(repo.db);
  if (await finals.has(draftId)) {
    const loaded = loadFinalDraftText(text.value);
    if (!loaded.ok) return { ok: false, message: `备份无法读取：${problemList(loaded.error)}` };
    const current = await finals.load(draftId);
    if (!current.ok) return { ok: false, message: current.error.message };
    const saved = await finals.save(draftId, current.value.row.revision, loaded.value.draft, null);
    if (!saved.ok) return { ok: false, message: saved.error.message };
    return { ok: true, value: { revision: saved.value.revision, inHistory: false } };
  }
  const replaced = await repo.replaceFromFile(draftId, text.value);
  if (!replaced.ok) return { ok: false, message: replaced.error.message };
  return { ok: true, value: { revision: replaced.value.revision, inHistory: true } };
}
