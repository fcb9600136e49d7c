import type { Table } from 'dexie';
import {
  AUTOMATIC_REASONS,
  type DraftRow,
  type SnapshotReason,
  type SnapshotRow,
  type SnapshotTextRow,
} from './records';

export interface SnapshotTables {
  snapshots: Table<SnapshotRow, number>;
  snapshotTexts: Table<SnapshotTextRow, number>;
}

/** A snapshot as listed (without its text). */
export type SnapshotInfo = Required<SnapshotRow>;

/**
 * Stores a snapshot of a draft's file text (made by `makeText` only when needed), inside the caller's transaction. Not stored (the
 * latest snapshot is returned instead) when the latest snapshot already holds this revision and
 * this reason is automatic or the same as the latest's: opening a draft ten times, or exporting it
 * twice unchanged, keeps one copy. `manual` and `before-restore` are always stored. Afterwards at
 * most `maxAutomatic` automatic (open / interval) snapshots are kept, the oldest go first.
 */
export async function writeSnapshot(
  t: SnapshotTables,
  row: Pick<DraftRow, 'id' | 'name' | 'revision' | 'lineCount'>,
  makeText: () => string,
  reason: SnapshotReason,
  now: number,
  maxAutomatic: number,
  /** Fields stored beside the row's (a 决算 snapshot's stage and totals, final-snapshots.ts). */
  extra: object = {},
): Promise<SnapshotInfo> {
  const latest = await latestSnapshot(t, row.id);
  const automatic = AUTOMATIC_REASONS.includes(reason);
  if (latest && isRedundant(latest, row.revision, reason)) return latest;
  const text = makeText();
  const info: SnapshotRow = {
    ...extra,
    draftId: row.id,
    createdAt: now,
    reason,
    revision: row.revision,
    name: row.name,
    lineCount: row.lineCount,
    size: text.length,
  };
  const id = await t.snapshots.add(info);
  await t.snapshotTexts.add({ id, text });
  if (automatic) await prune(t, row.id, maxAutomatic);
  return { ...info, id } as SnapshotInfo;
}

/** The latest snapshot of a draft, if any. */
export async function latestSnapshot(t: SnapshotTables, draftId: string): Promise<SnapshotInfo | undefined> {
  const rows = await listSnapshotRows(t, draftId);
  return rows[0];
}

/** Whether a snapshot of `reason` at `revision` would be skipped as a copy of `latest` (see writeSnapshot). */
export function isRedundant(latest: SnapshotRow | undefined, revision: number, reason: SnapshotReason): boolean {
  if (reason === 'manual' || reason === 'before-restore' || latest === undefined) return false;
  return latest.revision === revision && (AUTOMATIC_REASONS.includes(reason) || latest.reason === reason);
}

/** A draft's snapshots, newest first. */
export async function listSnapshotRows(t: SnapshotTables, draftId: string): Promise<SnapshotInfo[]> {
  const rows = await t.snapshots.where('draftId').equals(draftId).toArray();
  return (rows as SnapshotInfo[]).sort((a, b) => b.id - a.id);
}

export async function deleteSnapshotsOf(t: SnapshotTables, draftId: string): Promise<void> {
  const ids = await t.snapshots.where('draftId').equals(draftId).primaryKeys();
  await t.snapshots.bulkDelete(ids);
  await t.snapshotTexts.bulkDelete(ids);
}

async function prune(t: SnapshotTables, draftId: string, maxAutomatic: number): Promise<void> {
  const automatic = (await listSnapshotRows(t, draftId)).filter((s) => AUTOMATIC_REASONS.includes(s.reason));
  const old = automatic.slice(maxAutomatic).map((s) => s.id);
  if (old.length === 0) return;
  await t.snapshots.bulkDelete(old);
  await t.snapshotTexts.bulkDelete(old);
}

/** A snapshot with its file text (inside the caller's transaction, or its own); undefined when it is gone. */
export async function readSnapshotWithText(
  t: SnapshotTables,
  snapshotId: number,
): Promise<{ info: SnapshotInfo; text: string } | undefined> {
  const info = await t.snapshots.get(snapshotId);
  const text = await t.snapshotTexts.get(snapshotId);
  return info && text ? { info: info as SnapshotInfo, text: text.text } : undefined;
}
