import type { Stream } from '../domain/tables/spec';
import type { DraftChange } from './changes';
import { LINE_ORDER_INDEX, streamRange, type ContentTables } from './draft-content';
import { keysBetween } from './order-key';
import { invalid, lineNotFound, Rejected } from './problems';
import type { DraftHead, LineRow } from './records';

export interface BatchOutcome {
  /** Ids of the added lines, in the order of the batch's addLine changes. */
  added: string[];
  /** Lines added minus lines removed. */
  lineDelta: number;
  headPatch: Partial<DraftHead>;
}

/**
 * Applies a checked batch of changes to one draft's lines inside the caller's transaction. Works
 * on an in-memory view of the rows it touches and writes them at the end (one bulkPut, one
 * bulkDelete); any bad reference throws `Rejected`, which aborts the whole transaction.
 *
 * Order keys: an added line gets a key between its neighbours. Consecutive adds at the same place
 * (a pasted block) share one interval split evenly (keysBetween), so keys stay short. The
 * predecessor is the greatest key below the insertion point among stored rows and rows added in
 * this batch; a stored row removed earlier in the batch may be that predecessor, which is harmless:
 * the new key is still above every remaining line before the point and below the line at it.
 */
export async function applyBatch(
  t: ContentTables, draftId: string, changes: readonly DraftChange[], newId: () => string,
): Promise<BatchOutcome> {
  const rows = await fetchReferenced(t, draftId, changes);
  const dirty = new Set<string>();
  const removed = new Set<string>();
  const batchKeys: Record<Stream, string[]> = { income: [], expense: [], carryForward: [], procurement: [] };
  const out: BatchOutcome = { added: [], lineDelta: 0, headPatch: {} };

  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    switch (c.type) {
      case 'setLine': {
        const row = rows.get(c.id);
        if (!row) throw new Rejected(lineNotFound(c.id, i));
        rows.set(c.id, { ...row, line: c.line });
        dirty.add(c.id);
        break;
      }
      case 'removeLine': {
        if (!rows.has(c.id)) throw new Rejected(lineNotFound(c.id, i));
        rows.delete(c.id);
        dirty.delete(c.id);
        removed.add(c.id);
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
        let next: string | null = null;
        if (c.beforeId !== undefined) {
          const before = rows.get(c.beforeId);
          if (!before) throw new Rejected(lineNotFound(c.beforeId, i));
          if (before.stream !== c.stream) throw new Rejected(invalid('插入位置的行属于另一类别', i));
          next = before.order;
        }
        const prev = await predecessor(t, draftId, c.stream, next, batchKeys[c.stream]);
        const keys = keysBetween(prev, next, end - i);
        for (let k = i; k < end; k++) {
          const add = changes[k] as Extract<DraftChange, { type: 'addLine' }>;
          const id = add.id ?? newId();
          if (rows.has(id) || removed.has(id)) throw new Rejected(invalid(`新行编号“${id}”已被使用`, k));
          rows.set(id, { id, draftId, stream: add.stream, order: keys[k - i], line: add.line });
          dirty.add(id);
          batchKeys[add.stream].push(keys[k - i]);
          out.added.push(id);
          out.lineDelta++;
        }
        i = end - 1;
        break;
      }
    }
  }
  if (dirty.size > 0) await t.lines.bulkPut([...dirty].map((id) => rows.get(id)!));
  if (removed.size > 0) await t.lines.bulkDelete([...removed]);
  return out;
}

function sameInsertion(c: DraftChange, first: Extract<DraftChange, { type: 'addLine' }>): boolean {
  return c.type === 'addLine' && c.stream === first.stream && c.beforeId === first.beforeId;
}

/**
 * The stored rows the batch refers to (set, remove, insert-before), keyed by id; rows of other
 * drafts count as missing. Ids the batch assigns to new lines must not exist yet anywhere.
 */
async function fetchReferenced(t: ContentTables, draftId: string, changes: readonly DraftChange[]): Promise<Map<string, LineRow>> {
  const wanted = new Set<string>();
  const named = new Map<string, number>();
  changes.forEach((c, i) => {
    if (c.type === 'setLine' || c.type === 'removeLine') wanted.add(c.id);
    if (c.type === 'addLine') {
      if (c.beforeId !== undefined) wanted.add(c.beforeId);
      if (c.id !== undefined) {
        if (named.has(c.id)) throw new Rejected(invalid(`新行编号“${c.id}”重复`, i));
        named.set(c.id, i);
      }
    }
  });
  const ids = [...new Set([...wanted, ...named.keys()])];
  const found = await t.lines.bulkGet(ids);
  const rows = new Map<string, LineRow>();
  found.forEach((row, k) => {
    if (!row) return;
    const at = named.get(ids[k]);
    if (at !== undefined) throw new Rejected(invalid(`新行编号“${ids[k]}”已被使用`, at));
    if (row.draftId === draftId) rows.set(row.id, row);
  });
  // A line the batch names and adds before referring to it is found among `rows` once added.
  return rows;
}

/** Greatest order key of the stream below `next` (null: the last key), stored or added in this batch. */
async function predecessor(t: ContentTables, draftId: string, stream: Stream, next: string | null, added: readonly string[]): Promise<string | null> {
  const [lower, upper] = streamRange(draftId, stream);
  const stored = next === null
    ? await t.lines.where(LINE_ORDER_INDEX).between(lower, upper, true, true).last()
    : await t.lines.where(LINE_ORDER_INDEX).between(lower, [draftId, stream, next], true, false).last();
  let best = stored?.order ?? null;
  for (const k of added) if ((next === null || k < next) && (best === null || k > best)) best = k;
  return best;
}
