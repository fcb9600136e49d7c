/**
 * Structural sharing between two versions of plain data (the `ReportDocument`: objects, arrays,
 * strings, numbers, booleans, null): returns `next`, except that every part equal to the part at
 * the same place in `previous` is `previous`'s object itself. A screen that compares by identity
 * (React.memo) then redraws only the sections and paragraphs an edit changed. Arrays are matched
 * by position. When nothing changed, `previous` is returned.
 *
 * `next` is taken over: its objects and arrays receive the kept parts in place (no copy, since a
 * report is compared on every keystroke). `previous` is never changed.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
  return share(previous, next) as T;
}

function share(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next);
  if (isRecord(previous) && isRecord(next)) return shareRecord(previous, next);
  return next;
}

function shareArray(previous: readonly unknown[], next: unknown[]): readonly unknown[] {
  let unchanged = previous.length === next.length;
  const common = Math.min(previous.length, next.length);
  for (let index = 0; index < common; index++) {
    const kept = share(previous[index], next[index]);
    next[index] = kept;
    if (kept !== previous[index]) unchanged = false;
  }
  return unchanged ? previous : next;
}

function shareRecord(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  let unchanged = true;
  let keys = 0;
  for (const key in next) {
    if (!Object.prototype.hasOwnProperty.call(next, key)) continue;
    keys += 1;
    if (!Object.prototype.hasOwnProperty.call(previous, key)) {
      unchanged = false;
      continue;
    }
    const kept = share(previous[key], next[key]);
    next[key] = kept;
    if (kept !== previous[key]) unchanged = false;
  }
  return unchanged && keys === ownKeyCount(previous) ? previous : next;
}

function ownKeyCount(record: Record<string, unknown>): number {
  let count = 0;
  for (const key in record) if (Object.prototype.hasOwnProperty.call(record, key)) count += 1;
  return count;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
