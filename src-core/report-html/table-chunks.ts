/**
 * Long tables are printed as a run of shorter `<table>`s. Chromium lays a table out again for
 * every page it is split over, so printing one table of n rows costs about n² — a 16,000-row table
 * fails to print at all — while tables of a few hundred rows print in time proportional to their
 * rows. Each chunk repeats the header (`<thead>`); the reader sees one table.
 */

/** Most body lines in one printed `<table>` (about ten landscape pages). */
export const CHUNK_LINES = 300;

/** A run of body lines `[start, end)` printed as one `<table>`. */
export interface LineChunk {
  start: number;
  end: number;
}

/**
 * Cuts `count` body lines into chunks of at most `max` lines, only before a line where a block
 * starts (`startsBlock(i)`; every line by default): a T11 project stays in one chunk with its
 * indicators. A single block longer than `max` is a chunk of its own. No lines, no chunks.
 */
export function chunkLines(
  count: number,
  max: number = CHUNK_LINES,
  startsBlock: (line: number) => boolean = () => true,
): LineChunk[] {
  const limit = Math.max(1, Math.floor(max));
  const chunks: LineChunk[] = [];
  let start = 0;
  let lastCut = 0; // the latest line after `start` where a chunk may begin
  for (let i = 1; i < count; i++) {
    if (startsBlock(i)) lastCut = i;
    if (i - start < limit) continue;
    // Line i would overflow the chunk: cut at the last block start, or here if the chunk is one block.
    const cut = lastCut > start ? lastCut : startsBlock(i) ? i : -1;
    if (cut < 0) continue;
    chunks.push({ start, end: cut });
    start = cut;
  }
  if (count > 0) chunks.push({ start, end: count });
  return chunks;
}
