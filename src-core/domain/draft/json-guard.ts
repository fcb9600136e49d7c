import type { FileProblem } from './problems';

/**
 * How deeply a draft file may nest objects and arrays (the document itself is level 1). The format
 * needs 5 (草稿 → projects → 项目 → indicators → 绩效指标); unknown keys carried along (`extra`,
 * `assets`, `reviews[].target`) get the rest. Nothing legitimate comes near 64, while a file nested
 * a few thousand levels deep is accepted by `JSON.parse` and then breaks every recursive step after
 * it (`JSON.stringify` on save, structured clone into IndexedDB) with a stack overflow.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Keys refused anywhere in a draft file. `__proto__` is the one key whose meaning depends on how it
 * is stored: `JSON.parse` makes it an own property, but `obj[key] = value` — which any code touching
 * a draft later may do (copying `extra`, merging an import, building a record) — changes the object's
 * prototype instead and the key disappears. Keeping it as data would oblige every present and future
 * reader of drafts (editor, database, importer, exports) to use define-semantics forever; the app
 * never writes such a key and no finance system produces one, so a file holding it is corrupt or
 * crafted, and refusing it (with its path) costs nobody anything. Keys that are merely names of
 * `Object.prototype` members (`constructor`, `prototype`, `toString`, `hasOwnProperty`…) are ordinary
 * own properties under both assignment and definition: they are kept as data, and the reader and
 * writer check keys with `Object.hasOwn`, never with `in`, so they round-trip.
 */
export const FORBIDDEN_KEY = '__proto__';

const TOO_DEEP = `嵌套层数过多（超过 ${MAX_JSON_DEPTH} 层），不是正常的草稿文件，可能已损坏`;
const FORBIDDEN = `含有不允许的键名“${FORBIDDEN_KEY}”（可能是被篡改的文件），文件未被读取`;

/** JSON path segment, as the schema reader writes it: `a.b`, `a[3]`, `a["中文 键"]`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!path) return key;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** An open object or array while scanning: where the scan is inside it. */
interface Frame {
  isArray: boolean;
  /** Arrays: index of the current element. */
  index: number;
  /** Objects: the current key as written (quotes included), or -1 before the first key. */
  keyStart: number;
  keyEnd: number;
  /** Objects: the next string is a key (after `{` or `,`). */
  expectKey: boolean;
}

/** Index of the quote closing the string opening at `start`, or -1 if it never closes. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let b = q - 1;
    while (b > start && text.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q; // an even number of backslashes: the quote is not escaped
    from = q + 1;
  }
}

function decodeKey(text: string, start: number, end: number): string {
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return text.slice(start + 1, end); // a broken escape: JSON.parse reports the file anyway
  }
}

/** Whether the key string `text[start..end]` (quotes included) is `__proto__`, escapes decoded. */
function isForbiddenKey(text: string, start: number, end: number): boolean {
  const length = end - start - 1;
  if (length === FORBIDDEN_KEY.length) return text.startsWith(FORBIDDEN_KEY, start + 1);
  // Longer only when written with escapes (`"\u005f_proto__"`): decode those few.
  if (length < FORBIDDEN_KEY.length || length > FORBIDDEN_KEY.length * 6) return false;
  for (let i = start + 1; i < end; i++) {
    if (text.charCodeAt(i) === BACKSLASH) return decodeKey(text, start, end) === FORBIDDEN_KEY;
  }
  return false;
}

function framesPath(text: string, frames: readonly Frame[]): string {
  let path = '';
  for (const f of frames) {
    if (f.isArray) path = joinPath(path, f.index);
    else if (f.keyStart >= 0) path = joinPath(path, decodeKey(text, f.keyStart, f.keyEnd));
  }
  return path;
}

/**
 * Checks a JSON text before it is parsed, in one iterative pass (no recursion, strings skipped
 * with `indexOf`): nesting deeper than {@link MAX_JSON_DEPTH} and `__proto__` keys are reported
 * with the JSON path where they occur. Syntax is not checked here (JSON.parse does that after):
 * for text that is not JSON the answer may be null.
 */
export function scanJsonText(text: string, maxDepth = MAX_JSON_DEPTH): FileProblem | null {
  const frames: Frame[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return null;
      const top = frames[frames.length - 1];
      if (top !== undefined && !top.isArray && top.expectKey) {
        top.keyStart = i;
        top.keyEnd = end;
        top.expectKey = false;
        if (isForbiddenKey(text, i, end)) return { path: framesPath(text, frames), message: FORBIDDEN };
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (frames.length >= maxDepth) return { path: framesPath(text, frames), message: TOO_DEEP };
      frames.push({ isArray: c === OPEN_ARRAY, index: 0, keyStart: -1, keyEnd: -1, expectKey: true });
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      frames.pop();
    } else if (c === COMMA) {
      const top = frames[frames.length - 1];
      if (top === undefined) continue;
      if (top.isArray) top.index++;
      else top.expectKey = true;
    }
  }
  return null;
}

/**
 * The same checks on an already parsed value (drafts read from the database, or built in memory):
 * an iterative depth-first walk, so a value nested far too deep (or even cyclic) is reported after
 * at most {@link MAX_JSON_DEPTH} steps down, never recursed into.
 */
export function checkJsonValue(value: unknown, maxDepth = MAX_JSON_DEPTH): FileProblem | null {
  // Every object or array met, as parallel arrays (no object per entry): the value, its depth, its
  // parent's entry and its key there (for the path of a problem); `todo` holds entries to visit.
  const values: object[] = [];
  const depths: number[] = [];
  const parents: number[] = [];
  const keys: (string | number)[] = [];
  const todo: number[] = [];
  const add = (v: unknown, depth: number, parent: number, key: string | number) => {
    if (typeof v !== 'object' || v === null) return;
    todo.push(values.length);
    values.push(v);
    depths.push(depth);
    parents.push(parent);
    keys.push(key);
  };
  const pathOf = (entry: number): string => {
    const chain: (string | number)[] = [];
    for (let e = entry; e > 0; e = parents[e]) chain.push(keys[e]);
    return chain.reverse().reduce<string>((p, k) => joinPath(p, k), '');
  };
  add(value, 1, -1, '');
  while (todo.length > 0) {
    const e = todo.pop()!;
    const v = values[e];
    if (depths[e] > maxDepth) return { path: pathOf(e), message: TOO_DEEP };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) add(v[i], depths[e] + 1, e, i);
      continue;
    }
    if (Object.hasOwn(v, FORBIDDEN_KEY)) return { path: joinPath(pathOf(e), FORBIDDEN_KEY), message: FORBIDDEN };
    for (const k of Object.keys(v)) add((v as Record<string, unknown>)[k], depths[e] + 1, e, k);
  }
  return null;
}
