import { FINAL_FORMAT_VERSION } from '../draft/migrations';
import { FINAL_DRAFT } from '../draft/schema';
import { writeObject } from '../draft/save';
import type { FinalDraft } from '../draft/types';

/**
 * Writes a 决算 draft as `*.final.json` text (format version 2): keys in the order of the format
 * definition, unknown keys kept, absent optional keys left out. load(save(d)) equals d.
 */
export function saveFinalDraftText(draft: FinalDraft): string {
  const json = writeObject(
    { ...draft, formatVersion: FINAL_FORMAT_VERSION } as unknown as Record<string, unknown>,
    FINAL_DRAFT,
  );
  return `${JSON.stringify(json, null, 1)}\n`;
}
