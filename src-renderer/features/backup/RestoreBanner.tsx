import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import { BackupMarks } from '../../platform/backup-marks';
import { backupService, formatBackupTime } from '../../platform/backups';
import type { RestoreOffer } from '../../platform/restore-offer';
import { findRestoreOffers, restoreAsNewDraft, restoreReplacing } from './backup-actions';
import './backup.css';

interface Props {
  repo: DraftRepository;
  onShowBackups(): void;
  /** After restoring: the draft list changed. */
  onRestored(): void;
}

/**
 * 首页, desktop only: when the draft library is empty or behind a draft's newest backup, offers to
 * restore (dismissible; a dismissed backup is not offered again, a newer one is).
 */
export function RestoreBanner({ repo, onShowBackups, onRestored }: Props) {
  const [offers, setOffers] = useState<RestoreOffer[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const service = useMemo(() => backupService(), []);

  useEffect(() => {
    if (!service) return;
    let cancelled = false;
    void findRestoreOffers(repo, service, new BackupMarks()).then((found) => {
      if (cancelled) return;
      if (found.ok) setOffers(found.value);
      else setMessage(found.message);
    });
    return () => {
      cancelled = true;
    };
  }, [repo, service]);

  const dismiss = useCallback(() => {
    const marks = new BackupMarks();
    for (const o of offers) marks.dismiss(o.draftId, o.savedAt);
    setOffers([]);
    setMessage(null);
  }, [offers]);

  const restore = async () => {
    if (!service) return;
    setBusy(true);
    const newest = async (o: RestoreOffer) => {
      const list = await service.list(o.draftId);
      if (!list.ok || list.value.length === 0)
        return { ok: false as const, message: list.ok ? '没有找到备份文件' : list.error };
      const file = list.value[0].file;
      return o.reason === 'empty'
        ? restoreAsNewDraft(repo, service, o.draftId, file)
        : restoreReplacing(repo, service, o.draftId, file);
    };
    const failed: string[] = [];
    for (const o of offers) {
      const done = await newest(o);
      if (!done.ok) failed.push(`${o.name ?? o.draftId}：${done.message}`);
    }
    setBusy(false);
    setOffers([]);
    setMessage(failed.length ? `部分备份未能恢复：${failed.join('；')}` : '已从备份恢复。');
    onRestored();
  };

  if (!service) return null;
  if (offers.length === 0) {
    return message ? (
      <div className="restore-banner" role="status">
        <span>{message}</span>
        <button type="button" onClick={() => setMessage(null)}>
          关闭
        </button>
      </div>
    ) : null;
  }
  const empty = offers[0].reason === 'empty';
  return (
    <div className="restore-banner" role="alert" data-testid="restore-banner">
      <div className="restore-banner-text">
        {empty ? (
          <strong>草稿库是空的，但备份文件夹中有 {offers.length} 份草稿的备份。要恢复吗？</strong>
        ) : (
          <strong>以下草稿的备份比草稿库中保存的内容更新，可能是草稿库曾被还原或损坏。要用备份替换吗？</strong>
        )}
        <ul>
          {offers.map((o) => (
            <li key={o.draftId}>
              {o.name ?? '（无法读取的备份）'}：备份于 {formatBackupTime(o.savedAt)}
            </li>
          ))}
        </ul>
        {!empty && <p className="muted">替换前，草稿当前的内容会存入其历史记录，可以找回。</p>}
      </div>
      <div className="restore-banner-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
          {empty ? '全部恢复' : '用备份替换'}
        </button>
        <button type="button" disabled={busy} onClick={onShowBackups}>
          查看备份…
        </button>
        <button type="button" disabled={busy} onClick={dismiss}>
          不恢复
        </button>
      </div>
    </div>
  );
}
