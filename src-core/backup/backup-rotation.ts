/**
 * Backups of drafts, `{userData}/backups/{draftId}/{time}.budget.json`: the file names, and which
 * backups a rotation keeps. Pure.
 */

/** How many backups a draft keeps: the last `keepLast`, plus the newest of each of the last `keepDays` days. */
export interface RotationPolicy {
  keepLast: number;
  keepDays: number;
}
export const DEFAULT_ROTATION: RotationPolicy = { keepLast: 20, keepDays: 30 };

export interface TimedFile {
  file: string;
  savedAt: number;
}

const DAY_MS = 86_400_000;
const NAME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.budget\.json$/;

/** `20240315T021530123Z.budget.json`: UTC, sortable, no characters Windows forbids. */
export function backupFileName(savedAt: number): string {
  return `${new Date(savedAt).toISOString().replace(/[-:.]/g, '')}.budget.json`;
}

/** The time a backup file name encodes; null for any other name (never touched by rotation). */
export function parseBackupFileName(file: string): number | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number);
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  return backupFileName(t) === file ? t : null;
}

/** The local calendar day of a time, e.g. `2024-03-15` (the officer's day, not UTC's). */
export function localDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Which backups to keep and which to delete: the newest `keepLast`, and for every day within the
 * last `keepDays` × 24 hours the newest backup of that day. Backups dated in the future (a clock
 * set back) are kept: nothing is deleted on a guess.
 */
export function rotateBackups<T extends TimedFile>(
  files: readonly T[],
  now: number,
  policy: RotationPolicy = DEFAULT_ROTATION,
  dayOf: (t: number) => string = localDay,
): { keep: T[]; remove: T[] } {
  const newestFirst = [...files].sort((a, b) => b.savedAt - a.savedAt || (a.file < b.file ? 1 : -1));
  const keep = new Set<T>(newestFirst.slice(0, Math.max(0, policy.keepLast)));
  const daysSeen = new Set<string>();
  for (const f of newestFirst) {
    if (f.savedAt > now) {
      keep.add(f);
      continue;
    }
    if (f.savedAt <= now - policy.keepDays * DAY_MS) continue;
    const day = dayOf(f.savedAt);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(f);
  }
  return { keep: newestFirst.filter((f) => keep.has(f)), remove: newestFirst.filter((f) => !keep.has(f)) };
}
