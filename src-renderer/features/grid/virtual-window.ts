/** Height of one grid row in pixels (rows are all the same height, so the window is arithmetic). */
export const ROW_HEIGHT = 28;

/** Rows drawn beyond the visible ones on each side, so that a fast scroll shows no blank band. */
const OVERSCAN = 8;

/** The rows to draw for a scroll position: only these are in the DOM, whatever the draft's size. */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowCount: number,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + OVERSCAN);
  return { first, last };
}

/**
 * The most rows `visibleRows` returns for a viewport height, whatever the scroll position: the size
 * of the pool of row elements the grid reuses while scrolling (row `r` is drawn by element
 * `r % capacity`, so that a scroll rewrites the rows' text instead of creating and removing them).
 */
export function windowCapacity(viewportHeight: number): number {
  return Math.max(1, Math.ceil(Math.max(0, viewportHeight) / ROW_HEIGHT) + 2 * OVERSCAN + 2);
}

/** Rows that fit in the viewport (PageUp/PageDown step). */
export function pageRows(viewportHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT) - 1);
}

/** The scrollTop that brings `row` into view (unchanged when it already is). */
export function scrollToReveal(row: number, scrollTop: number, viewportHeight: number): number {
  const top = row * ROW_HEIGHT;
  if (top < scrollTop) return top;
  if (top + ROW_HEIGHT > scrollTop + viewportHeight) return top + ROW_HEIGHT - viewportHeight;
  return scrollTop;
}
