import type { BrowserWindowConstructorOptions } from 'electron';

/** Window title and product name (package.json `productName`). */
export const APP_TITLE = '部门预算公开编制';

/**
 * Content Security Policy of the app's pages: everything from the app itself, nothing remote,
 * no eval. Inline styles are not needed: the built CSS is a file and React sets `style` through
 * the CSSOM, which CSP does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for the dev server only (`npm start`): Vite injects the React refresh preamble
 * as an inline script and CSS as inline <style> elements. Still nothing remote, still no eval.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

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
