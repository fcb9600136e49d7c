/**
 * The typed API the renderer may call. The preload script exposes it as `window.budgetApp`;
 * nothing else of Electron or Node reaches the page. Besides the types, only stable names live
 * here (the bridge key, IPC channels, menu commands): the preload and main must agree on them.
 */

/** Every call answers with a value: expected failures carry a Chinese message for the user. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** What a file holds, which decides its default name, dialog filter and extension. */
export type FileKind = 'xlsx' | 'draft' | 'pdf' | 'template';

/** A file-type filter of an open or save dialog. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** 保存：the bytes (xlsx, pdf) or text (draft) to write, and what names the file. */
export interface SaveFileRequest {
  kind: FileKind;
  /** 部门名称, for the default file name. */
  department: string;
  /** 预算年度, for the default file name. */
  year: number;
  /** The name the officer chose in the app (the save dialog proposes it instead of the default). */
  fileName?: string;
  data: Uint8Array | string;
}
export type SaveFileResult = { saved: false } | { saved: true; path: string };

/** 打开：a draft file (text, validated by the renderer's loader) or a data file to import, .xlsx or .csv (bytes). */
export interface OpenFileRequest {
  kind: 'draft' | 'xlsx';
}
export type OpenFileResult =
  | { opened: false }
  | { opened: true; kind: 'draft'; path: string; name: string; text: string }
  | { opened: true; kind: 'xlsx'; path: string; name: string; bytes: Uint8Array };

/** The printed disclosure as a whole HTML document (the report's own CSS sets pages). */
export interface PrintRequest {
  html: string;
}
export type PrintResult = { printed: boolean };

/** One backup of one draft, `{userData}/backups/{draftId}/{file}`. */
export interface BackupEntry {
  draftId: string;
  file: string;
  savedAt: number;
  size: number;
}
export interface DraftIdRequest {
  draftId: string;
}
export interface WriteBackupRequest {
  draftId: string;
  text: string;
}
export interface RestoreBackupRequest {
  draftId: string;
  file: string;
}
export interface RestoredBackup {
  draftId: string;
  file: string;
  savedAt: number;
  text: string;
}
/** Per draft, the time of its newest backup (ms since epoch). */
export interface NewestBackup {
  draftId: string;
  savedAt: number;
}

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  platform: string;
  userData: string;
  backups: string;
}

/** IPC channels: stable ids, one per operation. */
export const CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:pdf',
  print: 'print:dialog',
  listBackups: 'backup:list',
  writeBackup: 'backup:write',
  restoreBackup: 'backup:restore',
  newestBackups: 'backup:newest',
  openBackupFolder: 'backup:open-folder',
  appInfo: 'app:info',
} as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Argument and answer of every channel. */
export interface IpcApi {
  'file:save': { arg: SaveFileRequest; value: SaveFileResult };
  'file:open': { arg: OpenFileRequest; value: OpenFileResult };
  'print:pdf': { arg: PrintRequest; value: Uint8Array };
  'print:dialog': { arg: PrintRequest; value: PrintResult };
  'backup:list': { arg: DraftIdRequest; value: BackupEntry[] };
  'backup:write': { arg: WriteBackupRequest; value: BackupEntry };
  'backup:restore': { arg: RestoreBackupRequest; value: RestoredBackup };
  'backup:newest': { arg: undefined; value: NewestBackup[] };
  'backup:open-folder': { arg: undefined; value: { path: string } };
  'app:info': { arg: undefined; value: AppInfo };
}

/** Commands of the application menu, sent from main to the renderer on {@link MENU_CHANNEL}. */
export const MENU_COMMANDS = [
  'file:new',
  'file:open',
  'file:import',
  'file:export-xlsx',
  'file:export-pdf',
  'file:print',
  'edit:undo',
  'edit:redo',
  'help:about',
  'help:manual',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'menu:command';

/**
 * Closing the main window: main asks the page on {@link CLOSING_CHANNEL} to finish (the open
 * draft's last automatic backup); the page answers on {@link CLOSE_READY_CHANNEL}. Main closes the
 * window after the answer or a time-out (main/close-guard.ts).
 */
export const CLOSING_CHANNEL = 'app:closing';
export const CLOSE_READY_CHANNEL = 'app:close-ready';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export interface BudgetAppBridge {
  /** Always `electron` when the bridge exists; the browser build has no bridge at all. */
  readonly platform: 'electron';
  /** The app's version (package.json `version`). */
  readonly version: string;
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResult>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenFileResult>>;
  printToPdf(request: PrintRequest): Promise<IpcResult<Uint8Array>>;
  print(request: PrintRequest): Promise<IpcResult<PrintResult>>;
  listBackups(request: DraftIdRequest): Promise<IpcResult<BackupEntry[]>>;
  writeBackup(request: WriteBackupRequest): Promise<IpcResult<BackupEntry>>;
  restoreBackup(request: RestoreBackupRequest): Promise<IpcResult<RestoredBackup>>;
  /** On start: per draft, its newest backup, to offer a restore when the database lags behind. */
  newestBackups(): Promise<IpcResult<NewestBackup[]>>;
  /** 打开备份文件夹 in the system's file manager; answers the folder's path. */
  openBackupFolder(): Promise<IpcResult<{ path: string }>>;
  appInfo(): Promise<IpcResult<AppInfo>>;
  /** Listens to the application menu; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Work to finish before the window closes (the last backup); the window closes when every such
   * promise has settled, or after a few seconds. Returns the function that removes it.
   */
  onClosing(listener: () => Promise<void>): () => void;
}

/** The name under which the bridge is exposed on `window`. */
export const BRIDGE_KEY = 'budgetApp';
