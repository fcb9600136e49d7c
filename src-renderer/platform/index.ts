/**
 * The renderer's only way to the desktop shell (src-main/preload): files, printing, backups, the
 * application menu, app info. Each function works in a browser too, in the browser's way (download,
 * file input, print dialog) or by saying what the browser build cannot do.
 */
export { appVersion, desktopBridge, isElectron, onAppClosing } from './bridge';
export {
  openDataFile,
  openDraftFile,
  openTextFile,
  saveFile,
  type OpenedDataFile,
  type OpenedTextFile,
  type SaveOutcome,
  type SaveRequest,
} from './files';
export { printReport, saveReportPdf, type PrintOutcome } from './print-report';
export { backupService, BROWSER_BACKUP_NOTICE, formatBackupTime, formatSize, type BackupService } from './backups';
export { BackupMarks } from './backup-marks';
export { BackupScheduler, DEFAULT_BACKUP_SCHEDULE } from './backup-scheduler';
export { restoreOffers, type RestoreOffer } from './restore-offer';
export {
  commands,
  connectApplicationMenu,
  CommandBus,
  unavailableMessage,
  type CommandHandlers,
  type MenuCommand,
} from './menu-commands';
