/**
 * A minimal forward scanner over the XML of an .xlsx part (SpreadsheetML is machine-written, flat
 * and regular): finds the next tag, reads its name (without namespace prefix) and attributes, and
 * the text up to a closing tag. No DOM, no regular expressions in the hot path; works in Node, the
 * browser and a Web Worker alike. Not a validating parser: comments, CDATA and processing
 * instructions are skipped, DOCTYPE is never expanded.
 */
export interface Tag {
  /** Local name (prefix removed): `c` for `<x:c …>`. */
  name: string;
  /** `</name>` */
  closing: boolean;
  /** `<name …/>` */
  selfClosing: boolean;
  /** Index of `<`. */
  start: number;
  /** Index just after `>`. */
  end: number;
  /** Index where the attributes start (after the name) — read with attr(). */
  attrStart: number;
}

const GT = 62; // >
const SLASH = 47; // /
const COLON = 58; // :
const BANG = 33; // !
const QMARK = 63; // ?

function isNameEnd(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** The next element tag at or after `from`, or null at the end of the text. */
export function nextTag(x: string, from: number): Tag | null {
  let lt = x.indexOf('<', from);
  while (lt >= 0) {
    const c = x.charCodeAt(lt + 1);
    if (c === BANG) {
      // <!-- comment --> or <![CDATA[ … ]]> or <!DOCTYPE …>: skipped.
      const close = x.startsWith('<!--', lt)
        ? x.indexOf('-->', lt)
        : x.startsWith('<![CDATA[', lt)
          ? x.indexOf(']]>', lt)
          : x.indexOf('>', lt);
      if (close < 0) return null;
      lt = x.indexOf('<', close + 1);
      continue;
    }
    if (c === QMARK) {
      const close = x.indexOf('?>', lt);
      if (close < 0) return null;
      lt = x.indexOf('<', close + 2);
      continue;
    }
    break;
  }
  if (lt < 0) return null;
  let i = lt + 1;
  const closing = x.charCodeAt(i) === SLASH;
  if (closing) i += 1;
  let nameStart = i;
  while (!isNameEnd(x.charCodeAt(i))) {
    if (x.charCodeAt(i) === COLON) nameStart = i + 1;
    i += 1;
  }
  const name = x.slice(nameStart, i);
  const attrStart = i;
  // Find the end of the tag, skipping quoted attribute values (which may hold '>').
  let quote = 0;
  for (; i < x.length; i++) {
    const ch = x.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === GT) break;
  }
  if (i >= x.length) return null;
  const selfClosing = x.charCodeAt(i - 1) === SLASH;
  return { name, closing, selfClosing, start: lt, end: i + 1, attrStart };
}

/** An attribute of a tag (decoded), matched by local name (`r:id` matches `id` only when asked as `r:id` or `id`). */
export function attr(x: string, tag: Tag, name: string): string | undefined {
  let i = tag.attrStart;
  const end = tag.end - 1;
  while (i < end) {
    const c = x.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH) {
      i += 1;
      continue;
    }
    const eq = x.indexOf('=', i);
    if (eq < 0 || eq >= end) return undefined;
    const key = x.slice(i, eq).trim();
    let q = eq + 1;
    while (x.charCodeAt(q) === 32) q += 1;
    const quote = x.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return undefined;
    const close = x.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0) return undefined;
    if (key === name || (name.indexOf(':') < 0 && key.endsWith(`:${name}`) && !key.startsWith('xmlns')))
      return decodeXml(x.slice(q + 1, close));
    i = close + 1;
  }
  return undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character and entity references → text. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  let out = '';
  let i = 0;
  for (;;) {
    const amp = s.indexOf('&', i);
    if (amp < 0) return out + s.slice(i);
    const semi = s.indexOf(';', amp);
    if (semi < 0) return out + s.slice(i);
    out += s.slice(i, amp);
    const ref = s.slice(amp + 1, semi);
    if (ref.charCodeAt(0) === 35) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      out += Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    } else {
      out += NAMED[ref] ?? `&${ref};`;
    }
    i = semi + 1;
  }
}

/**
 * OOXML escapes characters XML cannot carry as `_xHHHH_` (ECMA-376 Part 1, 22.4.2.4): `_x000D_`
 * is a carriage return. `_x005F_` escapes a literal underscore before such a sequence.
 */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  let out = '';
  let i = 0;
  for (;;) {
    const at = s.indexOf('_x', i);
    if (at < 0 || at + 7 > s.length) return out + s.slice(i);
    const hex = s.slice(at + 2, at + 6);
    if (s.charCodeAt(at + 6) === 95 && /^[0-9A-Fa-f]{4}$/.test(hex)) {
      out += s.slice(i, at) + String.fromCharCode(parseInt(hex, 16));
      i = at + 7;
    } else {
      out += s.slice(i, at + 2);
      i = at + 2;
    }
  }
}

/** The text content from `from` to the next `</`, decoded. */
export function textUntilClose(x: string, from: number): { text: string; end: number } {
  const close = x.indexOf('</', from);
  const stop = close < 0 ? x.length : close;
  return { text: decodeXml(x.slice(from, stop)), end: stop };
}

/** Bytes of an XML part → string (UTF-8; UTF-16 when the part starts with its byte-order mark). */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** 'AB' → 27 (1-based); stops at the first non-letter. */
export function columnNumber(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break; // '$'
  }
  return col;
}

/** 'B12' → 12; 0 when there is no row number. */
export function rowNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) n = n * 10 + c - 48;
  }
  return n;
}
