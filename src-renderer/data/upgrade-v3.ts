import type { Transaction } from 'dexie';

/** Lines per block written by this step (the block size of version 3 when it was introduced). */
const BLOCK = 200;

/**
 * Schema version 3's upgrade: moves every line of `lines` (version 2: one row per line, `id,
 * draftId, stream, order, line`, ordered by the unique index `[draftId+stream+order]`) into
 * `lineBlocks` rows `{ draftId, stream, order, ids, lines }` of up to 200 consecutive lines. A
 * block's order key is the version-2 order key of its first line, so blocks sort as their lines
 * did and no key is made up. Line ids are kept.
 *
 * Written against the stored shapes of versions 2 and 3 only (no current helpers). One draft at a
 * time (lines of a draft id with no `drafts` row included), so that many large drafts are never
 * all in memory. `lines` is removed by the same version once this step has run.
 */
export async function moveLinesIntoBlocks(tx: Transaction): Promise<void> {
  const lines = tx.table('lines');
  const blocks = tx.table('lineBlocks');
  const index = '[draftId+stream+order]';
  let first = (await lines.orderBy(index).limit(1).toArray())[0] as Record<string, unknown> | undefined;
  while (first) {
    const draftId = first.draftId as string;
    const rows = (await lines.where(index).between([draftId], [draftId, []], true, true).toArray()) as Record<
      string,
      unknown
    >[];
    const out: Record<string, unknown>[] = [];
    let current: { draftId: string; stream: unknown; order: unknown; ids: unknown[]; lines: unknown[] } | null = null;
    for (const r of rows) {
      if (!current || current.stream !== r.stream || current.ids.length >= BLOCK) {
        current = { draftId, stream: r.stream, order: r.order, ids: [], lines: [] };
        out.push(current);
      }
      current.ids.push(r.id);
      current.lines.push(r.line);
    }
    await blocks.bulkAdd(out);
    first = (await lines.where(index).above([draftId, []]).limit(1).toArray())[0] as
      Record<string, unknown> | undefined;
  }
}
