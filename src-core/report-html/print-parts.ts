/**
 * A very large report is printed to PDF in parts, one document after another, whose PDFs are then
 * joined: Chromium keeps every page of a print job in memory (about 3 MB a page), so the 13,000
 * pages of a 500,000-line draft cannot be printed at once. The report (render.ts) is a run of
 * sheets (`<section class="sheet …">`), each starting a page, and a long table is a sheet per
 * chunk (table-chunks.ts), so a part can end after any sheet without changing a page.
 *
 * Each part is a complete document: the report's head and styles, the watermark, its sheets. Page
 * numbers go on from the part before (`firstPage`). Links of the 目录 to sheets in another part
 * get a stand-in target in the part (`placeholders`), which the joined PDF points at the real one.
 */

/** Most table lines (`<tr>`) in one printed part: about 900 pages, some 3 GB of Chromium's memory. */
export const PART_LINES = 20_000;

/** Marks a stand-in link target; the joined PDF sends its links to the real one (pdf-parts.ts). */
export const PLACEHOLDER_CLASS = 'print-anchor';

export interface PrintPart {
  /** The part as a complete HTML document. */
  html: string;
  /** Anchors the part links to but holds only as stand-ins (their sheets are in another part). */
  placeholders: string[];
}

const SHEET_START = '\n<section class="sheet';
const BODY_START = '<body>\n';
const BODY_END = '\n</body>';

const lineCount = (html: string) => html.split('<tr').length - 1;

/**
 * Cuts a report into parts of at most `maxLines` table lines, between sheets (a sheet heavier
 * than that is a part of its own). A report within the limit, or one that is not a report
 * (no sheets), is one part: the document itself.
 */
export function splitForPrint(html: string, maxLines: number = PART_LINES): string[] {
  const bodyStart = html.indexOf(BODY_START);
  const bodyEnd = html.lastIndexOf(BODY_END);
  const first = bodyStart < 0 ? -1 : html.indexOf(SHEET_START.slice(1), bodyStart);
  if (first < 0 || bodyEnd < first || lineCount(html) <= maxLines) return [html];
  const head = html.slice(0, first); // up to <body>, and the watermark
  const tail = html.slice(bodyEnd);
  const sheets = html.slice(first, bodyEnd).split(SHEET_START);
  const parts: string[] = [];
  let current: string[] = [];
  let lines = 0;
  for (let i = 0; i < sheets.length; i++) {
    const sheet = i === 0 ? sheets[i] : SHEET_START.slice(1) + sheets[i];
    const n = lineCount(sheet);
    if (current.length > 0 && lines + n > maxLines) {
      parts.push(head + current.join('\n') + tail);
      current = [];
      lines = 0;
    }
    current.push(sheet);
    lines += n;
  }
  parts.push(head + current.join('\n') + tail);
  return parts;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** The anchors a document links to (`href="#…"`: the 目录). */
export function linkTargets(html: string): Set<string> {
  return new Set([...html.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1]));
}

/**
 * A part ready to print: page numbers starting at `firstPage` (the cover is page 1 of the first
 * part). Chromium writes a named destination only for an anchor the document links to, and drops a
 * link to an anchor it does not hold; so the part gets empty links (`PLACEHOLDER_CLASS`, out of
 * the flow at the top of its first page) to each anchor of `linked` it holds, and a stand-in
 * target for each it links to but does not hold.
 */
export function preparePart(html: string, firstPage: number, linked: ReadonlySet<string>): PrintPart {
  const defined = ids(html);
  const placeholders = [...linkTargets(html)].filter((id) => !defined.has(id));
  const held = [...linked].filter((id) => defined.has(id));
  const anchors = [
    ...held.map((id) => `<a class="${PLACEHOLDER_CLASS}" href="#${id}"></a>`),
    ...placeholders.map((id) => `<span class="${PLACEHOLDER_CLASS}" id="${id}"></span>`),
  ].join('');
  const css = [
    firstPage > 1 ? `@page :first { counter-increment: page ${firstPage}; }` : '',
    anchors ? `.${PLACEHOLDER_CLASS} { position: absolute; top: 0; left: 0; }` : '',
  ].join('\n');
  let out = html;
  if (css.trim()) out = out.replace('</style>', `${css}\n</style>`);
  if (anchors) out = out.replace(BODY_START, `${BODY_START}${anchors}\n`);
  return { html: out, placeholders };
}
