import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { ChunkHeights, OVERSCAN_PX, sameWindow, type ChunkWindow } from './paper-window';

/**
 * The blocks of a table's body to draw (paper-window.ts): those near the visible band of
 * `scrollRoot`, followed as it scrolls or is resized. The blocks drawn are measured after every
 * commit, and the window is corrected before the browser paints. Without a scroll root, every
 * block is drawn.
 */
export function usePaperWindow(
  lineCount: number,
  scrollRoot: RefObject<HTMLElement | null> | undefined,
  table: RefObject<HTMLTableElement | null>,
  head: RefObject<HTMLTableSectionElement | null>,
): ChunkWindow {
  const [heights] = useState(() => new ChunkHeights(lineCount));
  heights.resize(lineCount); // idempotent: the same count gives the same blocks
  const [win, setWin] = useState<ChunkWindow>(() => heights.window(-OVERSCAN_PX, 2 * OVERSCAN_PX));

  const update = useCallback(() => {
    const root = scrollRoot?.current;
    const bodyTop = head.current?.getBoundingClientRect().bottom;
    let top = -Infinity;
    let bottom = Infinity;
    if (root && bodyTop !== undefined) {
      const band = root.getBoundingClientRect();
      top = band.top - bodyTop - OVERSCAN_PX;
      bottom = band.bottom - bodyTop + OVERSCAN_PX;
    }
    const next = heights.window(top, bottom);
    setWin((prev) => (sameWindow(prev, next) ? prev : next));
  }, [heights, scrollRoot, head]);

  // After every commit: measure the blocks drawn, then correct the window before the paint.
  useLayoutEffect(() => {
    const el = table.current;
    if (!el) return;
    for (const block of el.querySelectorAll<HTMLElement>('tbody[data-chunk]'))
      heights.set(Number(block.dataset.chunk), block.getBoundingClientRect().height);
    update();
  });

  useEffect(() => {
    const root = scrollRoot?.current;
    if (!root) return;
    root.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(root);
    return () => {
      root.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scrollRoot, update]);

  // Lines may have gone since the window was set: never draw past the last block.
  const last = Math.min(win.last, heights.count - 1);
  return last === win.last ? win : { ...win, last, after: 0 };
}
