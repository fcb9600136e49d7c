import { parseCsv } from '../domain/catalog/csv';
import { err, ok, type Result } from '../domain/result';

/**
 * Text files of rows as Excel/WPS and budget systems write them in China:
 * - “CSV (逗号分隔)”: UTF-8 (with or without BOM), or GB18030/GBK on a Chinese Windows;
 * - “文本文件 (制表符分隔)” (.txt): the same encodings, TAB between fields;
 * - “Unicode 文本” (.txt): UTF-16 LE with a byte-order mark, TAB between fields;
 * - UTF-16 BE with its mark, and UTF-16 without a mark when its zero bytes say which order.
 * Fields follow the CSV quoting rules with either separator ("…" around a field holding the
 * separator, a line break or a quote, "" for a quote inside), which is what Excel writes.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Which encoding the bytes are in: a byte-order mark first, then UTF-16's zero bytes, then strict UTF-8, else GB18030. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  return decodeAs(bytes).encoding;
}

function decodeAs(bytes: Uint8Array): { encoding: TextEncoding; text?: string } {
  const found = markOrZeros(bytes);
  if (found) return { encoding: found };
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: Excel's “CSV (逗号分隔)” on a Chinese Windows writes GBK (a subset of GB18030).
    return { encoding: 'gb18030' };
  }
}

function markOrZeros(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Without a mark: ASCII characters (digits, TAB, line breaks) in UTF-16 have a zero byte, on the
  // odd side in LE and the even side in BE; neither UTF-8 nor GBK text has zero bytes at all.
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  // (A Chinese character may have a zero byte too — 一 is U+4E00 — so the other side is only mostly free of them.)
  if (n >= 4 && odd > n / 16 && even * 8 < odd) return 'utf-16le';
  if (n >= 4 && even > n / 16 && odd * 8 < even) return 'utf-16be';
  return null;
}

/** The file as text (byte-order mark removed), or null when it holds control characters no text file has. */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  const found = decodeAs(bytes);
  const encoding = found.encoding;
  const text = (found.text ?? new TextDecoder(encoding).decode(bytes)).replace(/^\uFEFF/, '');
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c < 9 || (c > 13 && c < 32 && c !== 27)) return null;
  }
  return { text, encoding };
}

/**
 * TAB or comma: what separates the fields of the first non-empty line (outside quotes). A line with
 * a TAB is taken as TAB-separated unless it has more commas (“Unicode 文本” headers have no commas;
 * amounts inside such a file may be written “1,234.50”, which is why the header line decides).
 */
export function detectDelimiter(text: string): '\t' | ',' {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  let seen = false;
  const end = Math.min(text.length, 1 << 16);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 10 || c === 13)) {
      if (seen) break;
    } else if (!quoted && c === 9) tabs += 1;
    else if (!quoted && c === 44) commas += 1;
    if (c > 32) seen = true;
  }
  return tabs > 0 && tabs >= commas ? '\t' : ',';
}

/** Rows of fields; CSV (comma) is read by the domain's RFC 4180 reader, TAB-separated text by the same rules here. */
export function parseDelimited(text: string, delimiter: '\t' | ','): Result<string[][], string> {
  if (delimiter === ',') return parseCsv(text);
  const rows: string[][] = [];
  const n = text.length;
  if (n === 0) return ok(rows);
  let fields: string[] = [];
  let i = 0;
  let line = 1;
  for (;;) {
    // At the start of a field.
    let field = '';
    if (text.charCodeAt(i) === 34) {
      const openLine = line;
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return err(`第${openLine}行：引号未闭合（该行开始的带引号字段缺少结束的 "）`);
        for (let k = from; k < q; k++) if (text.charCodeAt(k) === 10) line += 1;
        field += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 34) {
          field += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // After the closing quote, as Excel reads it: anything up to the separator is kept.
      let j = i;
      while (j < n && text.charCodeAt(j) !== 9 && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j += 1;
      field += text.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < n && text.charCodeAt(j) !== 9 && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j += 1;
      field = text.slice(i, j);
      i = j;
    }
    fields.push(field);
    if (i >= n) {
      rows.push(fields);
      return ok(rows);
    }
    const c = text.charCodeAt(i);
    if (c === 9) {
      i += 1;
      continue;
    }
    // A line break: CRLF, LF or CR.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    line += 1;
    rows.push(fields);
    fields = [];
    if (i >= n) return ok(rows); // a final line break makes no empty record
  }
}
