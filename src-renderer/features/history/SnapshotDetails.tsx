import { useEffect, useState } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import type { SnapshotInfo } from '../../data/snapshots';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import type { Resources } from '../../../src-core/domain/resources';
import type { DraftSession } from '../session/draft-session';
import { formatTime, reasonName } from './history-labels';
import { snapshotTotals, type SnapshotTotals } from './snapshot-totals';

interface Props {
  repo: DraftRepository;
  resources: Resources;
  session: DraftSession;
  snapshot: SnapshotInfo;
  confirming: boolean;
  busy: boolean;
  onAskRestore(): void;
  onCancelRestore(): void;
  onRestore(): void;
  onClose(): void;
}

type Loaded = { totals: SnapshotTotals } | { problem: string } | null;

/** One version beside the current content: 收入总计, 支出总计, 差额, 行数, findings; 恢复 with its confirmation. */
export function SnapshotDetails({
  repo,
  resources,
  session,
  snapshot,
  confirming,
  busy,
  onAskRestore,
  onCancelRestore,
  onRestore,
  onClose,
}: Props) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const read = await repo.readSnapshot(snapshot.id);
      if (cancelled) return;
      if (!read.ok) {
        setLoaded({ problem: read.error.message });
        return;
      }
      // Let “正在计算” paint before the engine reads a large version.
      await new Promise((r) => setTimeout(r, 0));
      if (cancelled) return;
      const totals = snapshotTotals(read.value.text, resources, session.layoutId);
      setLoaded(totals.ok ? { totals: totals.value } : { problem: totals.error });
    })();
    return () => {
      cancelled = true;
    };
  }, [repo, resources, session.layoutId, snapshot.id]);

  const current = session.engine.status();
  const currentLines = (['expense', 'income', 'carryForward', 'procurement'] as const).reduce(
    (n, s) => n + session.engine.lineIds(s).length,
    0,
  );
  const when = formatTime(snapshot.createdAt);

  return (
    <aside className="history-details" data-testid="snapshot-details" aria-label="历史版本内容">
      <div className="history-details-head">
        <h3>
          {when} · {reasonName(snapshot.reason)}
        </h3>
        <button type="button" className="link-button" onClick={onClose} aria-label="关闭版本内容">
          关闭
        </button>
      </div>
      <p className="muted">
        修订号 {snapshot.revision} · 草稿名称“{snapshot.name}”
      </p>
      {loaded === null && <p className="loading">正在计算这个版本的合计…</p>}
      {loaded && 'problem' in loaded && (
        <p className="history-message bad" role="alert">
          {loaded.problem}
        </p>
      )}
      {loaded && 'totals' in loaded && (
        <table className="history-compare" data-testid="snapshot-totals">
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col" className="num">
                此版本
              </th>
              <th scope="col" className="num">
                当前内容
              </th>
            </tr>
          </thead>
          <tbody>
            <CompareRow
              label={`收入总计（${UNIT_LABEL[loaded.totals.unit]}）`}
              then={loaded.totals.income}
              now={current.income}
              testId="snapshot-income"
            />
            <CompareRow
              label={`支出总计（${UNIT_LABEL[loaded.totals.unit]}）`}
              then={loaded.totals.expense}
              now={current.expense}
              testId="snapshot-expense"
            />
            <CompareRow label="差额" then={loaded.totals.difference} now={current.difference} testId="snapshot-diff" />
            <CompareRow
              label="行数"
              then={String(loaded.totals.lines)}
              now={String(currentLines)}
              testId="snapshot-lines"
            />
            <CompareRow
              label="错误"
              then={String(loaded.totals.errors)}
              now={String(current.errors)}
              testId="snapshot-errors"
            />
            <CompareRow
              label="提示"
              then={String(loaded.totals.warnings)}
              now={String(current.warnings)}
              testId="snapshot-warnings"
            />
          </tbody>
        </table>
      )}
      {!confirming ? (
        <button type="button" disabled={busy} onClick={onAskRestore}>
          恢复到这个版本…
        </button>
      ) : (
        <div
          className="history-confirm"
          role="alertdialog"
          aria-label="确认恢复"
          aria-describedby="history-confirm-text"
        >
          <p id="history-confirm-text">
            将草稿内容恢复为 {when} 保存的版本（修订号 {snapshot.revision}
            ）。当前内容会先另存为“恢复前”版本，恢复后仍可找回。确定恢复吗？
          </p>
          <div className="history-confirm-actions">
            <button type="button" className="primary" disabled={busy} onClick={onRestore}>
              确定恢复
            </button>
            <button type="button" disabled={busy} onClick={onCancelRestore}>
              取消
            </button>
          </div>
        </div>
      )}
    </aside>
  );
}

function CompareRow({ label, then, now, testId }: { label: string; then: string; now: string; testId: string }) {
  return (
    <tr className={then !== now ? 'differs' : undefined}>
      <th scope="row">{label}</th>
      <td className="num" data-testid={testId}>
        {then}
      </td>
      <td className="num">{now}</td>
    </tr>
  );
}
