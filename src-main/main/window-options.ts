import type { BrowserWindowConstructorOptions } from 'electron';

export { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../../src-core/security/content-security-policy';

/** Window title and product name (package.json `productName`). */
export const APP_TITLE = '部门预算公开编制';

/** What every window of the app runs with: isolated, sandboxed, no Node, no webviews. */
const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

/** Options of the main window: a sandboxed, context-isolated page with the preload bridge only. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    title: APP_TITLE,
    show: false,
    backgroundColor: '#f4f1ea',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      ...SECURE_WEB_PREFERENCES,
    },
  };
}

/**
 * Options of the hidden print windows: no preload, sandboxed, JavaScript off (the printed page is
 * HTML and CSS only; a script smuggled into a draft's text could not run there even if escaping
 * failed), in their own session (print-window.ts).
 */
export function printWindowOptions(partition: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      partition,
      ...SECURE_WEB_PREFERENCES,
      javascript: false,
    },
  };
}
