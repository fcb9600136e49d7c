/**
 * Which body lines of a long table the preview draws. A table of 70,000 lines (T11 at 200,000
 * expense lines) cannot sit in the page: it is cut into blocks of `CHUNK_LINES` lines, and only the
 * blocks near the visible band are drawn; the others are stood in for by empty space of their
 * height. Lines wrap (names, 目标), so heights are measured once drawn and guessed until then, from
 * the lines measured so far.
 */

/** Body lines drawn as one block (one `<tbody>`): the unit the preview draws, measures and skips. */
export const CHUNK_LINES = 100;

/** Tables of at most this many lines are drawn whole, every line in the page (Ctrl+F finds them). */
export const WHOLE_TABLE_LINES = 1000;

/** Height of a line in pixels until some are measured (13px text, 4px padding, a 1px rule). */
export const LINE_HEIGHT_GUESS = 26;

/** Drawn beyond the visible band on each side, in pixels, so that a scroll shows no blank band. */
export const OVERSCAN_PX = 800;

/** Blocks `first`..`last` (inclusive) are drawn; `before`/`after` px of space stand for the rest. */
export interface ChunkWindow {
  first: number;
  last: number;
  before: number;
  after: number;
}

export function sameWindow(a: ChunkWindow, b: ChunkWindow): boolean {
  return (
    a.first === b.first && a.last === b.last && Math.abs(a.before - b.before) < 1 && Math.abs(a.after - b.after) < 1
  );
}

/** Heights of a table's blocks: measured where drawn, guessed from the measured lines elsewhere. */
export class ChunkHeights {
  private measured: (number | undefined)[] = [];
  private lineCount = 0;

  constructor(lineCount: number) {
    this.resize(lineCount);
  }

  /** The table got or lost lines: blocks keep their measurements as guesses for what they now hold. */
  resize(lineCount: number): void {
    this.lineCount = Math.max(0, lineCount);
    this.measured.length = this.count;
  }

  get count(): number {
    return Math.ceil(this.lineCount / CHUNK_LINES);
  }

  /** Lines of block `c`: [start, end). */
  lines(c: number): { start: number; end: number } {
    const start = c * CHUNK_LINES;
    return { start, end: Math.min(this.lineCount, start + CHUNK_LINES) };
  }

  set(c: number, px: number): void {
    if (c >= 0 && c < this.count) this.measured[c] = px;
  }

  /** Height of a line where none of its block is measured: the average of the measured lines. */
  private lineGuess(): number {
    let px = 0;
    let lines = 0;
    for (let c = 0; c < this.measured.length; c++) {
      const h = this.measured[c];
      if (h === undefined) continue;
      const { start, end } = this.lines(c);
      px += h;
      lines += end - start;
    }
    return lines > 0 ? px / lines : LINE_HEIGHT_GUESS;
  }

  /**
   * The blocks to draw for the band [top, bottom] in pixels from the first body line (it may reach
   * beyond the body on either side): every block when the table is short.
   */
  window(top: number, bottom: number): ChunkWindow {
    const n = this.count;
    if (n === 0) return { first: 0, last: -1, before: 0, after: 0 };
    if (this.lineCount <= WHOLE_TABLE_LINES) return { first: 0, last: n - 1, before: 0, after: 0 };
    const guess = this.lineGuess();
    const height = (c: number) => {
      const { start, end } = this.lines(c);
      return this.measured[c] ?? (end - start) * guess;
    };
    let y = 0;
    let first = -1;
    let last = n - 1;
    let before = 0;
    for (let c = 0; c < n; c++) {
      const h = height(c);
      if (first < 0 && (y + h > top || c === n - 1)) {
        first = c;
        before = y;
      }
      if (first >= 0 && y + h >= bottom) {
        last = c;
        break;
      }
      y += h;
    }
    let after = 0;
    for (let c = last + 1; c < n; c++) after += height(c);
    return { first, last, before, after };
  }
}
