import type { Stream } from '../../src-core/domain/tables/spec';
import type { DraftChange } from './changes';
import { streamRange, type ContentTables } from './draft-content';
import {
  BLOCK_LINES,
  cutIntoBlocks,
  LINE_BLOCK_KEY,
  MAX_BLOCK_LINES,
  placeKey,
  type BlockPlace,
  type LineIndex,
} from './line-blocks';
import { keysBetween } from './order-key';
import { invalid, lineNotFound, Rejected } from './problems';
import type { DraftHead, LineBlockRow } from './records';

export interface BatchOutcome {
  /** Ids of the added lines, in the order of the batch's addLine changes. */
  added: string[];
  /** Lines added minus lines removed. */
  lineDelta: number;
  headPatch: Partial<DraftHead>;
}

/**
 * Applies a checked batch of changes to one draft's lines inside the caller's transaction.
 * `index` must tell where every stored line of the draft is (the repository keeps it per revision);
 * it is updated in place, so the caller discards it if the transaction fails. Works on in-memory
 * copies of the blocks it touches and writes them at the end (one bulkPut, one bulkDelete): a
 * keystroke rewrites one block. Any bad reference throws `Rejected`, which aborts the transaction.
 *
 * An added line goes into the block of the line it is inserted before (or the stream's last block);
 * a block that grew beyond MAX_BLOCK_LINES is split, its new blocks getting order keys between the
 * block's and the next block's. A block left empty is deleted.
 */
export async function applyBatch(
  t: ContentTables,
  draftId: string,
  changes: readonly DraftChange[],
  newId: () => string,
  index: LineIndex,
): Promise<BatchOutcome> {
  checkNamedIds(changes, index);
  const work = new Blocks(t, draftId);
  // Every block the batch needs is read up front (one bulkGet), so that the loop below runs
  // without awaiting: Dexie keeps a transaction's zone only across a limited number of awaits.
  await work.load(changes, index);
  const out: BatchOutcome = { added: [], lineDelta: 0, headPatch: {} };

  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    switch (c.type) {
      case 'setLine': {
        const { block, at } = work.find(index, c.id, i);
        block.lines[at] = c.line;
        work.dirty(block);
        break;
      }
      case 'removeLine': {
        const { block, at } = work.find(index, c.id, i);
        block.lines.splice(at, 1);
        block.ids.splice(at, 1);
        index.delete(c.id);
        work.dirty(block);
        out.lineDelta--;
        break;
      }
      case 'setHead':
        (out.headPatch as Record<string, unknown>)[c.key] = c.value;
        break;
      case 'addLine': {
        // The run of adds at the same place, taken together.
        let end = i + 1;
        while (end < changes.length && sameInsertion(changes[end], c)) end++;
        let block: LineBlockRow;
        let at: number;
        if (c.beforeId !== undefined) {
          if (index.get(c.beforeId) === undefined) throw new Rejected(lineNotFound(c.beforeId, i));
          if (index.get(c.beforeId)!.stream !== c.stream) throw new Rejected(invalid('插入位置的行属于另一类别', i));
          ({ block, at } = work.find(index, c.beforeId, i));
        } else {
          block = work.last(c.stream);
          at = block.lines.length;
        }
        const place: BlockPlace = { stream: block.stream, order: block.order };
        const ids: string[] = [];
        for (let k = i; k < end; k++) {
          const add = changes[k] as Extract<DraftChange, { type: 'addLine' }>;
          const id = add.id ?? newId();
          if (index.has(id)) throw new Rejected(invalid(`新行编号“${id}”已被使用`, k));
          index.set(id, place);
          ids.push(id);
          out.added.push(id);
          out.lineDelta++;
        }
        block.ids.splice(at, 0, ...ids);
        block.lines.splice(
          at,
          0,
          ...changes.slice(i, end).map((a) => (a as Extract<DraftChange, { type: 'addLine' }>).line),
        );
        work.dirty(block);
        i = end - 1;
        break;
      }
    }
  }
  await work.write(index);
  return out;
}

/** Ids a batch gives its new lines: not twice in the batch, and not already a line of the draft. */
function checkNamedIds(changes: readonly DraftChange[], index: LineIndex): void {
  const named = new Set<string>();
  changes.forEach((c, i) => {
    if (c.type !== 'addLine' || c.id === undefined) return;
    if (named.has(c.id)) throw new Rejected(invalid(`新行编号“${c.id}”重复`, i));
    if (index.has(c.id)) throw new Rejected(invalid(`新行编号“${c.id}”已被使用`, i));
    named.add(c.id);
  });
}

function sameInsertion(c: DraftChange, first: Extract<DraftChange, { type: 'addLine' }>): boolean {
  return c.type === 'addLine' && c.stream === first.stream && c.beforeId === first.beforeId;
}

