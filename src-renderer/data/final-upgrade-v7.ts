import type { Transaction } from 'dexie';
import { newId } from './ids';
import { keysBetween } from './order-key';

/** Lines per block written by this step (the block size of version 7 when it was introduced). */
const BLOCK = 200;

/** The four line arrays of a 决算 draft file and the stream each is stored as (version 7). */
const ARRAYS: readonly (readonly [string, string])[] = [
  ['expenses', 'expense'],
  ['income', 'income'],
  ['balances', 'balance'],
  ['procurement', 'procurement'],
];

/**
 * Schema version 7's upgrade: splits every 决算 draft stored whole in `finalDraftTexts` (versions 5
 * and 6: `{ id, text }`, the canonical file text) into `finalHeadParts` rows `{ draftId, key, value }`
 * (every top-level key but the four line arrays) and `finalLineBlocks` rows `{ draftId, stream,
 * order, ids, lines }` of up to 200 consecutive lines with new ids, then deletes the text. The
 * values are the parsed JSON of the text, so the draft reads back as the same file.
 *
 * Written against the stored shapes of versions 6 and 7 only. One draft at a time. A text that is
 * not a JSON object with the four arrays (never written by version 5, which stored only files it
 * had read) is kept in `finalDraftTexts` as it is.
 */
export async function splitFinalDraftTexts(tx: Transaction): Promise<void> {
  const texts = tx.table('finalDraftTexts');
  const parts = tx.table('finalHeadParts');
  const blocks = tx.table('finalLineBlocks');
  const ids = (await texts.toCollection().primaryKeys()) as string[];
  for (const id of ids) {
    const row = (await texts.get(id)) as { id: string; text: string } | undefined;
    const raw = parse(row?.text);
    if (!raw || !ARRAYS.every(([key]) => Array.isArray(raw[key]))) continue;
    const lineArrays = new Set(ARRAYS.map(([key]) => key));
    await parts.bulkAdd(
      Object.entries(raw)
        .filter(([key]) => !lineArrays.has(key))
        .map(([key, value]) => ({ draftId: id, key, value })),
    );
    for (const [key, stream] of ARRAYS) {
      const lines = raw[key] as unknown[];
      const count = Math.ceil(lines.length / BLOCK);
      const orders = keysBetween(null, null, count);
      const rows = orders.map((order, b) => {
        const chunk = lines.slice(b * BLOCK, (b + 1) * BLOCK);
        return { draftId: id, stream, order, ids: chunk.map(() => newId()), lines: chunk };
      });
      if (rows.length > 0) await blocks.bulkAdd(rows);
    }
    await texts.delete(id);
  }
}

function parse(text: unknown): Record<string, unknown> | null {
  if (typeof text !== 'string') return null;
  try {
    const raw: unknown = JSON.parse(text);
    return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
