import type { SenderInfo } from '../ipc/handler';
import { appWindowPage, trustedListener } from './sender';

/** What the close guard needs: telling the page, closing for real, and a timer. */
export interface CloseGuardDeps {
  /** Asks the page to finish its work (the last automatic backup) before the window closes. */
  askPage(): void;
  /** Closes the window for real. */
  close(): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** How long the page may take before the window closes anyway. */
  timeoutMs: number;
}

export interface CloseGuard {
  /** The window's `close` event: held back (once) until the page is ready or the time is up. */
  onClose(event: { preventDefault(): void }): void;
  /** The page says it is done. */
  onPageReady(): void;
}

/** Time the page has to write its last backup when the window is closed. */
export const CLOSE_TIMEOUT_MS = 5_000;

/**
 * Closing the main window first gives the page a moment to write the open draft's last backup
 * (edits themselves are already on disk): the first `close` is held back and the page asked; the
 * window closes when the page answers or after `timeoutMs`, whichever comes first. A page that
 * hangs can therefore never keep the window open.
 */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let state: 'open' | 'waiting' | 'closing' = 'open';
  let timer: unknown = null;
  const finish = () => {
    if (state !== 'waiting') return;
    state = 'closing';
    if (timer !== null) deps.clearTimeout(timer);
    timer = null;
    deps.close();
  };
  return {
    onClose(event) {
      if (state === 'closing') return;
      event.preventDefault();
      if (state === 'waiting') return;
      state = 'waiting';
      timer = deps.setTimeout(() => {
        timer = null;
        finish();
      }, deps.timeoutMs);
      deps.askPage();
    },
    onPageReady: finish,
  };
}

/**
 * `app:close-ready` (main/index.ts): heard only from the top frame of a window that has a close
 * guard (the main window), showing the app's own page — the same sender check as every invoked
 * channel; a frame inside the page or a page navigated elsewhere cannot close the window early.
 */
export function closeReadyListener(
  guards: ReadonlyMap<number, CloseGuard>,
  appUrl: string,
): (sender: SenderInfo) => boolean {
  return trustedListener(
    appWindowPage((id) => guards.has(id), appUrl),
    (sender) => guards.get(sender.webContentsId)?.onPageReady(),
  );
}
