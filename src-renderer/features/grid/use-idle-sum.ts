import { useEffect, useState } from 'react';
import { addSums, NO_SUM, type AmountSum, type AmountSummer } from '../../../src-core/editor/amount-sum';
import type { GridSession } from './grid-session';

/**
 * Rows summed per idle callback: about a millisecond at most, so that a key pressed meanwhile is
 * not kept waiting (an idle period does not end when input arrives: one piece per callback).
 */
const CHUNK = 4000;

type Handle = { idle: number } | { timer: ReturnType<typeof setTimeout> };

/** Runs `work` when the page is idle (at the latest after 200 ms); a timer where idle callbacks are missing. */
function whenIdle(work: () => void): Handle {
  if (typeof requestIdleCallback === 'function') return { idle: requestIdleCallback(work, { timeout: 200 }) };
  return { timer: setTimeout(work, 0) };
}

function cancel(handle: Handle): void {
  if ('idle' in handle) cancelIdleCallback(handle.idle);
  else clearTimeout(handle.timer);
}

/**
 * The amounts of rows `from`…`to` of `ids`, summed while the page is idle, in pieces: a grid of
 * 50,000 lines is summed again after every edit without ever delaying a keystroke or the status
 * bar. Until the sum is done the previous one is shown (null before the first); a new edit or
 * selection starts over.
 */
export function useIdleSum(
  session: GridSession,
  version: number,
  ids: readonly string[],
  summer: AmountSummer,
  from: number,
  to: number,
  enabled = true,
): AmountSum | null {
  const [sum, setSum] = useState<AmountSum | null>(null);
  useEffect(() => {
    if (!enabled) return;
    void version; // the lines read below are those of this version
    const last = Math.min(to, ids.length - 1);
    const lineAt = (row: number) => session.engine.line('expense', ids[row]);
    let row = Math.max(0, from);
    let total = NO_SUM;
    let handle: Handle;
    const step = () => {
      const end = Math.min(last, row + CHUNK - 1);
      total = addSums(total, summer(ids.length, lineAt, row, end));
      row = end + 1;
      if (row <= last) handle = whenIdle(step);
      else setSum(total);
    };
    handle = whenIdle(step);
    return () => cancel(handle);
  }, [enabled, session, version, ids, summer, from, to]);
  return enabled ? sum : null;
}
