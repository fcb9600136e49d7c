import type { Transaction } from 'dexie';

/**
 * Schema version 2's upgrade: takes the head out of every `drafts` row (version 1 kept the whole
 * head there, megabytes for a draft with thousands of projects, rewritten by every saved batch) and
 * stores it as one `headParts` row per part. Rows keep every other field, known or not.
 *
 * Written against the stored shapes of versions 1 and 2 only (no current-format helpers), so that
 * later versions can change those helpers without changing what this step does. One draft at a
 * time, so that upgrading many large drafts does not hold them all in memory.
 */
export async function moveHeadsApart(tx: Transaction): Promise<void> {
  const drafts = tx.table('drafts');
  const parts = tx.table('headParts');
  const ids = await drafts.toCollection().primaryKeys();
  for (const id of ids) {
    const row = (await drafts.get(id)) as Record<string, unknown> | undefined;
    if (!row || !('head' in row)) continue;
    const { head, ...rest } = row;
    if (!head || typeof head !== 'object') continue; // not a head this step understands: left as it is
    const entries = Object.entries(head as Record<string, unknown>).filter(([, value]) => value !== undefined);
    await parts.bulkPut(entries.map(([key, value]) => ({ draftId: id, key, value })));
    await drafts.put(rest);
  }
}
