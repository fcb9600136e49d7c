/**
 * What the IPC handlers need from the outside world, as small interfaces: main/index.ts passes
 * Node's fs and Electron's dialogs and windows; the unit tests pass fakes.
 */

/** The few file operations the handlers use (src-main/fs: Node's fs in the app, fakes in tests). */
export type { FileSystem } from '../fs/file-system';

import type { FileFilter } from '../../src-core/ipc/contract';

export type { FileFilter };

/** The system's file dialogs (parented to the main window in the app). */
export interface Dialogs {
  showSave(options: {
    title: string;
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpen(options: { title: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface Clock {
  now(): number;
}

/** Opens a folder in the system's file manager (Electron's `shell.openPath`): '' or an error text. */
export type FolderOpener = (path: string) => Promise<string>;

/** Folders the app writes to. */
export interface AppPaths {
  /** The pinned data folder (main/user-data.ts). */
  userData: string;
  /** Where save dialogs start (the user's 文档 folder). */
  documents: string;
}

/**
 * A hidden page that prints HTML (a hidden BrowserWindow in the app, JavaScript off: nothing is run
 * in it; the report uses installed fonts only, so the page is ready to print once loaded).
 */
export interface PrintWindow {
  /** Resolves when the page, with every image, has loaded. */
  loadHtml(html: string): Promise<void>;
  printToPdf(): Promise<Uint8Array>;
  /** The system print dialog; `printed: false` when the user cancels. */
  print(): Promise<{ printed: boolean; failureReason?: string }>;
  destroy(): void;
}
export type PrintWindowFactory = () => PrintWindow;
