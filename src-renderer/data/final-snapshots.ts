import { loadFinalDraftText } from '../../src-core/domain/draft/load';
import { err, ok, type Result } from '../../src-core/domain/result';
import type { BudgetDb } from './database';
import type { FinalRepository } from './final-repository';
import { conflict, draftNotFound, Rejected, type StoreProblem } from './problems';
import type { SnapshotReason } from './records';
import {
  isRedundant,
  latestSnapshot,
  listSnapshotRows,
  readSnapshotWithText,
  writeSnapshot,
  type SnapshotInfo,
} from './snapshots';

/** At most this many automatic (open / interval) snapshots are kept per 决算 draft, as for a 预算 draft. */
export const MAX_AUTOMATIC_FINAL_SNAPSHOTS = 50;

/** What the history list shows of a 决算 version beside the time and occasion (display strings). */
export interface FinalSnapshotSummary {
  /** 收入总计 and 支出总计 in the publish unit, as the status bar showed them; absent if unknown. */
  incomeTotal?: string;
  expenseTotal?: string;
  /** 本年支出 (支出总计 equals 收入总计 by the 决算's identity; this tells versions apart). */
  expense?: string;
  /** 万元 / 元 … the unit of the two totals. */
  unitLabel?: string;
  lineCount: number;
}

/** A 决算 version: a row of the shared `snapshots` table marked `stage: 'final'`. */
export type FinalSnapshotInfo = SnapshotInfo & { stage: 'final' } & Omit<FinalSnapshotSummary, 'lineCount'>;

/**
 * The file text of a stored 决算 draft and the revision it is — made off the page's thread (the
 * backup worker reads the stored blocks and serialises them, `readBackupText`), or in the page
 * where there is no worker.
 */
export type FinalTextReader = (
  draftId: string,
) => Promise<{ ok: true; value: { text: string; revision: number } } | { ok: false; message: string }>;

export interface FinalSnapshotStore {
  db: BudgetDb;
  finals: FinalRepository;
  read: FinalTextReader;
  now?: () => number;
  maxAutomatic?: number;
}

const tables = (db: BudgetDb) => [db.finalDrafts, db.snapshots, db.snapshotTexts];

/**
 * Why the stored content could not be made into a file text, for the officer: the reader's own
 * message names JSON paths (expenses[0].function), which are not shown. The usual cause is a line
 * not yet filled in (a new row without its codes), which the file reader refuses.
 */
const UNREADABLE =
  '当前内容还不能整理成草稿文件（常见原因：有尚未填完科目编码的行），草稿没有任何改动；补全这些行后可再保存版本。';

/**
 * Stores the 决算 draft's stored content as a version. The text is asked of `read` (the worker) only
 * when a version would be kept: an automatic one at a revision the latest version already holds is
 * skipped before anything is serialised. The page then only puts the text, in one transaction.
 */
export async function takeFinalSnapshot(
  s: FinalSnapshotStore,
  draftId: string,
  reason: SnapshotReason,
  summary: FinalSnapshotSummary,
): Promise<Result<FinalSnapshotInfo, StoreProblem>> {
  const row = await s.db.finalDrafts.get(draftId);
  if (!row) return err(draftNotFound(draftId));
  const latest = await latestSnapshot(s.db, draftId);
  if (isRedundant(latest, row.revision, reason)) return ok(latest as FinalSnapshotInfo);
  const text = await s.read(draftId);
  if (!text.ok) return err({ kind: 'file', message: `未能保存历史版本：${UNREADABLE}` });
  const { lineCount, ...totals } = summary;
  const info = await s.db.transaction('rw', tables(s.db), async () => {
    const current = await s.db.finalDrafts.get(draftId);
    if (!current) throw new Rejected(draftNotFound(draftId));
    // Totals belong to the revision the page saw; a text of another revision is kept without them.
    const sameRevision = current.revision === text.value.revision;
    const extra = sameRevision ? { stage: 'final', ...totals } : { stage: 'final' };
    const snapshotRow = { id: draftId, name: current.name, revision: text.value.revision, lineCount };
    return writeSnapshot(s.db, snapshotRow, () => text.value.text, reason, now(s), max(s), extra);
  });
  return ok(info as FinalSnapshotInfo);
}

/** A 决算 draft's versions, newest first (rows only). */
export async function listFinalSnapshots(db: BudgetDb, draftId: string): Promise<FinalSnapshotInfo[]> {
  return (await listSnapshotRows(db, draftId)) as FinalSnapshotInfo[];
}

/**
 * Replaces the 决算 draft's content by a version. The version is read as an imported file would be;
 * a damaged one is refused with a Chinese message and nothing changes. The current content is kept
 * first as a `before-restore` version, in the same transaction as the replacement, so a restore can
 * itself be undone; refused, nothing written, when another window wrote in between.
 */
export async function restoreFinalSnapshot(
  s: FinalSnapshotStore,
  draftId: string,
  snapshotId: number,
  /** The current content's summary (the open window's), for the 恢复前 version. */
  summary: FinalSnapshotSummary,
): Promise<Result<{ revision: number }, StoreProblem>> {
  const found = await s.db.transaction('r', s.db.snapshots, s.db.snapshotTexts, () =>
    readSnapshotWithText(s.db, snapshotId),
  );
  if (!found || found.info.draftId !== draftId)
    return err({ kind: 'not-found', message: `找不到这个历史版本（编号 ${snapshotId}），它可能已被清理。` });
  const loaded = loadFinalDraftText(found.text);
  if (!loaded.ok) {
    const why = loaded.error.slice(0, 3).map((p) => p.message);
    const message = `这个历史版本已损坏，不能恢复，草稿未做任何改动：${why.join('；')}`;
    return err({ kind: 'file', message, problems: loaded.error });
  }
  const current = await s.read(draftId);
  if (!current.ok) return err({ kind: 'file', message: `未能先保存恢复前的内容，所以没有恢复：${UNREADABLE}` });
  const base = current.value.revision;
  const { lineCount, ...totals } = summary;
  try {
    const all = [...tables(s.db), s.db.finalHeadParts, s.db.finalLineBlocks, s.db.finalDraftTexts];
    return await s.db.transaction('rw', all, async () => {
      const row = await s.db.finalDrafts.get(draftId);
      if (!row) throw new Rejected(draftNotFound(draftId));
      if (row.revision !== base) throw new Rejected(conflict(base, row.revision));
      const before = { id: draftId, name: row.name, revision: base, lineCount };
      const extra = { stage: 'final', ...totals };
      await writeSnapshot(s.db, before, () => current.value.text, 'before-restore', now(s), max(s), extra);
      const saved = await s.finals.save(draftId, base, loaded.value.draft, null);
      if (!saved.ok) throw new Rejected(saved.error);
      return ok(saved.value);
    });
  } catch (e) {
    if (e instanceof Rejected) return err(e.problem);
    throw e;
  }
}

const now = (s: FinalSnapshotStore) => (s.now ?? Date.now)();
const max = (s: FinalSnapshotStore) => s.maxAutomatic ?? MAX_AUTOMATIC_FINAL_SNAPSHOTS;
