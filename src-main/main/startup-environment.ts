import { testHooks, type TestHooks } from './test-hooks';

/**
 * What the process environment may change about the app, decided once at start. Everything here
 * is for development and the end-to-end tests only: an installed (packaged) app ignores it all, so
 * that no one can, by setting a variable before starting it, point the main window — which holds
 * the bridge to the file system — at another page, or redirect its data and dialogs.
 */
export interface StartupEnvironment {
  /**
   * ELECTRON_RENDERER_URL, set by electron-vite in `npm start`: the dev server the main window
   * loads instead of app://bundle. Only an http(s) URL on this machine (localhost, 127.0.0.1, [::1])
   * without credentials; anything else, and any value in a packaged app, is ignored.
   */
  devServerUrl: string | null;
  /** BUDGET_TEST_* (test-hooks.ts). */
  hooks: TestHooks;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `value` is a dev-server URL on this machine (see {@link StartupEnvironment.devServerUrl}). */
export function isLocalDevServerUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    LOOPBACK_HOSTS.has(url.hostname.toLowerCase()) &&
    url.username === '' &&
    url.password === ''
  );
}

/** The one place that reads the environment (main/index.ts passes `process.env` and `app.isPackaged`). */
export function startupEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  packaged: boolean,
): StartupEnvironment {
  const renderer = env['ELECTRON_RENDERER_URL'];
  return {
    devServerUrl: !packaged && renderer !== undefined && isLocalDevServerUrl(renderer) ? renderer : null,
    hooks: testHooks(env, packaged),
  };
}
