import type { AppInfo, BackupEntry, IpcResult, NewestBackup, RestoredBackup } from '../../src-core/ipc/contract';
import { desktopBridge } from './bridge';

export type { AppInfo, BackupEntry, NewestBackup, RestoredBackup };

/** Said on screen where the browser build cannot back up. */
export const BROWSER_BACKUP_NOTICE =
  '浏览器版不能自动备份：草稿只保存在本浏览器中，清除浏览器数据会一并删除。请经常用“导出草稿文件”保存副本；桌面版会把每份草稿自动备份到电脑上的备份文件夹。';

/** The desktop app's backup folder operations (src-main/ipc/handlers/backups.ts). */
export interface BackupService {
  list(draftId: string): Promise<IpcResult<BackupEntry[]>>;
  write(draftId: string, text: string): Promise<IpcResult<BackupEntry>>;
  restore(draftId: string, file: string): Promise<IpcResult<RestoredBackup>>;
  newest(): Promise<IpcResult<NewestBackup[]>>;
  appInfo(): Promise<IpcResult<AppInfo>>;
  /** 打开备份文件夹 in the system's file manager. */
  openFolder(): Promise<IpcResult<{ path: string }>>;
}

async function call<T>(work: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  try {
    return await work();
  } catch (e) {
    return { ok: false, error: `与桌面程序通信失败（${e instanceof Error ? e.message : String(e)}）。请重启程序。` };
  }
}

/** Backups in the desktop app; null in a browser (nothing is backed up there: say so). */
export function backupService(): BackupService | null {
  const bridge = desktopBridge();
  if (!bridge) return null;
  return {
    list: (draftId) => call(() => bridge.listBackups({ draftId })),
    write: (draftId, text) => call(() => bridge.writeBackup({ draftId, text })),
    restore: (draftId, file) => call(() => bridge.restoreBackup({ draftId, file })),
    newest: () => call(() => bridge.newestBackups()),
    appInfo: () => call(() => bridge.appInfo()),
    openFolder: () => call(() => bridge.openBackupFolder()),
  };
}

/** “2026-11-22 14:03:05” in the computer's time zone. */
export function formatBackupTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** “812 字节”, “35.2 KB”, “12.4 MB”. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
