import { saveDraftText } from '../../src-core/domain/draft/save';
import type { Draft } from '../../src-core/domain/draft/types';
import { reviewsToPaths, type LineIds } from './review-targets';

/**
 * The `*.budget.json` text of a draft as stored: the one way a draft leaves the database as a file
 * (export, history snapshots, backups). Review targets naming a line by its storage id name it by
 * its path in the file (`expenses[12]`), which is what a file's reader — the CLI, another
 * database — understands (review-targets.ts).
 */
export function draftFileText(draft: Draft, lineIds: LineIds): string {
  return saveDraftText(reviewsToPaths(draft, lineIds));
}
