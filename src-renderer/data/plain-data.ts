/**
 * Is `value` plain JSON-compatible data (strings, finite numbers, booleans, null, arrays, plain
 * objects; `undefined` only as an absent object key)? Returns the path of the first offending
 * value, or null. Class instances such as Decimal would be stored as their internals by
 * IndexedDB's structured clone and come back as meaningless objects, so they are refused here.
 */
export function findNonPlainData(value: unknown, path = ''): string | null {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : path || '（值）';
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const bad = findNonPlainData(value[i], `${path}[${i}]`);
          if (bad !== null) return bad;
        }
        return null;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return path || '（值）';
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined) continue;
        const bad = findNonPlainData(v, path ? `${path}.${k}` : k);
        if (bad !== null) return bad;
      }
      return null;
    }
    default:
      return path || '（值）';
  }
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
