import type { Draft, Review } from '../../src-core/domain/draft/types';
import { STREAM_ARRAYS } from '../../src-core/domain/engine/budget-engine';
import type { Stream } from '../../src-core/domain/tables/spec';
import { STREAMS } from './records';

/**
 * How the target of an explained warning (`reviews[].target`, `{ line, field? }`) names its line.
 * In the database a line is named by its storage id (random, `ids.ts`), as the engine of a window
 * sees it; in a draft file by its JSON path (`expenses[12]`, `income[0]`, `carryForward[1]`,
 * `procurement[3]`), as the CLI's engine sees it. A draft leaving the database as a file has its
 * line targets rewritten to paths, a file entering it has them rewritten to the ids its lines get.
 * Targets naming no line of the draft are kept exactly as they are (shown as 已失效的说明).
 */

/** Storage ids of a draft's lines, parallel to its arrays. */
export type LineIds = Readonly<Record<Stream, readonly string[]>>;

const STREAM_OF_ARRAY = new Map<string, Stream>(STREAMS.map((s) => [STREAM_ARRAYS[s], s]));

/** `expenses[12]`: the path of a line in a draft file (no leading zeros, so it reads back the same). */
const PATH = /^([A-Za-z]+)\[(0|[1-9]\d*)\]$/;

/** The file path of the line `index` of `stream`. */
export function linePath(stream: Stream, index: number): string {
  return `${STREAM_ARRAYS[stream]}[${index}]`;
}

/** The stream and index a file path names, or null (not a line path). */
export function parseLinePath(path: string): { stream: Stream; index: number } | null {
  const m = PATH.exec(path);
  const stream = m ? STREAM_OF_ARRAY.get(m[1]) : undefined;
  return m && stream ? { stream, index: Number(m[2]) } : null;
}

/**
 * Reviews whose line target is renamed by `rename` (undefined: kept). A changed target keeps its
 * other keys, in their order; a review that does not change is the same object. Returns the very
 * array when nothing changed.
 */
export function renameReviewLines(
  reviews: readonly Review[],
  rename: (line: string) => string | undefined,
): readonly Review[] {
  let changed = false;
  const out = reviews.map((review) => {
    const target = review.target;
    if (target === null || typeof target !== 'object' || Array.isArray(target)) return review;
    const line = (target as Record<string, unknown>).line;
    if (typeof line !== 'string') return review;
    const renamed = rename(line);
    if (renamed === undefined || renamed === line) return review;
    changed = true;
    // Spreading keeps `line` in its place: an object's existing key keeps its position.
    return { ...review, target: { ...(target as Record<string, unknown>), line: renamed } };
  });
  return changed ? out : reviews;
}

const withReviews = (draft: Draft, reviews: readonly Review[]): Draft =>
  reviews === draft.reviews ? draft : { ...draft, reviews: reviews as Review[] };

/** The draft as a file names its lines: review targets by storage id → by path (`expenses[i]`). */
export function reviewsToPaths(draft: Draft, lineIds: LineIds): Draft {
  if (!hasLineTargets(draft.reviews)) return draft;
  // Only the ids the reviews name are looked for: no map of 50,000 ids per export.
  const named = new Set<string>();
  renameReviewLines(draft.reviews, (line) => void named.add(line));
  const paths = new Map<string, string>();
  for (const stream of STREAMS) {
    const ids = lineIds[stream];
    for (let i = 0; i < ids.length; i++) if (named.has(ids[i])) paths.set(ids[i], linePath(stream, i));
  }
  return withReviews(
    draft,
    renameReviewLines(draft.reviews, (line) => paths.get(line)),
  );
}

/** The draft as the database names its lines: review targets by path → by the line's storage id. */
export function reviewsToIds(draft: Draft, lineIds: LineIds): Draft {
  if (!hasLineTargets(draft.reviews)) return draft;
  return withReviews(
    draft,
    renameReviewLines(draft.reviews, (line) => {
      const path = parseLinePath(line);
      return path ? lineIds[path.stream][path.index] : undefined;
    }),
  );
}

/** Renames line targets by a map of ids (a copied draft whose lines got new ids). */
export function renameReviewIds(reviews: readonly Review[], ids: ReadonlyMap<string, string>): readonly Review[] {
  return renameReviewLines(reviews, (line) => ids.get(line));
}

function hasLineTargets(reviews: readonly Review[] | undefined): boolean {
  return !!reviews && reviews.some((r) => typeof (r.target as { line?: unknown } | null)?.line === 'string');
}
