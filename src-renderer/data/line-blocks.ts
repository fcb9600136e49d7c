import type { Stream } from '../../src-core/domain/tables/spec';
import { keysBetween } from './order-key';
import type { LineBlockRow, StoredLine } from './records';

/**
 * How lines are grouped into `lineBlocks` rows (README.md “Model”). A block is written whole, so
 * its size trades the cost of storing a large draft (IndexedDB pays per row: 50,000 one-line rows
 * took 5–9 s in Chromium, 250 blocks take a few hundred ms) against the cost of a keystroke (one
 * block of ≤ MAX_BLOCK_LINES lines is rewritten).
 */
export const BLOCK_LINES = 200;

/** A block that grows beyond this (inserts, a pasted block) is split into blocks of BLOCK_LINES. */
export const MAX_BLOCK_LINES = 400;

/** Where a line is stored: its block's key within the draft (one object shared by the block's lines). */
export interface BlockPlace {
  readonly stream: Stream;
  readonly order: string;
}

/** Line id → its block, for every line of one draft. */
export type LineIndex = Map<string, BlockPlace>;

/** The primary key of `lineBlocks`. */
export const LINE_BLOCK_KEY = '[draftId+stream+order]';

/** Text key of a block within a draft (for maps). Order keys are base-62: no `/`. */
export const placeKey = (p: BlockPlace): string => `${p.stream}/${p.order}`;

/** A stored block of lines: the 预算's `LineBlockRow`, or a 决算 draft's (`final-records.ts`). */
export interface BlockOf<S extends string, L> {
  draftId: string;
  stream: S;
  order: string;
  ids: string[];
  lines: L[];
}

/** Cuts a stream's lines into blocks of `size` (parallel ids and lines, not copied line objects). */
export function cutIntoBlocks<S extends string = Stream, L = StoredLine>(
  draftId: string,
  stream: S,
  ids: readonly string[],
  lines: readonly L[],
  keys: readonly string[],
  size = BLOCK_LINES,
): BlockOf<S, L>[] {
  const rows: BlockOf<S, L>[] = [];
  for (let b = 0; b * size < lines.length; b++) {
    rows.push({
      draftId,
      stream,
      order: keys[b],
      ids: ids.slice(b * size, (b + 1) * size),
      lines: lines.slice(b * size, (b + 1) * size),
    });
  }
  return rows;
}

/** Blocks for a whole stream written afresh (fresh keys, in order). */
export function freshBlocks<S extends string = Stream, L = StoredLine>(
  draftId: string,
  stream: S,
  ids: readonly string[],
  lines: readonly L[],
): BlockOf<S, L>[] {
  const count = Math.ceil(lines.length / BLOCK_LINES);
  return cutIntoBlocks(draftId, stream, ids, lines, keysBetween(null, null, count));
}

/** Adds the lines of `blocks` to `index` (one shared place per block). */
export function indexBlocks(blocks: readonly LineBlockRow[], index: LineIndex = new Map()): LineIndex {
  for (const b of blocks) {
    const place: BlockPlace = { stream: b.stream, order: b.order };
    for (const id of b.ids) index.set(id, place);
  }
  return index;
}
