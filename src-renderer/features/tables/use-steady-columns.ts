import { useLayoutEffect, useRef, type RefObject } from 'react';

/** A column is widened only when a drawn line needs this many pixels more (no creep from rounding). */
const SLACK_PX = 2;

/**
 * Columns of a table drawn in blocks (use-paper-window.ts) never narrow while it scrolls. The
 * browser sizes columns by the lines in the page, so a column would narrow and widen as lines with
 * shorter or longer names scroll in and out. After every commit, the cells of a drawn line without
 * merged cells are measured, and the header cell naming each column (`th[data-col]`) gets the
 * widest width seen as its minimum: columns still grow for longer text, never shrink.
 */
export function useSteadyColumns(table: RefObject<HTMLTableElement | null>, columns: number, enabled: boolean): void {
  const widest = useRef<number[]>([]);
  useLayoutEffect(() => {
    const el = table.current;
    if (!el || !enabled) return;
    const heads: HTMLTableCellElement[] = [];
    for (const th of el.querySelectorAll<HTMLTableCellElement>(':scope > thead th[data-col]'))
      heads[Number(th.dataset.col)] = th;
    let line: HTMLTableRowElement | undefined;
    for (const tr of el.querySelectorAll<HTMLTableRowElement>(':scope > tbody[data-chunk] > tr')) {
      if (tr.cells.length === columns) {
        line = tr;
        break;
      }
    }
    if (!line) return;
    for (let i = 0; i < columns; i++) {
      const w = line.cells[i].getBoundingClientRect().width;
      const th = heads[i];
      if (!th || w <= (widest.current[i] ?? 0) + SLACK_PX) continue;
      widest.current[i] = w;
      th.style.boxSizing = 'border-box';
      th.style.minWidth = `${Math.ceil(w)}px`;
    }
  });
}
