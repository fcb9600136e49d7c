import type { BudgetAppBridge } from '../../src-core/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload script; absent in a browser. */
    budgetApp?: BudgetAppBridge;
  }
}

/**
 * The desktop bridge (src-main/preload), or null in a browser. Its presence is what tells the
 * desktop app from the browser build; nothing else in the renderer reads `window.budgetApp`.
 */
export function desktopBridge(): BudgetAppBridge | null {
  if (typeof window === 'undefined') return null;
  const bridge = window.budgetApp;
  return bridge && bridge.platform === 'electron' ? bridge : null;
}

/** True inside the desktop app (the preload bridge is present). */
export function isElectron(): boolean {
  return desktopBridge() !== null;
}

/**
 * Work to finish before the desktop window closes (the open draft's last backup); the window waits
 * a few seconds at most. Returns the function that removes it; does nothing in a browser.
 */
export function onAppClosing(work: () => Promise<void>): () => void {
  return desktopBridge()?.onClosing(work) ?? (() => {});
}

/** The app version when the desktop bridge reports one. */
export function appVersion(): string | undefined {
  return desktopBridge()?.version;
}
