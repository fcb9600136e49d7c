/**
 * The typed API the renderer may call (types only). The preload script exposes it as
 * `window.budgetApp`; nothing else of Electron or Node reaches the page.
 */
export interface BudgetAppBridge {
  /** Always `electron` when the bridge exists; the browser build has no bridge at all. */
  readonly platform: 'electron';
  /** The app's version (package.json `version`). */
  readonly version: string;
}

/** The name under which the bridge is exposed on `window`. */
export const BRIDGE_KEY = 'budgetApp';
