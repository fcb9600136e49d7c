import type { Table } from 'dexie';
import type { Draft } from '../../src-core/domain/draft/types';
import type { Stream } from '../../src-core/domain/tables/spec';
import { freshBlocks, indexBlocks, LINE_BLOCK_KEY, type LineIndex } from './line-blocks';
import { reviewsToIds } from './review-targets';
import {
  defaultDraftName,
  joinDraft,
  splitDraft,
  STREAMS,
  type DraftHead,
  type DraftRow,
  type HeadPartRow,
  type LineBlockRow,
  type StoredLine,
} from './records';

/**
 * Reading and writing a draft's content inside a transaction the caller opened. Takes the tables
 * rather than the database so that a schema upgrade (which has only its transaction) can use it.
 */
export interface ContentTables {
  drafts: Table<DraftRow, string>;
  lineBlocks: Table<LineBlockRow, [string, string, string]>;
  headParts: Table<HeadPartRow, [string, string]>;
}

/** The primary key of `headParts`. */
export const HEAD_PART_KEY = '[draftId+key]';

/*
 * Key ranges of `[draftId+stream+order]` keys (lineBlocks) and `[draftId+key]` keys (headParts). IndexedDB orders a shorter array before every longer array
 * it prefixes, and any array after any string, so `[draftId, stream]` … `[draftId, stream, []]`
 * holds exactly one stream's lines, whatever their order keys. (Dexie.maxKey cannot be used twice
 * in one key: IndexedDB refuses a key holding the same array object twice.)
 */

/** Key range of one stream of a draft in `lineBlocks`. */
export function streamRange(draftId: string, stream: Stream): [unknown[], unknown[]] {
  return [
    [draftId, stream],
    [draftId, stream, []],
  ];
}

/** Key range of everything of a draft in `lineBlocks` or `headParts`. */
export function draftRange(draftId: string): [unknown[], unknown[]] {
  return [[draftId], [draftId, []]];
}

export interface DraftLines {
  lines: Record<Stream, StoredLine[]>;
  ids: Record<Stream, string[]>;
  /** Where each line is stored (for applyChanges). */
  index: LineIndex;
}

const emptyStreams = <T>(): Record<Stream, T[]> => ({ income: [], expense: [], carryForward: [], procurement: [] });

/** A draft's lines per stream, in order, with their ids. */
export async function readLines(t: ContentTables, draftId: string): Promise<DraftLines> {
  const lines = emptyStreams<StoredLine>();
  const ids = emptyStreams<string>();
  // One read of the draft's key range (a few hundred blocks), sorted by stream, then order.
  const blocks = await t.lineBlocks
    .where(LINE_BLOCK_KEY)
    .between(...draftRange(draftId), true, true)
    .toArray();
  for (const b of blocks) {
    const ls = lines[b.stream];
    const is = ids[b.stream];
    for (let i = 0; i < b.lines.length; i++) {
      ls.push(b.lines[i]);
      is.push(b.ids[i]);
    }
  }
  return { lines, ids, index: indexBlocks(blocks) };
}

/** The whole draft as stored, with line ids parallel to its arrays. */
export async function readDraft(
  t: ContentTables,
  row: DraftRow,
): Promise<{ draft: Draft; lineIds: Record<Stream, string[]>; index: LineIndex }> {
  const head = await readHead(t, row.id);
  const { lines, ids, index } = await readLines(t, row.id);
  return { draft: joinDraft(head, lines), lineIds: ids, index };
}

/** A draft's head, assembled from its parts (one range read). */
export async function readHead(t: ContentTables, draftId: string): Promise<DraftHead> {
  const parts = await t.headParts
    .where(HEAD_PART_KEY)
    .between(...draftRange(draftId), true, true)
    .toArray();
  const head: Record<string, unknown> = {};
  for (const p of parts) head[p.key] = p.value;
  return head as unknown as DraftHead;
}

/** Stores every part of a head (parts already stored and absent from `head` are removed). */
export async function writeHead(t: ContentTables, draftId: string, head: DraftHead): Promise<void> {
  await deleteHead(t, draftId);
  const rows = Object.entries(head)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ draftId, key, value }) as HeadPartRow);
  await t.headParts.bulkAdd(rows);
}

