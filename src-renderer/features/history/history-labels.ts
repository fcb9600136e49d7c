import { SNAPSHOT_REASON_NAMES, type SnapshotReason } from '../../data/records';

/** “2026-11-22 14:05:09”: local time of a history version, to the second. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** Why the version was kept, in Chinese (打开时 / 导入前 / 定时 / 导出时 / 手动 / 恢复前). */
export function reasonName(reason: SnapshotReason): string {
  return SNAPSHOT_REASON_NAMES[reason] ?? reason;
}