/** The blocks a batch touches: read once, changed in memory, written at the end. */
class Blocks {
  private readonly loaded = new Map<string, LineBlockRow>();
  private readonly changed = new Set<string>();
  /** Order key of each stream's last stored block (null: none), for streams the batch appends to. */
  private readonly lastStored = new Map<Stream, string | null>();

  constructor(
    private readonly t: ContentTables,
    private readonly draftId: string,
  ) {}

  /** Reads the blocks of the lines the batch names and the last block of each stream it appends to. */
  async load(changes: readonly DraftChange[], index: LineIndex): Promise<void> {
    const places = new Map<string, BlockPlace>();
    const want = (id: string) => {
      const place = index.get(id);
      if (place) places.set(placeKey(place), place);
    };
    const appended = new Set<Stream>();
    for (const c of changes) {
      if (c.type === 'setLine' || c.type === 'removeLine') want(c.id);
      else if (c.type === 'addLine') {
        if (c.beforeId !== undefined) want(c.beforeId);
        else appended.add(c.stream);
      }
    }
    for (const stream of appended) {
      const [lower, upper] = streamRange(this.draftId, stream);
      const last = (
        await this.t.lineBlocks.where(LINE_BLOCK_KEY).between(lower, upper, true, true).reverse().limit(1).primaryKeys()
      )[0];
      const order = last?.[2] ?? null;
      this.lastStored.set(stream, order);
      if (order !== null) places.set(placeKey({ stream, order }), { stream, order });
    }
    const list = [...places.values()];
    const rows = await this.t.lineBlocks.bulkGet(
      list.map((p): [string, string, string] => [this.draftId, p.stream, p.order]),
    );
    rows.forEach((row) => {
      // Copies of the arrays: the stored row object is never changed in place.
      if (row) this.loaded.set(placeKey(row), { ...row, ids: [...row.ids], lines: [...row.lines] });
    });
  }

  /** The block holding line `id` (in memory) and the line's place in it. */
  find(index: LineIndex, id: string, change: number): { block: LineBlockRow; at: number } {
    const place = index.get(id);
    const block = place && this.loaded.get(placeKey(place));
    const at = block ? block.ids.indexOf(id) : -1;
    if (!block || at < 0) throw new Rejected(lineNotFound(id, change));
    return { block, at };
  }

  /** The stream's last block (a new empty one when the stream has none). */
  last(stream: Stream): LineBlockRow {
    let order = this.lastStored.get(stream) ?? null;
    // Blocks added in this batch count too (an empty stream's first block).
    for (const b of this.loaded.values())
      if (b.stream === stream && (order === null || b.order > order)) order = b.order;
    const found = order !== null ? this.loaded.get(placeKey({ stream, order })) : undefined;
    if (found) return found;
    const block: LineBlockRow = {
      draftId: this.draftId,
      stream,
      order: keysBetween(null, null, 1)[0],
      ids: [],
      lines: [],
    };
    this.loaded.set(placeKey(block), block);
    return block;
  }

  dirty(block: LineBlockRow): void {
    this.changed.add(placeKey(block));
  }

  /** Splits overgrown blocks, deletes emptied ones and writes the rest (updating `index`). */
  async write(index: LineIndex): Promise<void> {
    const put: LineBlockRow[] = [];
    const removed: [string, string, string][] = [];
    for (const key of this.changed) {
      const block = this.loaded.get(key)!;
      if (block.lines.length === 0) removed.push([this.draftId, block.stream, block.order]);
      else if (block.lines.length <= MAX_BLOCK_LINES) put.push(block);
      else put.push(...(await this.split(block, index)));
    }
    if (put.length > 0) await this.t.lineBlocks.bulkPut(put);
    if (removed.length > 0) await this.t.lineBlocks.bulkDelete(removed);
  }

  private async split(block: LineBlockRow, index: LineIndex): Promise<LineBlockRow[]> {
    const count = Math.ceil(block.lines.length / BLOCK_LINES);
    const next = await this.nextOrder(block);
    const keys = [block.order, ...keysBetween(block.order, next, count - 1)];
    const pieces = cutIntoBlocks(this.draftId, block.stream, block.ids, block.lines, keys);
    for (const piece of pieces.slice(1)) {
      const place: BlockPlace = { stream: piece.stream, order: piece.order };
      for (const id of piece.ids) index.set(id, place);
      this.loaded.set(placeKey(piece), piece);
    }
    return pieces;
  }

  /** The order key of the block after `block` in its stream (stored or new in this batch), null: none. */
  private async nextOrder(block: LineBlockRow): Promise<string | null> {
    const [, upper] = streamRange(this.draftId, block.stream);
    const stored = (
      await this.t.lineBlocks
        .where(LINE_BLOCK_KEY)
        .between([this.draftId, block.stream, block.order], upper, false, true)
        .limit(1)
        .primaryKeys()
    )[0];
    let next = stored?.[2] ?? null;
    for (const b of this.loaded.values()) {
      if (b.stream === block.stream && b.order > block.order && (next === null || b.order < next)) next = b.order;
    }
    return next;
  }
}
