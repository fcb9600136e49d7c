import { describe, expect, it } from 'vitest';
import {
  CHUNK_LINES,
  ChunkHeights,
  LINE_HEIGHT_GUESS,
  WHOLE_TABLE_LINES,
  sameWindow,
} from '../../../src-renderer/features/tables/paper-window';

describe('the blocks of a long table the 公开表 draws (paper-window)', () => {
  it('draws a short table whole, wherever the view is', () => {
    const h = new ChunkHeights(WHOLE_TABLE_LINES);
    expect(h.window(50_000, 51_000)).toEqual({ first: 0, last: 9, before: 0, after: 0 });
  });

  it('draws nothing for a table without lines', () => {
    expect(new ChunkHeights(0).window(0, 1000)).toEqual({ first: 0, last: -1, before: 0, after: 0 });
  });

  it('draws the blocks under the band and stands for the others with their guessed height', () => {
    const h = new ChunkHeights(68_127); // T11 at 200,000 expense lines
    const block = CHUNK_LINES * LINE_HEIGHT_GUESS;
    const w = h.window(-800, 1600);
    expect(w).toEqual({ first: 0, last: 0, before: 0, after: (68_127 - CHUNK_LINES) * LINE_HEIGHT_GUESS });
    const mid = h.window(10 * block + 10, 11 * block + 10);
    expect([mid.first, mid.last]).toEqual([10, 11]);
    expect(mid.before).toBe(10 * block);
    expect(mid.before + 2 * block + mid.after).toBeCloseTo(68_127 * LINE_HEIGHT_GUESS, 6);
  });

  it('guesses unmeasured blocks from the lines measured so far', () => {
    const h = new ChunkHeights(5_000);
    h.set(0, 3_000); // 100 lines of 30 px
    const w = h.window(3_000 + 60 * 30, 3_000 + 70 * 30);
    expect([w.first, w.last]).toEqual([1, 1]);
    expect(w.before).toBe(3_000);
    expect(w.after).toBeCloseTo(48 * 3_000, 6);
  });

  it('shows the last block when the band is past the end (the table got shorter)', () => {
    const h = new ChunkHeights(5_000);
    const w = h.window(10_000_000, 10_001_000);
    expect([w.first, w.last, w.after]).toEqual([49, 49, 0]);
    h.resize(2_050);
    expect(h.count).toBe(21);
    expect(h.lines(20)).toEqual({ start: 2_000, end: 2_050 });
    expect(h.window(10_000_000, 10_001_000).first).toBe(20);
  });

  it('tells equal windows apart from moved ones', () => {
    const a = { first: 2, last: 3, before: 100, after: 900 };
    expect(sameWindow(a, { ...a, before: 100.4 })).toBe(true);
    expect(sameWindow(a, { ...a, last: 4 })).toBe(false);
    expect(sameWindow(a, { ...a, after: 950 })).toBe(false);
  });
});
