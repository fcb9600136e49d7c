import { useMemo, useState } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import { DEFAULT_ROTATION } from '../../../src-core/backup/backup-rotation';
import {
  backupService,
  BROWSER_BACKUP_NOTICE,
  formatBackupTime,
  formatSize,
  type BackupEntry,
  type BackupService,
} from '../../platform/backups';
import { DEFAULT_BACKUP_SCHEDULE } from '../../platform/backup-scheduler';
import { restoreAsNewDraft, restoreReplacing } from './backup-actions';
import { useBackupLibrary, type DraftBackups } from './use-backup-library';
import './backup.css';

interface Props {
  repo: DraftRepository;
  onHome(): void;
  onOpen(draftId: string): void;
}

type Result = { ok: boolean; text: string; openId?: string };

/** 备份与恢复: every draft's automatic backups (time, size), restored as a new draft or in place. */
export function BackupPage({ repo, onHome, onOpen }: Props) {
  const service = useMemo(() => backupService(), []);
  const library = useBackupLibrary(repo, service);
  const [result, setResult] = useState<Result | null>(null);
  const minutes = DEFAULT_BACKUP_SCHEDULE.intervalMs / 60_000;

  const openFolder = async () => {
    if (!service) return;
    const r = await service.openFolder();
    if (!r.ok) setResult({ ok: false, text: r.error });
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">部门预算公开编制</h1>
        <button type="button" onClick={onHome}>
          ← 首页
        </button>
        <div className="draft-title">
          <span>备份与恢复</span>
        </div>
      </header>
      <main className="home-main backup-main" data-testid="backup-page">
        {!service ? (
          <section className="backup-panel">
            <h2>备份与恢复</h2>
            <p className="backup-browser" role="note" data-testid="backup-browser-notice">
              {BROWSER_BACKUP_NOTICE}
            </p>
          </section>
        ) : (
          <>
            <section className="backup-panel">
              <h2>自动备份</h2>
              <p>
                编辑草稿时，程序每隔约 {minutes}{' '}
                分钟、以及关闭草稿时，把草稿以草稿文件（*.budget.json）的形式备份到本机的备份文件夹，
                与草稿库分开保存。每份草稿保留最近 {DEFAULT_ROTATION.keepLast} 份备份，另外每天保留一份，保留{' '}
                {DEFAULT_ROTATION.keepDays} 天。
              </p>
              <p className="backup-folder">
                备份文件夹：<code data-testid="backup-folder">{library.info?.backups ?? '…'}</code>
                <button type="button" onClick={() => void openFolder()}>
                  打开备份文件夹
                </button>
              </p>
            </section>
            {result && (
              <div
                className={result.ok ? 'notice' : 'notice backup-error'}
                role={result.ok ? 'status' : 'alert'}
                data-testid="backup-result"
              >
                <span>{result.text}</span>
                {result.openId && (
                  <button type="button" onClick={() => onOpen(result.openId!)}>
                    打开草稿
                  </button>
                )}
                <button type="button" onClick={() => setResult(null)}>
                  关闭
                </button>
              </div>
            )}
            {library.problem && (
              <p className="form-problem" role="alert">
                {library.problem}
              </p>
            )}
            {library.groups === null ? (
              <p className="loading">正在读取备份…</p>
            ) : library.groups.length === 0 ? (
              <p className="list-empty backup-panel">还没有任何备份。打开并编辑草稿后，程序会自动备份。</p>
            ) : (
              library.groups.map((g) => (
                <DraftBackupList
                  key={g.draftId}
                  group={g}
                  service={service}
                  repo={repo}
                  onDone={(r) => {
                    setResult(r);
                    library.reload();
                  }}
                />
              ))
            )}
          </>
        )}
      </main>
    </div>
  );
}

interface ListProps {
  group: DraftBackups;
  service: BackupService;
  repo: DraftRepository;
  onDone(result: Result): void;
}

function DraftBackupList({ group, service, repo, onDone }: ListProps) {
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);

  const asNew = async (e: BackupEntry) => {
    setBusy(true);
    const r = await restoreAsNewDraft(repo, service, group.draftId, e.file);
    setBusy(false);
    onDone(
      r.ok
        ? { ok: true, text: `已把 ${formatBackupTime(e.savedAt)} 的备份恢复为新草稿。`, openId: r.value.id }
        : { ok: false, text: `恢复失败：${r.message}` },
    );
  };

  const replace = async (e: BackupEntry) => {
    setBusy(true);
    const r = await restoreReplacing(repo, service, group.draftId, e.file);
    setBusy(false);
    setConfirming(null);
    onDone(
      r.ok
        ? {
            ok: true,
            text: `已用 ${formatBackupTime(e.savedAt)} 的备份替换草稿“${group.title}”的内容${r.value.inHistory ? '（原内容已存入历史记录）' : ''}。`,
            openId: group.draftId,
          }
        : { ok: false, text: `替换失败：${r.message}` },
    );
  };

  return (
    <section className="backup-panel" data-testid="backup-group" data-draft-id={group.draftId}>
      <h3>
        {group.title}
        {!group.draft && <small className="muted">（草稿库中已没有此草稿）</small>}
        {group.draft?.deletedAt != null && <small className="muted">（在回收站中）</small>}
      </h3>
      {confirming && (
        <div className="backup-confirm" role="alertdialog" aria-label="确认替换">
          <span>
            确定用 {formatBackupTime(confirming.savedAt)} 的备份替换草稿“{group.title}
            ”的当前内容吗？
            {group.draft?.stage === 'final'
              ? '决算草稿没有历史记录，当前内容将不再保留；如需保留，请先把备份“恢复为新草稿”。'
              : '当前内容会先存入历史记录。'}
          </span>
          <button type="button" className="primary" disabled={busy} onClick={() => void replace(confirming)}>
            确定替换
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
            取消
          </button>
        </div>
      )}
      <table className="draft-list backup-list">
        <thead>
          <tr>
            <th>备份时间</th>
            <th>大小</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {group.entries.map((e, i) => (
            <tr key={e.file}>
              <td>
                {formatBackupTime(e.savedAt)}
                {i === 0 && <span className="backup-newest">最新</span>}
              </td>
              <td>{formatSize(e.size)}</td>
              <td className="actions">
                <button type="button" disabled={busy} onClick={() => void asNew(e)}>
                  恢复为新草稿
                </button>
                {group.draft && group.draft.deletedAt === null && (
                  <button type="button" disabled={busy} onClick={() => setConfirming(e)}>
                    用此备份替换…
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
