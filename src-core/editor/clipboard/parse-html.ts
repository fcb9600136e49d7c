import { decodeEntities } from './html-entities';
import { tokenizeHtml } from './html-tokens';

/**
 * Reads the HTML clipboard flavour Excel, WPS, LibreOffice and Google Sheets put beside the text
 * one. It is richer than TSV where it matters for a budget sheet: merged cells (colspan/rowspan)
 * keep the other cells in place, and a cell's line breaks are `<br>` rather than quoting rules.
 *
 * The cells of the first top-level `<table>` as a rectangular block, or null when the HTML has no
 * table (then the caller falls back to the text flavour). Rules:
 * - a merged area gives its text to its top-left cell and '' to the others (like Excel's “取消合并”);
 * - whitespace in the markup collapses to one space and is trimmed around each line, as a browser
 *   renders it (Excel wraps long source lines), `<br>` is a line break inside the cell, a `<p>` or
 *   `<div>` after text starts a new line;
 * - `&nbsp;` and other references are decoded (a no-break space becomes a plain space; a cell of
 *   spaces only is '');
 * - attributes other than colspan/rowspan (mso styles, classes, `x:num`) are ignored: the cell
 *   is what the user saw;
 * - markup inside a nested table only adds its text to the enclosing cell;
 * - no DOM APIs (see `tokenizeHtml`).
 */
export function parseHtmlTable(html: string): string[][] | null {
  const rows: string[][] = [];
  /** Per column: how many more rows (this one included) a rowspan from above covers. */
  const spans: number[] = [];
  let depth = 0; // nesting of <table>
  let seenTable = false;
  let row: string[] | null = null;
  let col = 0;
  let cell: { text: string; colspan: number; rowspan: number } | null = null;

  const closeCell = () => {
    if (!cell || !row) return;
    while ((spans[col] ?? 0) > 0) {
      row[col] ??= '';
      col++;
    }
    const value = finishCellText(cell.text);
    for (let k = 0; k < cell.colspan; k++) {
      row[col + k] = k === 0 ? value : '';
      spans[col + k] = Math.max(spans[col + k] ?? 0, cell.rowspan);
    }
    col += cell.colspan;
    cell = null;
  };
  const closeRow = () => {
    closeCell();
    if (!row) return;
    for (let c = 0; c < spans.length; c++) {
      if ((spans[c] ?? 0) > 0) {
        row[c] ??= '';
        spans[c] -= 1;
      }
    }
    rows.push(Array.from(row, (v) => v ?? ''));
    row = null;
  };
  const openRow = () => {
    closeRow();
    row = [];
    col = 0;
  };

  for (const token of tokenizeHtml(html)) {
    if (token.type === 'start' && token.name === 'table') {
      if (depth === 0 && seenTable) break;
      seenTable = true;
      depth++;
      continue;
    }
    if (token.type === 'end' && token.name === 'table') {
      if (depth === 0) continue;
      depth--;
      if (depth === 0) break;
      continue;
    }
    if (depth === 0) continue;

    if (depth === 1 && token.type === 'start' && token.name === 'tr') {
      openRow();
    } else if (depth === 1 && token.type === 'end' && token.name === 'tr') {
      closeRow();
    } else if (depth === 1 && token.type === 'start' && (token.name === 'td' || token.name === 'th')) {
      if (!row) openRow();
      closeCell();
      cell = {
        text: '',
        colspan: spanAttr(token.attrs.colspan, 1000),
        rowspan: spanAttr(token.attrs.rowspan, 65534),
      };
    } else if (depth === 1 && token.type === 'end' && (token.name === 'td' || token.name === 'th')) {
      closeCell();
    } else if (cell) {
      if (token.type === 'text') {
        cell.text += decodeEntities(token.raw.replace(/[ \t\n\r\f]+/g, ' '));
      } else if (token.type === 'start' && token.name === 'br') {
        cell.text += '\n';
      } else if (token.type === 'start' && (token.name === 'p' || token.name === 'div')) {
        if (cell.text.trim() !== '' && !cell.text.endsWith('\n')) cell.text += '\n';
      } else if (token.type === 'start' && (token.name === 'td' || token.name === 'th')) {
        cell.text += ' '; // a nested table's cells: keep their texts apart
      }
    }
  }
  closeRow();

  if (!seenTable) return null;
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}

/** A colspan/rowspan attribute as a count between 1 and `max` (HTML's own limits). */
function spanAttr(value: string | undefined, max: number): number {
  const m = /^\s*(\d+)/.exec(value ?? '');
  if (!m) return 1;
  const n = Number(m[1]);
  return n < 1 ? 1 : Math.min(n, max);
}

/** Lines trimmed of the spaces left by collapsing, then no-break spaces made plain. */
function finishCellText(text: string): string {
  if (!/[ \n\u00A0]/.test(text)) return text; // nothing to trim or replace
  const lines = text.split('\n').map((line) => line.replace(/^ +| +$/g, ''));
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const value = lines.join('\n').replace(/\u00A0/g, ' ');
  return value.trim() === '' ? '' : value;
}
