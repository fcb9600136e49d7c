import type { FinalDraftHead } from '../../src-core/domain/draft/types';
import { FINAL_LINE_STREAMS, type FinalLineStream } from '../../src-core/domain/final/final-facts';
import type { FinalHeadPartRow, FinalLineBlockRow, FinalStoredLine } from './final-records';
import { BLOCK_LINES, MAX_BLOCK_LINES } from './line-blocks';
import { keysBetween } from './order-key';

/** Where one block is stored, and which lines it holds (in order). */
interface Block {
  readonly stream: FinalLineStream;
  readonly order: string;
  ids: string[];
}

/** What the window holds of a draft: its lines by id and its head (the FinalEngine). */
export interface FinalContentSource {
  readonly head: FinalDraftHead;
  line(stream: FinalLineStream, id: string): FinalStoredLine | undefined;
}

/** One write of a 决算 draft's content: only the blocks and head parts that changed. */
export interface FinalContentWrite {
  /** Blocks written whole (new, changed or split). */
  put: FinalLineBlockRow[];
  /** Blocks emptied by removals: `[stream, order]`. */
  removed: [FinalLineStream, string][];
  /** Head parts written; a part whose value is `undefined` is deleted (an absent optional key). */
  parts: FinalHeadPartRow[];
}

/**
 * The block layout of one open 决算 draft as stored (README.md “决算 drafts”): for each stream its
 * blocks in order, and for each line its block. The window changes it as it changes the engine
 * (`set` / `add` / `remove` / `part`), so that a write knows which blocks an edit touched without
 * reading anything: `take` then makes those blocks from the engine's lines (a keystroke: one block
 * of ≤ MAX_BLOCK_LINES lines) and the head parts named. A block grown beyond MAX_BLOCK_LINES is split
 * (new keys between its key and the next block's, as the 预算 does), one emptied is deleted.
 */
export class FinalBlockLayout {
  private readonly blocks = new Map<FinalLineStream, Block[]>();
  private readonly where = new Map<FinalLineStream, Map<string, Block>>();
  private readonly dirty = new Set<Block>();
  private readonly removed = new Map<string, [FinalLineStream, string]>();
  private readonly parts = new Set<keyof FinalDraftHead>();

  private constructor(readonly draftId: string) {
    for (const stream of FINAL_LINE_STREAMS) {
      this.blocks.set(stream, []);
      this.where.set(stream, new Map());
    }
  }

  /** The layout of blocks as read from the database (in key order). */
  static fromRows(
    draftId: string,
    rows: readonly Pick<FinalLineBlockRow, 'stream' | 'order' | 'ids'>[],
  ): FinalBlockLayout {
    const layout = new FinalBlockLayout(draftId);
    for (const row of rows) layout.place({ stream: row.stream, order: row.order, ids: [...row.ids] });
    return layout;
  }

  /** Line ids of a stream in their stored order. */
  lineIds(stream: FinalLineStream): string[] {
    return this.blocks.get(stream)!.flatMap((b) => b.ids);
  }

  /** Whether a write has anything to store. */
  get pending(): boolean {
    return this.dirty.size > 0 || this.removed.size > 0 || this.parts.size > 0;
  }

  set(stream: FinalLineStream, id: string): void {
    const block = this.where.get(stream)!.get(id);
    if (block) this.touch(block);
  }

  /** A line added before `beforeId` (in its block), or at the end of the stream's last block. */
  add(stream: FinalLineStream, id: string, beforeId?: string): void {
    const list = this.blocks.get(stream)!;
    const before = beforeId === undefined ? undefined : this.where.get(stream)!.get(beforeId);
    let block = before ?? list[list.length - 1];
    if (!block) {
      block = { stream, order: keysBetween(null, null, 1)[0], ids: [] };
      this.place(block);
    }
    const at = before ? block.ids.indexOf(beforeId!) : block.ids.length;
    block.ids.splice(at, 0, id);
    this.where.get(stream)!.set(id, block);
    this.touch(block);
    if (block.ids.length > MAX_BLOCK_LINES) this.split(block);
  }

  remove(stream: FinalLineStream, id: string): void {
    const block = this.where.get(stream)!.get(id);
    if (!block) return;
    block.ids.splice(block.ids.indexOf(id), 1);
    this.where.get(stream)!.delete(id);
    if (block.ids.length > 0) return this.touch(block);
    const list = this.blocks.get(stream)!;
    list.splice(list.indexOf(block), 1);
    this.dirty.delete(block);
    this.removed.set(keyOf(stream, block.order), [stream, block.order]);
  }

  part(key: keyof FinalDraftHead): void {
    this.parts.add(key);
  }

  /** Everything changed since the last `take`, made from `source`; the layout then counts as stored. */
  take(source: FinalContentSource): FinalContentWrite {
    const put: FinalLineBlockRow[] = [];
    for (const block of this.dirty) {
      const lines = block.ids.map((id) => {
        const line = source.line(block.stream, id);
        if (line === undefined) throw new Error(`决算草稿的行与保存位置不一致：${block.stream} ${id}`);
        return line;
      });
      put.push({ draftId: this.draftId, stream: block.stream, order: block.order, ids: [...block.ids], lines });
    }
    const parts = [...this.parts].map((key): FinalHeadPartRow => ({
      draftId: this.draftId,
      key,
      value: source.head[key],
    }));
    const out: FinalContentWrite = { put, removed: [...this.removed.values()], parts };
    this.dirty.clear();
    this.removed.clear();
    this.parts.clear();
    return out;
  }

  /** A write that did not happen: what it held counts as changed again (the next write takes it). */
  giveBack(write: FinalContentWrite): void {
    for (const row of write.put) {
      const block = this.blocks.get(row.stream)!.find((b) => b.order === row.order);
      if (block) this.touch(block);
    }
    for (const [stream, order] of write.removed) {
      if (!this.blocks.get(stream)!.some((b) => b.order === order))
        this.removed.set(keyOf(stream, order), [stream, order]);
    }
    for (const p of write.parts) this.parts.add(p.key);
  }

  private touch(block: Block): void {
    this.dirty.add(block);
    this.removed.delete(keyOf(block.stream, block.order));
  }

  /** Puts a block into its stream's list, in key order, and indexes its lines. */
  private place(block: Block): void {
    const list = this.blocks.get(block.stream)!;
    let at = list.length;
    while (at > 0 && compare(list[at - 1].order, block.order) > 0) at--;
    list.splice(at, 0, block);
    const where = this.where.get(block.stream)!;
    for (const id of block.ids) where.set(id, block);
  }

  private split(block: Block): void {
    const list = this.blocks.get(block.stream)!;
    const next = list[list.indexOf(block) + 1]?.order ?? null;
    const count = Math.ceil(block.ids.length / BLOCK_LINES);
    const keys = keysBetween(block.order, next, count - 1);
    const ids = block.ids;
    block.ids = ids.slice(0, BLOCK_LINES);
    keys.forEach((order, k) => {
      const piece: Block = {
        stream: block.stream,
        order,
        ids: ids.slice((k + 1) * BLOCK_LINES, (k + 2) * BLOCK_LINES),
      };
      this.place(piece);
      this.touch(piece);
    });
  }
}

const keyOf = (stream: FinalLineStream, order: string): string => `${stream}/${order}`;

/** Order keys compare as strings, as IndexedDB sorts them. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
