/**
 * Three-way merge of plain JSON data, used when two windows edited the same draft at the same time
 * (README.md “Writing”): `base` is what this window saw before its edit, `ours` what it made of it,
 * `theirs` what is stored now (another window's write came first). Changes to different fields of
 * a line, different keys of a head part or different records of a list merge; a value both sides
 * changed differently is a true conflict, reported with its path, and nothing is guessed.
 *
 * `undefined` stands for an absent object key (a field one side removed or added).
 */
/** A conflict names where, and the two values (this window's, the stored one) where they are plain values. */
export type MergeResult = { ok: true; value: unknown } | { ok: false; path: string; ours?: unknown; theirs?: unknown };

/** How a value both sides changed differently is settled: not at all (a conflict), or by one side. */
export type Prefer = 'ours' | 'theirs' | undefined;

/** Lists whose items carry a unique `code` (units, projects) merge record by record. */
const RECORD_KEY = 'code';

export function mergeThreeWay(base: unknown, ours: unknown, theirs: unknown, prefer?: Prefer, path = ''): MergeResult {
  if (sameData(ours, base)) return { ok: true, value: theirs };
  if (sameData(theirs, base) || sameData(ours, theirs)) return { ok: true, value: ours };
  if (isRecord(base) && isRecord(ours) && isRecord(theirs)) return mergeObjects(base, ours, theirs, prefer, path);
  const keyed = keyedLists(base, ours, theirs);
  if (keyed) return mergeKeyedLists(keyed, prefer, path);
  if (prefer === 'ours') return { ok: true, value: ours };
  if (prefer === 'theirs') return { ok: true, value: theirs };
  return { ok: false, path, ours, theirs };
}

function mergeObjects(
  base: Record<string, unknown>,
  ours: Record<string, unknown>,
  theirs: Record<string, unknown>,
  prefer: Prefer,
  path: string,
): MergeResult {
  const out: Record<string, unknown> = {};
  // Their key order first (what is stored), then keys only this window added.
  const keys = [...Object.keys(theirs), ...Object.keys(ours).filter((k) => !Object.hasOwn(theirs, k))];
  for (const k of keys) {
    const r = mergeThreeWay(own(base, k), own(ours, k), own(theirs, k), prefer, path ? `${path}.${k}` : k);
    if (!r.ok) return r;
    if (r.value !== undefined) define(out, k, r.value);
  }
  return { ok: true, value: out };
}

type Keyed = {
  base: Map<string, unknown>;
  ours: Map<string, unknown>;
  theirs: Map<string, unknown>;
  oursOrder: string[];
  theirsOrder: string[];
};

/** The three lists as maps by `code`, or null when any of them is not a list of uniquely coded records. */
function keyedLists(base: unknown, ours: unknown, theirs: unknown): Keyed | null {
  const b = byCode(base);
  const o = byCode(ours);
  const t = byCode(theirs);
  if (!b || !o || !t) return null;
  return { base: b.map, ours: o.map, theirs: t.map, oursOrder: o.order, theirsOrder: t.order };
}

function byCode(list: unknown): { map: Map<string, unknown>; order: string[] } | null {
  if (!Array.isArray(list)) return null;
  const map = new Map<string, unknown>();
  const order: string[] = [];
  for (const item of list) {
    if (!isRecord(item) || typeof item[RECORD_KEY] !== 'string') return null;
    const code = item[RECORD_KEY] as string;
    if (map.has(code)) return null;
    map.set(code, item);
    order.push(code);
  }
  return { map, order };
}

/**
 * Stored order, with records only this window added appended in its order. A record one side
 * removed while the other changed it is a conflict (deleting someone's edit is never silent).
 */
function mergeKeyedLists(k: Keyed, prefer: Prefer, path: string): MergeResult {
  const out: unknown[] = [];
  const place = (code: string) => `${path}[${RECORD_KEY}=${code}]`;
  for (const code of k.theirsOrder) {
    const r = mergeThreeWay(k.base.get(code), k.ours.get(code), k.theirs.get(code), prefer, place(code));
    if (!r.ok) return r;
    if (r.value !== undefined) out.push(r.value);
  }
  for (const code of k.oursOrder) {
    if (k.theirs.has(code)) continue;
    const r = mergeThreeWay(k.base.get(code), k.ours.get(code), undefined, prefer, place(code));
    if (!r.ok) return r;
    if (r.value !== undefined) out.push(r.value);
  }
  return { ok: true, value: out };
}

/** Deep equality of plain JSON data; key order does not matter, absent equals undefined. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((key) => a[key] !== undefined);
    const kb = Object.keys(b).filter((key) => b[key] !== undefined);
    if (ka.length !== kb.length) return false;
    for (const key of ka) if (!Object.hasOwn(b, key) || !sameData(a[key], b[key])) return false;
    return true;
  }
  return false;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(o: Record<string, unknown>, k: string): unknown {
  return Object.hasOwn(o, k) ? o[k] : undefined;
}

/** Sets an own data property, even one named `__proto__` (plain assignment would change the prototype). */
function define(o: Record<string, unknown>, k: string, value: unknown): void {
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
}
