import { useCallback, useState } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import type { SnapshotInfo } from '../../data/snapshots';
import type { Resources } from '../../../src-core/domain/resources';
import type { DraftSession } from '../session/draft-session';
import { INTERVAL_SNAPSHOT_MINUTES } from '../session/use-draft-session';
import { requestReload } from '../session/reload-requests';
import { formatTime } from './history-labels';
import { SnapshotDetails } from './SnapshotDetails';
import { SnapshotTable } from './SnapshotTable';
import { useSnapshots } from './use-snapshots';
import './history.css';

interface Props {
  repo: DraftRepository;
  resources: Resources;
  session: DraftSession;
}

/**
 * 历史版本 of the open draft: the list of kept versions, 立即保存一个版本, a version's totals beside
 * the current ones, and 恢复 (after a confirmation; the current content is kept first as a 恢复前
 * version, so a restore can itself be undone). After a restore the open draft is reloaded.
 */
export function HistoryPanel({ repo, resources, session }: Props) {
  const { snapshots, refresh } = useSnapshots(repo, session.draftId, session);
  const [selected, setSelected] = useState<SnapshotInfo | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);

  const saveNow = useCallback(async () => {
    setBusy(true);
    try {
      await session.flush();
      const r = await repo.takeSnapshot(session.draftId, 'manual');
      if (!r.ok) setMessage({ text: r.error.message, bad: true });
      else
        setMessage({
          text: `已保存一个版本（${formatTime(r.value.createdAt)}，修订号 ${r.value.revision}）。`,
          bad: false,
        });
      refresh();
    } finally {
      setBusy(false);
    }
  }, [repo, session, refresh]);

  const restore = useCallback(
    async (snapshot: SnapshotInfo) => {
      setBusy(true);
      try {
        await session.flush();
        const r = await repo.restoreSnapshot(snapshot.id);
        if (!r.ok) {
          setMessage({ text: `未能恢复：${r.error.message}`, bad: true });
          return;
        }
        setConfirming(false);
        setSelected(null);
        setMessage({
          text: `已恢复到 ${formatTime(snapshot.createdAt)} 的版本。恢复前的内容已另存为“恢复前”版本，需要时可再恢复回来。`,
          bad: false,
        });
        requestReload(session.draftId, null);
      } finally {
        setBusy(false);
      }
    },
    [repo, session],
  );

  const choose = (s: SnapshotInfo, restoring: boolean) => {
    setSelected(s);
    setConfirming(restoring);
    setMessage(null);
  };

  return (
    <section className="history-panel" data-testid="history-panel" aria-label="历史版本">
      <div className="history-toolbar">
        <h2 className="history-title">历史版本</h2>
        <button type="button" className="primary" disabled={busy} onClick={() => void saveNow()}>
          立即保存一个版本
        </button>
        <span className="history-hint">
          打开草稿、导入、导出时自动保存版本，编辑期间每 {INTERVAL_SNAPSHOT_MINUTES}{' '}
          分钟保存一次；恢复前会先保存当前内容。
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
      <div className="history-body">
        <div className="history-list">
          {snapshots === null ? (
            <p className="loading">正在读取历史版本…</p>
          ) : snapshots.length === 0 ? (
            <p className="muted">还没有历史版本。点“立即保存一个版本”保存当前内容。</p>
          ) : (
            <SnapshotTable
              snapshots={snapshots}
              selectedId={selected?.id ?? null}
              busy={busy}
              onView={(s) => choose(s, false)}
              onRestore={(s) => choose(s, true)}
            />
          )}
        </div>
        {selected && (
          <SnapshotDetails
            key={selected.id}
            repo={repo}
            resources={resources}
            session={session}
            snapshot={selected}
            confirming={confirming}
            busy={busy}
            onAskRestore={() => setConfirming(true)}
            onCancelRestore={() => setConfirming(false)}
            onRestore={() => void restore(selected)}
            onClose={() => setSelected(null)}
          />
        )}
      </div>
    </section>
  );
}
