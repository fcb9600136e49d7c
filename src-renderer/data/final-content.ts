import type { Table } from 'dexie';
import type { FinalDraft, FinalDraftHead } from '../../src-core/domain/draft/types';
import { FINAL_LINE_STREAMS, FINAL_STREAM_ARRAYS, type FinalLineStream } from '../../src-core/domain/final/final-facts';
import { draftRange } from './draft-content';
import { FinalBlockLayout } from './final-block-layout';
import type { FinalHeadPartRow, FinalLineBlockRow, FinalStoredLine } from './final-records';
import { freshBlocks, LINE_BLOCK_KEY } from './line-blocks';

/** The tables holding a 决算 draft's content (the repository's, or the backup worker's). */
export interface FinalContentTables {
  finalHeadParts: Table<FinalHeadPartRow, [string, string]>;
  finalLineBlocks: Table<FinalLineBlockRow, [string, string, string]>;
}

/** A draft's line arrays: not head parts. */
const LINE_ARRAYS = new Set<string>(Object.values(FINAL_STREAM_ARRAYS));

/** The draft cut into its stored rows: one per head part, lines in fresh blocks with new ids. */
export function finalContentRows(
  draftId: string,
  draft: FinalDraft,
  newId: () => string,
): { parts: FinalHeadPartRow[]; blocks: FinalLineBlockRow[] } {
  const parts: FinalHeadPartRow[] = [];
  for (const [key, value] of Object.entries(draft)) {
    if (!LINE_ARRAYS.has(key) && value !== undefined) parts.push({ draftId, key: key as keyof FinalDraftHead, value });
  }
  const blocks: FinalLineBlockRow[] = [];
  for (const stream of FINAL_LINE_STREAMS) {
    const lines: readonly FinalStoredLine[] = draft[FINAL_STREAM_ARRAYS[stream]];
    blocks.push(
      ...freshBlocks(
        draftId,
        stream,
        lines.map(() => newId()),
        lines,
      ),
    );
  }
  return { parts, blocks };
}

/** A stored draft as read back: the object to validate, its line ids and its block layout. */
export interface StoredFinalContent {
  /** The head parts and the lines assembled as a draft file's JSON would be (not yet validated). */
  raw: Record<string, unknown>;
  lineIds: Record<FinalLineStream, string[]>;
  layout: FinalBlockLayout;
  /** Whether the draft has any stored head part (false: nothing stored under this id). */
  found: boolean;
}

/** Reads a draft's head parts and blocks (two range reads; inside the caller's transaction). */
export async function readFinalContent(t: FinalContentTables, draftId: string): Promise<StoredFinalContent> {
  const [lower, upper] = draftRange(draftId);
  const parts = await t.finalHeadParts.where('[draftId+key]').between(lower, upper, true, true).toArray();
  const blocks = await t.finalLineBlocks.where(LINE_BLOCK_KEY).between(lower, upper, true, true).toArray();
  const raw: Record<string, unknown> = {};
  for (const p of parts) raw[p.key] = p.value;
  const lineIds = {} as Record<FinalLineStream, string[]>;
  for (const stream of FINAL_LINE_STREAMS) {
    const lines: unknown[] = [];
    const ids: string[] = [];
    for (const b of blocks) {
      if (b.stream !== stream) continue;
      for (const l of b.lines) lines.push(l);
      for (const id of b.ids) ids.push(id);
    }
    raw[FINAL_STREAM_ARRAYS[stream]] = lines;
    lineIds[stream] = ids;
  }
  return { raw, lineIds, layout: FinalBlockLayout.fromRows(draftId, blocks), found: parts.length > 0 };
}

/** Deletes every head part and block of a draft (inside the caller's transaction). */
export async function deleteFinalContent(t: FinalContentTables, draftId: string): Promise<void> {
  const [lower, upper] = draftRange(draftId);
  await t.finalHeadParts.where('[draftId+key]').between(lower, upper, true, true).delete();
  await t.finalLineBlocks.where(LINE_BLOCK_KEY).between(lower, upper, true, true).delete();
}
