import type { DerivedRow } from '../../domain/tables/derived';

/** A descriptive column with cells longer than this is set as prose (wrapped at a fixed width). */
export const PROSE_LENGTH = 16;

const NONE: readonly string[] = [];

/**
 * Per row, the keys of its text fields longer than PROSE_LENGTH. Rows are never changed once made
 * and the engine hands out the same row objects while their content stays the same (T11 keeps
 * every unchanged project's rows), so after an edit only the new rows are measured: at 200,000
 * lines T11 has 68,000 rows of 10 text fields, and measuring them all took ~25 ms per keystroke.
 */
const longKeys = new WeakMap<DerivedRow, readonly string[]>();

/** The keys of a row's text fields longer than PROSE_LENGTH (measured once per row object). */
export function longKeysOf(row: DerivedRow): readonly string[] {
  let keys = longKeys.get(row);
  if (keys === undefined) {
    keys = NONE;
    if (row.text) {
      for (const [k, v] of Object.entries(row.text)) {
        if (v.length > PROSE_LENGTH) keys = keys === NONE ? [k] : [...keys, k];
      }
    }
    longKeys.set(row, keys);
  }
  return keys;
}

/** The text fields (label keys) that some of these rows fill with more than PROSE_LENGTH characters. */
export function longLabelKeys(rows: readonly DerivedRow[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const keys = longKeysOf(rows[i]);
    for (let k = 0; k < keys.length; k++) out.add(keys[k]);
  }
  return out;
}
