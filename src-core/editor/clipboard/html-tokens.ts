import { decodeEntities } from './html-entities';

/**
 * A small, tolerant HTML tokenizer for clipboard HTML (no DOM: the editor core runs in Node tests
 * and must not depend on `DOMParser`). It yields start tags with their attributes, end tags and
 * text; it drops comments (including Excel's `<!--StartFragment-->` and `<!--[if gte mso 9]>…`),
 * `<!DOCTYPE>`, `<?xml?>`, `<![if …]>` / `<![endif]>` / CDATA sections, and the whole content of
 * `<style>`, `<script>`, `<title>` and `<xml>` (where the mso styles live). Malformed markup never
 * throws: a '<' that starts no tag is text, an unterminated tag or comment ends the input.
 */
export type HtmlToken =
  | { type: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  /** Raw text, entities not yet decoded (so `&nbsp;` can survive whitespace collapsing). */
  | { type: 'text'; raw: string };

const RAW_TEXT = new Set(['style', 'script', 'title', 'xml', 'textarea']);
const NAME_RE = /[A-Za-z][A-Za-z0-9:_-]*/y;
const ATTR_RE = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;

export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  const n = html.length;
  let lower: string | undefined;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'text', raw: html.slice(i) };
      return;
    }
    if (lt > i) yield { type: 'text', raw: html.slice(i, lt) };
    i = lt;

    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close < 0) return;
      i = close + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', i)) {
      const close = html.indexOf(']]>', i + 9);
      if (close < 0) return;
      i = close + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const close = html.indexOf('>', i + 2);
      if (close < 0) return;
      i = close + 1;
      continue;
    }

    const isEnd = html[i + 1] === '/';
    NAME_RE.lastIndex = i + (isEnd ? 2 : 1);
    const nameMatch = NAME_RE.exec(html);
    if (!nameMatch) {
      // Not a tag: a literal '<' in text.
      yield { type: 'text', raw: '<' };
      i += 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    let j = NAME_RE.lastIndex;

    if (isEnd) {
      const close = html.indexOf('>', j);
      if (close < 0) return;
      yield { type: 'end', name };
      i = close + 1;
      continue;
    }

    const attrs: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      if (j >= n) return;
      if (html[j] === '>') {
        j++;
        break;
      }
      if (html[j] === '/') {
        if (html[j + 1] === '>') {
          selfClosing = true;
          j += 2;
          break;
        }
        j++;
        continue;
      }
      ATTR_RE.lastIndex = j;
      const m = ATTR_RE.exec(html);
      if (!m || ATTR_RE.lastIndex === j) {
        j++;
        continue;
      }
      const key = m[1].toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
      j = ATTR_RE.lastIndex;
    }
    yield { type: 'start', name, attrs, selfClosing };
    i = j;

    if (RAW_TEXT.has(name) && !selfClosing) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      if (close < 0) return;
      const gt = html.indexOf('>', close);
      yield { type: 'end', name };
      i = gt < 0 ? n : gt + 1;
    }
  }
}

/** HTML whitespace: space, tab, LF, FF, CR. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}
