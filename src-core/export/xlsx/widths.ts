import type { SheetLayout } from './grid';
import { displayWidth } from '../paper/display-width';

export { displayWidth };

// Column widths and row heights from the display width of the text (`paper/display-width.ts`).
// Excel measures a column in widths of the digit 0, about half a CJK character in 宋体, so a
// display width maps to a column width 1:1.

/** The widest a column of each kind grows before its text wraps (in display width). */
const MAX_WIDTH = { code: 14, name: 44, text: 32, prose: 48, amount: 18 } as const;
const MIN_WIDTH = { code: 9, name: 12, text: 10, prose: 30, amount: 10 } as const;
/** A header over one amount column is broken into lines of at most this width (4 CJK characters). */
export const AMOUNT_HEADER_WRAP = 8;
/** Space for the cell's padding and borders. */
const PADDING = 2;
/** Display width one step of cell indentation takes (Excel indents by about 3 spaces). */
export const INDENT_WIDTH = 3;

/** Amount as `#,##0.00` shows it. */
export function formattedAmount(amount: string): string {
  const neg = amount.startsWith('-');
  const [int, frac = '00'] = (neg ? amount.slice(1) : amount).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}.${frac.padEnd(2, '0').slice(0, 2)}`;
}

/** Width of each column of a sheet, from its body cells and its single-column headers. */
export function columnWidths(layout: SheetLayout): number[] {
  const widths: number[] = layout.columnKinds.map((k) => MIN_WIDTH[k]);
  const fit = (col: number, w: number) => {
    const kind = layout.columnKinds[col];
    widths[col] = Math.max(widths[col], Math.min(MAX_WIDTH[kind], w + PADDING));
  };
  for (let r = layout.headerTop; r <= layout.bodyBottom; r++) {
    const row = layout.cells[r];
    for (let c = 0; c < layout.width; c++) {
      const cell = row[c];
      if (!cell || (layout.mergeAt.get(r * layout.width + c)?.right ?? c) > c) continue;
      if (cell.kind === 'header') {
        const longest = Math.max(...(cell.text ?? '').split('\n').map(displayWidth));
        fit(c, layout.columnKinds[c] === 'amount' ? longest : Math.min(MAX_WIDTH[layout.columnKinds[c]], longest));
      } else if (cell.kind === 'amount') {
        if (cell.amount) fit(c, formattedAmount(cell.amount).length);
      } else if (cell.text) {
        fit(c, displayWidth(cell.text) + (cell.indent ?? 0) * INDENT_WIDTH);
      }
    }
  }
  // A narrow table (T09 with one amount column) still gets its title and 编制单位 line on one line.
  const near = [...layout.cells[layout.titleRow], ...(layout.cells[layout.titleRow + 1] ?? [])];
  const textOf = (kind: string) => near.find((x) => x?.kind === kind)?.text ?? '';
  const need = Math.max(
    Math.ceil(displayWidth(textOf('title')) * TITLE_SCALE) + 4,
    displayWidth(textOf('metaLeft')) + displayWidth(textOf('metaRight')) + 6,
  );
  const total = widths.reduce((a, b) => a + b, 0);
  if (total < need) return widths.map((w) => Math.ceil((w * need) / total));
  return widths;
}

/** The title's font size relative to the body's (16 pt over 10 pt). */
const TITLE_SCALE = 1.6;

/** Words a header line may start with (a break before them reads naturally). */
const BREAK_BEFORE = [
  '预算',
  '支出',
  '收入',
  '经费',
  '资金',
  '结余',
  '补助',
  '费用',
  '运行',
  '购置',
  '经营',
  '管理',
  '（',
];
/** Words a header is not broken inside. */
const WORDS = [
  ...BREAK_BEFORE,
  '一般',
  '公共',
  '单位',
  '附属',
  '上级',
  '国有',
  '资本',
  '政府',
  '基金',
  '财政',
  '专户',
  '事业',
  '结转',
  '公务',
  '用车',
  '出国',
  '接待',
  '维护',
];

/**
 * A column header broken into as few lines no wider than `max` as possible (explicit line breaks,
 * so that Excel and LibreOffice wrap it alike): breaks before words such as 预算/支出, never inside
 * a word when avoidable, lines as even as possible.
 */
export function breakHeader(text: string, max = AMOUNT_HEADER_WRAP): string {
  const chars = [...text];
  // Long titles (rare: layouts may rename columns) are left to the cell's own wrapping.
  if (displayWidth(text) <= max || chars.length < 2 || chars.length > 16) return text;
  // Every way to cut it into lines that fit; the fewest lines win, then the best score.
  const cuts: number[][] = [];
  const walk = (from: number, acc: number[]) => {
    if (from === chars.length) {
      cuts.push(acc);
      return;
    }
    for (let k = from + 1; k <= chars.length && displayWidth(chars.slice(from, k).join('')) <= max; k++)
      walk(k, [...acc, k]);
  };
  walk(0, []);
  if (cuts.length === 0) return text;
  const fewest = Math.min(...cuts.map((c) => c.length));
  let best = cuts[0];
  let bestScore = Infinity;
  for (const cut of cuts.filter((c) => c.length === fewest)) {
    const lines = cut.map((end, i) => chars.slice(i === 0 ? 0 : cut[i - 1], end).join(''));
    const widths = lines.map(displayWidth);
    let score = Math.max(...widths) - Math.min(...widths);
    for (const k of cut.slice(0, -1)) {
      const tail = chars.slice(k).join('');
      if (BREAK_BEFORE.some((w) => tail.startsWith(w))) score -= 6;
      if (
        WORDS.some((w) => {
          const i = text.indexOf(w, Math.max(0, k - w.length + 1));
          return i >= 0 && i < k && i + w.length > k;
        })
      )
        score += 20;
    }
    if (score < bestScore) {
      bestScore = score;
      best = cut;
    }
  }
  return best.map((end, i) => chars.slice(i === 0 ? 0 : best[i - 1], end).join('')).join('\n');
}

/** Lines a text takes in a column of this width (wrapping by display width). */
export function linesIn(text: string, width: number, indent = 0): number {
  const room = Math.max(4, width - PADDING - indent * INDENT_WIDTH);
  let lines = 0;
  for (const part of text.split('\n')) lines += Math.max(1, Math.ceil(displayWidth(part) / room));
  return lines;
}

/** Height of one line of 10-point 宋体, and of a row holding one line (points). */
const LINE_HEIGHT = 13.5;
const ROW_HEIGHT = 18;
const TITLE_HEIGHT = 30;

/**
 * Row heights (points) so that wrapped text shows whole: Excel and LibreOffice do not grow a row
 * for text in merged cells, so every row gets an explicit height. A cell merged down several rows
 * shares its lines among them.
 */
export function rowHeights(layout: SheetLayout, widths: readonly number[]): number[] {
  const heights = layout.cells.map(() => ROW_HEIGHT);
  heights[layout.titleRow] = TITLE_HEIGHT;
  for (let r = 0; r < layout.cells.length; r++) {
    for (let c = 0; c < layout.width; c++) {
      const cell = layout.cells[r][c];
      if (!cell?.text || cell.kind === 'amount' || cell.kind === 'code' || cell.kind === 'title') continue;
      const m = layout.mergeAt.get(r * layout.width + c);
      let width = 0;
      for (let k = c; k <= (m?.right ?? c); k++) width += widths[k];
      const rowsSpanned = m ? m.bottom - m.top + 1 : 1;
      const need = linesIn(cell.text, width, cell.indent ?? 0) * LINE_HEIGHT + (ROW_HEIGHT - LINE_HEIGHT);
      const each = Math.ceil((need / rowsSpanned) * 2) / 2;
      for (let k = r; k < r + rowsSpanned; k++) heights[k] = Math.max(heights[k], each);
    }
  }
  return heights;
}
