import type { SnapshotInfo } from '../../data/snapshots';
import { formatTime, reasonName } from './history-labels';

interface Props {
  snapshots: readonly SnapshotInfo[];
  selectedId: number | null;
  busy: boolean;
  onView(s: SnapshotInfo): void;
  onRestore(s: SnapshotInfo): void;
}

/** The kept versions, newest first: time, reason, revision, line count, 查看 and 恢复. */
export function SnapshotTable({ snapshots, selectedId, busy, onView, onRestore }: Props) {
  return (
    <table className="history-table" data-testid="snapshot-list">
      <thead>
        <tr>
          <th scope="col">保存时间</th>
          <th scope="col">原因</th>
          <th scope="col" className="num">
            修订号
          </th>
          <th scope="col" className="num">
            行数
          </th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {snapshots.map((s) => (
          <tr key={s.id} className={s.id === selectedId ? 'selected' : undefined} data-snapshot={s.id}>
            <td>{formatTime(s.createdAt)}</td>
            <td>
              <span className={`reason reason-${s.reason}`}>{reasonName(s.reason)}</span>
            </td>
            <td className="num">{s.revision}</td>
            <td className="num">{s.lineCount.toLocaleString('zh-CN')}</td>
            <td>
              <div className="history-actions">
                <button type="button" onClick={() => onView(s)}>
                  查看
                </button>
                <button type="button" disabled={busy} onClick={() => onRestore(s)}>
                  恢复
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
