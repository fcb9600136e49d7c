import { basename, isAbsolute, join } from 'node:path';
import type { Dialogs } from '../ipc/deps';

/**
 * Environment variables that the end-to-end tests (test/e2e/electron.spec.ts) set to drive the app
 * without a person at the dialogs. Only whoever starts the process can set them, and each only
 * redirects to a folder or file that person names; absent, the app behaves normally.
 */
export interface TestHooks {
  /** BUDGET_TEST_USER_DATA: the data folder (IndexedDB, backups) instead of the pinned one. */
  userData: string | null;
  /** BUDGET_TEST_SAVE_DIR: save dialogs answer “{folder}/{default name}” without showing. */
  saveDir: string | null;
  /** BUDGET_TEST_OPEN_FILE: open dialogs answer this file without showing. */
  openFile: string | null;
}

const absolute = (value: string | undefined): string | null => (value && isAbsolute(value) ? value : null);

const NO_HOOKS: TestHooks = { userData: null, saveDir: null, openFile: null };

/**
 * The hooks set in `env`; a relative path is ignored (a test always names an absolute folder).
 * A packaged (installed) app ignores them all: the tests launch the built, unpackaged app.
 */
export function testHooks(env: Readonly<Record<string, string | undefined>>, packaged = false): TestHooks {
  if (packaged) return NO_HOOKS;
  return {
    userData: absolute(env['BUDGET_TEST_USER_DATA']),
    saveDir: absolute(env['BUDGET_TEST_SAVE_DIR']),
    openFile: absolute(env['BUDGET_TEST_OPEN_FILE']),
  };
}

/** The system dialogs, or, where a hook is set, an answer without a dialog. */
export function withTestDialogs(dialogs: Dialogs, hooks: TestHooks): Dialogs {
  return {
    showSave: (options) =>
      hooks.saveDir
        ? Promise.resolve({ canceled: false, filePath: join(hooks.saveDir, basename(options.defaultPath)) })
        : dialogs.showSave(options),
    showOpen: (options) =>
      hooks.openFile ? Promise.resolve({ canceled: false, filePaths: [hooks.openFile] }) : dialogs.showOpen(options),
  };
}
