import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
} from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLOSE_READY_CHANNEL, CLOSING_CHANNEL, MENU_CHANNEL } from '../../src-core/ipc/contract';
import type { Dialogs } from '../ipc/deps';
import { invokeHandler, type SenderInfo } from '../ipc/handler';
import { createHandlers } from '../ipc/handlers';
import { backupsRoot } from '../ipc/handlers/backups';
import { DEFAULT_PRINT_TIMEOUT_MS } from '../ipc/handlers/print';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponse } from './app-protocol';
import { CLOSE_TIMEOUT_MS, closeReadyListener, createCloseGuard, type CloseGuard } from './close-guard';
import { externalUrl } from './external-links';
import { menuTemplate } from './menu';
import { navigationDecision, windowOpenDecision } from './navigation';
import { nodeFileSystem } from '../fs/node-fs';
import { applyPermissionPolicy } from './permissions';
import { printFolder } from './print-page';
import { printWindowFactory } from './print-window';
import { startupEnvironment } from './startup-environment';
import { withTestDialogs } from './test-hooks';
import { mainWindowOnly } from './sender';
import { userDataDir } from './user-data';
import { APP_TITLE, CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, mainWindowOptions } from './window-options';

/**
 * The dev server (`npm start`) and the end-to-end tests' hooks, from the environment: ignored by a
 * packaged app, the dev server accepted on this machine only (startup-environment.ts).
 */
const { devServerUrl, hooks } = startupEnvironment(process.env, app.isPackaged);
const here = import.meta.dirname;
const appUrl = devServerUrl ?? APP_INDEX_URL;
/** The built renderer, served as app://bundle/… (app-protocol.ts). */
const rendererRoot = join(here, '../renderer');

// Before the app is ready: the renderer's scheme is standard and secure (a real origin for
// IndexedDB, 'self' and module workers).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// The data folder is pinned before anything reads it (the single-instance lock lives in it too).
app.setPath('userData', hooks.userData ?? userDataDir(app.getPath('appData'), devServerUrl !== null));
app.enableSandbox();
// No web permission for any page, in every session (the default one, the print windows', any other).
app.on('session-created', (created) => applyPermissionPolicy(created));
if (process.platform === 'win32') app.setAppUserModelId('cn.budgetdisclosure.desktop');

let mainWindow: BrowserWindow | null = null;
/** Per main window (by web contents id): holds its closing back for the page's last backup. */
const closeGuards = new Map<number, CloseGuard>();

function installContentSecurityPolicy(): void {
  const policy = devServerUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  // No camera, microphone, notifications, geolocation…: the app asks for none (permissions.ts).
  applyPermissionPolicy(session.defaultSession);
}

/** app://bundle/… answers with the built renderer's files, each with the CSP; nothing else. */
function serveRenderer(): void {
  if (devServerUrl) return;
  protocol.handle(APP_SCHEME, async (request) => {
    const r = await appResponse(request.url, rendererRoot, (path) => readFile(path), CONTENT_SECURITY_POLICY);
    return new Response(r.body as ConstructorParameters<typeof Response>[0], { status: r.status, headers: r.headers });
  });
}

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(here, '../preload/index.cjs')));
  win.once('ready-to-show', () => win.show());
  const contentsId = win.webContents.id;
  const guard = createCloseGuard({
    askPage: () => win.webContents.send(CLOSING_CHANNEL),
    close: () => win.close(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    timeoutMs: CLOSE_TIMEOUT_MS,
  });
  closeGuards.set(contentsId, guard);
  win.on('close', (event) => guard.onClose(event));
  win.on('closed', () => {
    closeGuards.delete(contentsId);
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(appUrl);
  mainWindow = win;
  return win;
}

function senderInfo(event: IpcMainInvokeEvent | IpcMainEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

function electronDialogs(): Dialogs {
  return {
    showSave: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    showOpen: (options) => {
      const full = { ...options, properties: ['openFile' as const] };
      return mainWindow ? dialog.showOpenDialog(mainWindow, full) : dialog.showOpenDialog(full);
    },
  };
}

/** Every channel of the contract (src-main/ipc/handlers), behind the sender check. */
function registerIpc(): void {
  const paths = { userData: app.getPath('userData'), documents: app.getPath('documents') };
  const handlers = createHandlers({
    fs: nodeFileSystem,
    dialogs: withTestDialogs(electronDialogs(), hooks),
    openFolder: (path) => shell.openPath(path),
    paths,
    clock: { now: () => Date.now() },
    createWindow: printWindowFactory(printFolder(paths.userData)),
    timeoutMs: DEFAULT_PRINT_TIMEOUT_MS,
    appInfo: {
      name: APP_TITLE,
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      platform: process.platform,
      userData: paths.userData,
      backups: backupsRoot(paths.userData),
    },
  });
  const trusted = mainWindowOnly(
    () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.id : null),
    appUrl,
  );
  for (const handler of handlers) {
    ipcMain.handle(handler.channel, (event, arg: unknown) => invokeHandler(handler, senderInfo(event), arg, trusted));
  }
  // The page finished its work before closing: heard only from a main window's top frame at the
  // app's URL, like every invoked channel (close-guard.ts).
  const closeReady = closeReadyListener(closeGuards, appUrl);
  ipcMain.on(CLOSE_READY_CHANNEL, (event) => {
    closeReady(senderInfo(event));
  });
}

function installMenu(): void {
  const template = menuTemplate((command) => mainWindow?.webContents.send(MENU_CHANNEL, command), {
    dev: devServerUrl !== null,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Hands an allow-listed https link to the system browser, as checked and normalised (external-links.ts). */
function openExternal(url: string): void {
  const target = externalUrl(url);
  if (target !== null) void shell.openExternal(target).catch(() => undefined);
}

// Every page (the main window, print windows, anything they might try to open) stays inside the
// app; allow-listed official sites open in the system browser.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenDecision(url) === 'external') openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url, appUrl);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'external') openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (navigationDecision(url, appUrl) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  void app.whenReady().then(() => {
    installContentSecurityPolicy();
    serveRenderer();
    registerIpc();
    installMenu();
    createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
