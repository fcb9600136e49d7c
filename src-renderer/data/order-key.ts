/**
 * Order keys: strings whose plain string order (JavaScript `<`, IndexedDB key order) is the order of
 * the lines in a stream. A key can always be made between two others, so inserting a line between
 * two lines writes one row instead of renumbering 50,000 (fractional indexing; the scheme is the
 * public-domain one of rocicorp/fractional-indexing, after David Greenspan).
 *
 * A key is an integer part — a head letter giving its length (`a` → 1 digit, `b` → 2 … `z` → 26;
 * `Z` → 1 … `A` → 26 for negatives) and base-62 digits — followed by an optional fraction with no
 * trailing `0`. Appending at the end increments the integer (`a0`, `a1` … `az`, `b00` …), so keys
 * stay short however many lines are appended; inserting between neighbours extends the fraction.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = DIGITS[0];
const LAST = DIGITS[DIGITS.length - 1];
const SMALLEST_INTEGER = `A${ZERO.repeat(26)}`;

/** The first key of an empty stream. */
export const FIRST_KEY = `a${ZERO}`;

/** A key strictly between `a` and `b` (null: open end). Throws when `a >= b` or a key is malformed. */
export function keyBetween(a: string | null, b: string | null): string {
  if (a !== null) assertKey(a);
  if (b !== null) assertKey(b);
  if (a !== null && b !== null && a >= b) throw new RangeError(`排序键顺序有误：${a} >= ${b}`);
  if (a === null) {
    if (b === null) return FIRST_KEY;
    const ib = integerPart(b);
    const fb = b.slice(ib.length);
    if (ib === SMALLEST_INTEGER) return ib + midpoint('', fb);
    if (ib < b) return ib;
    const dec = decrementInteger(ib);
    if (dec === null) throw new RangeError('排序键已用尽（无法再向前插入）');
    return dec;
  }
  const ia = integerPart(a);
  const fa = a.slice(ia.length);
  if (b === null) {
    const inc = incrementInteger(ia);
    return inc === null ? ia + midpoint(fa, null) : inc;
  }
  const ib = integerPart(b);
  const fb = b.slice(ib.length);
  if (ia === ib) return ia + midpoint(fa, fb);
  const inc = incrementInteger(ia);
  if (inc === null) throw new RangeError('排序键已用尽');
  return inc < b ? inc : ia + midpoint(fa, null);
}

/**
 * `n` keys in increasing order strictly between `a` and `b`. Splitting the interval in halves keeps
 * the keys about log₆₂(n) characters longer than their neighbours, where inserting them one after
 * another before `b` would add a character every few keys.
 */
export function keysBetween(a: string | null, b: string | null, n: number): string[] {
  if (n <= 0) return [];
  if (b === null) {
    // Appending: successive integers, short and cheap.
    const out: string[] = [];
    let prev = a;
    for (let i = 0; i < n; i++) out.push((prev = keyBetween(prev, null)));
    return out;
  }
  if (n === 1) return [keyBetween(a, b)];
  const mid = keyBetween(a, b);
  const left = Math.floor((n - 1) / 2);
  return [...keysBetween(a, mid, left), mid, ...keysBetween(mid, b, n - 1 - left)];
}

/** Is `key` a well-formed order key? */
export function isOrderKey(key: string): boolean {
  try {
    assertKey(key);
    return true;
  } catch {
    return false; // malformed: the answer is simply no
  }
}

function assertKey(key: string): void {
  if (key === SMALLEST_INTEGER) throw new RangeError(`无效的排序键：${key}`);
  const i = integerPart(key);
  const f = key.slice(i.length);
  if (f.endsWith(ZERO)) throw new RangeError(`无效的排序键：${key}`);
  for (const ch of key.slice(1)) if (!DIGITS.includes(ch)) throw new RangeError(`无效的排序键：${key}`);
}

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2;
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new RangeError(`无效的排序键开头：${head}`);
}

function integerPart(key: string): string {
  const len = integerLength(key[0] ?? '');
  if (len > key.length) throw new RangeError(`无效的排序键：${key}`);
  return key.slice(0, len);
}

/** A digit string strictly between fractions `a` and `b` (null: 1), no trailing zero. */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while ((a[n] ?? ZERO) === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const da = a ? DIGITS.indexOf(a[0]) : 0;
  const db = b !== null ? DIGITS.indexOf(b[0]) : DIGITS.length;
  if (db - da > 1) return DIGITS[Math.round((da + db) / 2)];
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[da] + midpoint(a.slice(1), null);
}

function incrementInteger(x: string): string | null {
  const [head, ...digits] = x.split('');
  let carry = true;
  for (let i = digits.length - 1; carry && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i]) + 1;
    if (d === DIGITS.length) digits[i] = ZERO;
    else {
      digits[i] = DIGITS[d];
      carry = false;
    }
  }
  if (!carry) return head + digits.join('');
  if (head === 'Z') return `a${ZERO}`;
  if (head === 'z') return null;
  const h = String.fromCharCode(head.charCodeAt(0) + 1);
  if (h > 'a') digits.push(ZERO);
  else digits.pop();
  return h + digits.join('');
}

function decrementInteger(x: string): string | null {
  const [head, ...digits] = x.split('');
  let borrow = true;
  for (let i = digits.length - 1; borrow && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i]) - 1;
    if (d === -1) digits[i] = LAST;
    else {
      digits[i] = DIGITS[d];
      borrow = false;
    }
  }
  if (!borrow) return head + digits.join('');
  if (head === 'a') return `Z${LAST}`;
  if (head === 'A') return null;
  const h = String.fromCharCode(head.charCodeAt(0) - 1);
  if (h < 'Z') digits.push(LAST);
  else digits.pop();
  return h + digits.join('');
}
