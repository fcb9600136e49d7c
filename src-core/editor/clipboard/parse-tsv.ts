/**
 * Reads the plain-text flavour Excel, WPS and LibreOffice put on the clipboard when cells are
 * copied: tab-separated fields, one line per row.
 *
 * What those programs write, and what this accepts:
 * - rows end with CRLF (Windows), LF, or a lone CR (old Mac Excel); a single newline at the very end
 *   (Excel always adds one) does not make an extra row;
 * - a cell holding a tab, line break or quote is written in double quotes with inner quotes
 *   doubled (`"第一行\n第二行"`, `"他说""好"""`);
 * - a field that only *looks* quoted (`"abc" def`, or an opening quote never closed) is taken
 *   literally up to the next tab or line end, so text with stray quotes is never swallowed;
 * - rows shorter than the widest row are padded with '' (Excel drops trailing empty cells on some
 *   versions), so the block is always rectangular;
 * - a leading byte-order mark is dropped.
 */
export function parseTsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (s === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = s.length;

  for (;;) {
    // One field starts at i.
    let field: string;
    if (s[i] === '"') {
      const quoted = readQuoted(s, i);
      if (quoted) {
        field = quoted.value;
        i = quoted.end;
      } else {
        const end = fieldEnd(s, i);
        field = s.slice(i, end);
        i = end;
      }
    } else {
      const end = fieldEnd(s, i);
      field = s.slice(i, end);
      i = end;
    }
    row.push(field);

    if (i >= n) {
      rows.push(row);
      break;
    }
    if (s[i] === '\t') {
      i += 1;
      continue;
    }
    // A line break: CRLF, LF or CR.
    i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break; // the single trailing newline
  }

  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}

/** Index of the tab or line break ending an unquoted field starting at `from` (or the text's end). */
function fieldEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '\t' || c === '\n' || c === '\r') return i;
  }
  return s.length;
}

/**
 * A quoted field starting at `from` (which holds '"'): its value and the index just past the
 * closing quote, or null when the closing quote is missing or is followed by something other than
 * a tab, a line break or the end of the text.
 */
function readQuoted(s: string, from: number): { value: string; end: number } | null {
  let value = '';
  let i = from + 1;
  for (;;) {
    const close = s.indexOf('"', i);
    if (close < 0) return null;
    value += s.slice(i, close);
    if (s[close + 1] === '"') {
      value += '"';
      i = close + 2;
      continue;
    }
    const after = s[close + 1];
    if (after === undefined || after === '\t' || after === '\n' || after === '\r') return { value, end: close + 1 };
    return null;
  }
}
