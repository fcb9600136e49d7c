import type { AppInfo } from '../../../src-core/ipc/contract';
import type { IpcHandler } from '../handler';
import { appInfoHandler } from './app-info';
import {
  listBackupsHandler,
  newestBackupsHandler,
  openBackupFolderHandler,
  restoreBackupHandler,
  writeBackupHandler,
  type BackupDeps,
} from './backups';
import { openFileHandler, saveFileHandler, type FileDeps } from './files';
import { printHandler, printToPdfHandler, type PrintDeps } from './print';

export type HandlerDeps = FileDeps & BackupDeps & PrintDeps & { appInfo: AppInfo };

/** Every IPC handler, one per channel of the contract. */
export function createHandlers(deps: HandlerDeps): IpcHandler[] {
  return [
    saveFileHandler(deps),
    openFileHandler(deps),
    printToPdfHandler(deps),
    printHandler(deps),
    listBackupsHandler(deps),
    writeBackupHandler(deps),
    restoreBackupHandler(deps),
    newestBackupsHandler(deps),
    openBackupFolderHandler(deps),
    appInfoHandler(deps.appInfo),
  ] as IpcHandler[];
}
