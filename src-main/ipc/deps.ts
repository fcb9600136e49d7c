/**
 * What the IPC handlers need from the outside world, as small interfaces: main/index.ts passes
 * Node's fs and Electron's dialogs and windows; the unit tests pass fakes.
 */

/** The few file operations the handlers use (Node's `fs/promises` in the app). */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** Creates a new file (fails if it exists) with these bytes, flushed to disk. */
  writeNewFile(path: string, data: Uint8Array): Promise<void>;
  /** Replaces `to` by `from` in one step (same folder). */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; no error if it does not exist. */
  remove(path: string): Promise<void>;
  mkdirp(path: string): Promise<void>;
  /** Names in a folder; an empty list if the folder does not exist. */
  list(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; isFile: boolean; isDirectory: boolean }>;
}

export interface FileFilter { name: string; extensions: string[] }

/** The system's file dialogs (parented to the main window in the app). */
export interface Dialogs {
  showSave(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpen(options: { title: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface Clock { now(): number }

/** Opens a folder in the system's file manager (Electron's `shell.openPath`): '' or an error text. */
export type FolderOpener = (path: string) => Promise<string>;

/** Folders the app writes to. */
export interface AppPaths {
  /** The pinned data folder (main/user-data.ts). */
  userData: string;
  /** Where save dialogs start (the user's 文档 folder). */
  documents: string;
}

/** A hidden page that prints HTML (a hidden BrowserWindow in the app). */
export interface PrintWindow {
  loadHtml(html: string): Promise<void>;
  executeJavaScript(code: string): Promise<unknown>;
  printToPdf(): Promise<Uint8Array>;
  /** The system print dialog; `printed: false` when the user cancels. */
  print(): Promise<{ printed: boolean; failureReason?: string }>;
  destroy(): void;
}
export type PrintWindowFactory = () => PrintWindow;
