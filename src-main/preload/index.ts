import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_KEY,
  CHANNELS,
  CLOSE_READY_CHANNEL,
  CLOSING_CHANNEL,
  isMenuCommand,
  MENU_CHANNEL,
  type BudgetAppBridge,
} from '../../src-core/ipc/contract';

/** Injected at build time from package.json (electron.vite.config.ts). */
declare const __APP_VERSION__: string;

/** Work the page finishes before the window closes (onClosing). */
const closing = new Set<() => Promise<void>>();
ipcRenderer.on(CLOSING_CHANNEL, () => {
  void Promise.allSettled([...closing].map((work) => work())).then(() => ipcRenderer.send(CLOSE_READY_CHANNEL));
});

/**
 * One method per operation, each a single `invoke` on its channel: the page never sees
 * ipcRenderer, events or any Node object. Arguments are checked again in main.
 */
const bridge: BudgetAppBridge = {
  platform: 'electron',
  version: __APP_VERSION__,
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  printToPdf: (request) => ipcRenderer.invoke(CHANNELS.printToPdf, request),
  print: (request) => ipcRenderer.invoke(CHANNELS.print, request),
  listBackups: (request) => ipcRenderer.invoke(CHANNELS.listBackups, request),
  writeBackup: (request) => ipcRenderer.invoke(CHANNELS.writeBackup, request),
  restoreBackup: (request) => ipcRenderer.invoke(CHANNELS.restoreBackup, request),
  newestBackups: () => ipcRenderer.invoke(CHANNELS.newestBackups),
  openBackupFolder: () => ipcRenderer.invoke(CHANNELS.openBackupFolder),
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  onMenuCommand(listener) {
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
  onClosing(listener) {
    const work = () => listener();
    closing.add(work);
    return () => {
      closing.delete(work);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
