import { useCallback, useEffect, useState } from 'react';
import {
  listFinalSnapshots,
  restoreFinalSnapshot,
  takeFinalSnapshot,
  type FinalSnapshotInfo,
} from '../../data/final-snapshots';
import { formatTime, reasonName } from '../history/history-labels';
import { reopenAfterRestore, type FinalHistory } from '../history/use-final-history';
import { INTERVAL_SNAPSHOT_MINUTES } from '../session/use-draft-session';
import type { FinalSession } from './final-session';
import '../history/history.css';

interface Props {
  session: FinalSession;
  history: FinalHistory;
}

/**
 * 历史版本 of the open 决算 draft: the kept versions (time, occasion, 收入/支出总计), 立即保存一个版本,
 * and 恢复 after a confirmation. The current content is kept first as a 恢复前 version, so a restore
 * can itself be undone; afterwards the page opens the draft again. A damaged version is refused
 * with a message and nothing changes.
 */
export function FinalHistorySection({ session, history }: Props) {
  const [snapshots, setSnapshots] = useState<FinalSnapshotInfo[] | null>(null);
  const [confirming, setConfirming] = useState<FinalSnapshotInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const { store, round } = history;

  useEffect(() => {
    let cancelled = false;
    void listFinalSnapshots(store.db, session.draftId).then((list) => !cancelled && setSnapshots(list));
    return () => {
      cancelled = true;
    };
  }, [store, session.draftId, round]);

  const saveNow = useCallback(async () => {
    setBusy(true);
    try {
      await session.flush();
      const r = await takeFinalSnapshot(store, session.draftId, 'manual', history.summary());
      if (!r.ok) return setMessage({ text: r.error.message, bad: true });
      history.taken();
      setMessage({
        text: `已保存一个版本（${formatTime(r.value.createdAt)}，修订号 ${r.value.revision}）。`,
        bad: false,
      });
    } finally {
      setBusy(false);
    }
  }, [session, store, history]);

  const restore = useCallback(
    async (s: FinalSnapshotInfo) => {
      setBusy(true);
      try {
        await session.flush();
        const r = await restoreFinalSnapshot(store, session.draftId, s.id, history.summary());
        if (!r.ok) {
          setConfirming(null);
          return setMessage({ text: `未能恢复：${r.error.message}`, bad: true });
        }
        setMessage({ text: `已恢复到 ${formatTime(s.createdAt)} 的版本，正在重新打开草稿…`, bad: false });
        // The open window's engine holds the old content: the draft is opened again from storage.
        reopenAfterRestore(session.draftId);
      } finally {
        setBusy(false);
      }
    },
    [session, store, history],
  );

  return (
    <section className="history-panel" data-testid="final-history" aria-label="历史版本">
      <div className="history-toolbar">
        <h2 className="history-title">历史版本</h2>
        <button type="button" className="primary" disabled={busy} onClick={() => void saveNow()}>
          立即保存一个版本
        </button>
        <span className="history-hint">
          打开草稿时自动保存版本，编辑期间每 {INTERVAL_SNAPSHOT_MINUTES} 分钟保存一次；恢复前会先保存当前内容。
        </span>
      </div>
      {message && (
        <p
          className={message.bad ? 'history-message bad' : 'history-message'}
          role={message.bad ? 'alert' : 'status'}
          data-testid="history-message"
        >
          {message.text}
        </p>
      )}
      {confirming && (
        <div className="notice" role="alertdialog" aria-label="确认恢复" data-testid="final-history-confirm">
          <span>
            用 {formatTime(confirming.createdAt)}{' '}
            的版本替换当前内容？当前内容会先另存为“恢复前”版本，需要时可再恢复回来。
          </span>
          <button type="button" className="primary" disabled={busy} onClick={() => void restore(confirming)}>
            确认恢复
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
            取消
          </button>
        </div>
      )}
      {snapshots === null ? (
        <p className="loading">正在读取历史版本…</p>
      ) : snapshots.length === 0 ? (
        <p className="muted">还没有历史版本。点“立即保存一个版本”保存当前内容。</p>
      ) : (
        <table className="history-table" data-testid="snapshot-list">
          <thead>
            <tr>
              <th scope="col">保存时间</th>
              <th scope="col">原因</th>
              <th scope="col" className="num">
                修订号
              </th>
              <th scope="col" className="num">
                收入总计
              </th>
              <th scope="col" className="num">
                支出总计
              </th>
              <th scope="col" className="num">
                本年支出
              </th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.id} data-snapshot={s.id}>
                <td>{formatTime(s.createdAt)}</td>
                <td>
                  <span className={`reason reason-${s.reason}`}>{reasonName(s.reason)}</span>
                </td>
                <td className="num">{s.revision}</td>
                <td className="num">{s.incomeTotal ? `${s.incomeTotal} ${s.unitLabel ?? ''}` : '—'}</td>
                <td className="num">{s.expenseTotal ? `${s.expenseTotal} ${s.unitLabel ?? ''}` : '—'}</td>
                <td className="num">{s.expense ? `${s.expense} ${s.unitLabel ?? ''}` : '—'}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => {
                      setConfirming(s);
                      setMessage(null);
                    }}
                  >
                    恢复
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