/** Replaces the parts named in `patch` (a part set to undefined is removed); the others stay untouched. */
export async function patchHead(t: ContentTables, draftId: string, patch: Partial<DraftHead>): Promise<void> {
  const put: HeadPartRow[] = [];
  const removed: [string, string][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) removed.push([draftId, key]);
    else put.push({ draftId, key, value } as HeadPartRow);
  }
  if (put.length > 0) await t.headParts.bulkPut(put);
  if (removed.length > 0) await t.headParts.bulkDelete(removed);
}

export async function deleteHead(t: ContentTables, draftId: string): Promise<void> {
  await t.headParts
    .where(HEAD_PART_KEY)
    .between(...draftRange(draftId), true, true)
    .delete();
}

export interface WrittenLines {
  count: number;
  ids: Record<Stream, string[]>;
  index: LineIndex;
}

/** New ids for every line of a draft, parallel to its arrays. */
export function newLineIds(
  lines: Record<Stream, readonly StoredLine[]>,
  newId: () => string,
): Record<Stream, string[]> {
  const ids = emptyStreams<string>();
  for (const stream of STREAMS) ids[stream] = lines[stream].map(() => newId());
  return ids;
}

/** Writes every line of a draft under the given ids, in blocks with fresh order keys (one bulkAdd). */
export async function writeLines(
  t: ContentTables,
  draftId: string,
  lines: Record<Stream, readonly StoredLine[]>,
  ids: Record<Stream, string[]>,
): Promise<WrittenLines> {
  const rows: LineBlockRow[] = [];
  let count = 0;
  for (const stream of STREAMS) {
    rows.push(...freshBlocks(draftId, stream, ids[stream], lines[stream]));
    count += lines[stream].length;
  }
  await t.lineBlocks.bulkAdd(rows);
  return { count, ids, index: indexBlocks(rows) };
}

export async function deleteLines(t: ContentTables, draftId: string): Promise<void> {
  // A plain range of the primary key: one IDBObjectStore.delete(range), no cursor.
  await t.lineBlocks
    .where(LINE_BLOCK_KEY)
    .between(...draftRange(draftId), true, true)
    .delete();
}

/** The row of a new draft at revision 1 (its head and lines are stored by insertDraft). */
export function newDraftRow(id: string, draft: Draft, now: number, name?: string): DraftRow {
  const { head, lines } = splitDraft(draft);
  return {
    id,
    name: name?.trim() || defaultDraftName(head),
    year: head.year,
    departmentName: head.department.name,
    createdAt: now,
    updatedAt: now,
    revision: 1,
    deletedAt: null,
    status: null,
    statusRevision: null,
    lineCount: STREAMS.reduce((n, s) => n + lines[s].length, 0),
  };
}

/**
 * A draft as read from a file, split for storage under new line ids: review targets naming a line
 * by its path in the file (`expenses[12]`) now name it by the id it gets (review-targets.ts).
 */
function fromFile(
  draft: Draft,
  newId: () => string,
): { head: DraftHead; lines: Record<Stream, StoredLine[]>; ids: Record<Stream, string[]> } {
  const ids = newLineIds(splitDraft(draft).lines, newId);
  return { ...splitDraft(reviewsToIds(draft, ids)), ids };
}

/**
 * Stores a new draft read from a file (or made like one): its row, its head parts and its lines;
 * returns the lines' ids and places.
 */
export async function insertDraft(
  t: ContentTables,
  row: DraftRow,
  draft: Draft,
  newId: () => string,
): Promise<WrittenLines> {
  const { head, lines, ids } = fromFile(draft, newId);
  await t.drafts.add(row);
  await writeHead(t, row.id, head);
  return writeLines(t, row.id, lines, ids);
}

/**
 * Replaces a draft's content (head parts and every line) by a draft read from a file and returns
 * the row written (revision + 1).
 */
export async function replaceContent(
  t: ContentTables,
  row: DraftRow,
  draft: Draft,
  now: number,
  newId: () => string,
): Promise<{ row: DraftRow; lines: WrittenLines }> {
  const { head, lines, ids } = fromFile(draft, newId);
  await deleteLines(t, row.id);
  await writeHead(t, row.id, head);
  const written = await writeLines(t, row.id, lines, ids);
  const next: DraftRow = {
    ...row,
    year: head.year,
    departmentName: head.department.name,
    lineCount: written.count,
    revision: row.revision + 1,
    updatedAt: now,
    status: null,
    statusRevision: null,
  };
  await t.drafts.put(next);
  return { row: next, lines: written };
}
