import { useRef, useState } from 'react';
import type { Layout } from '../../../src-core/domain/layout/types';
import { useModalFocus } from '../dialog/use-modal-focus';
import { tablePreviewLines } from './check-layout-file';
import '../commands/dialogs.css';
import './layouts.css';

/** What was read from the chosen file: a layout to preview, or why it is refused. */
export type LayoutFileOutcome =
  | { ok: true; fileName: string; text: string; layout: Layout; replaces: string | null }
  | { ok: false; fileName: string; problems: string[] };

interface Props {
  outcome: LayoutFileOutcome;
  onCancel(): void;
  /** Stores the previewed layout and uses it. */
  onImport(): Promise<void>;
}

/**
 * 导入版式文件: the chosen file's tables in print order (表号, 标题, what each table holds) before
 * anything is stored; or, for a file that fails the checks, every problem with its place in the
 * file — and nothing is stored.
 */
export function LayoutFileDialog({ outcome, onCancel, onImport }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  useModalFocus(box, busy ? undefined : onCancel);
  if (!outcome.ok) {
    return (
      <div className="app-dialog-backdrop">
        <div
          className="app-dialog layout-file"
          ref={box}
          role="alertdialog"
          aria-modal="true"
          aria-label="版式文件有误"
        >
          <h2>版式文件有误，未导入</h2>
          <p>
            “{outcome.fileName}”有 {outcome.problems.length}{' '}
            处问题（冒号前是问题在文件中的位置），本机保存的版式没有改变：
          </p>
          <ul className="layout-file-problems" data-testid="layout-problems">
            {outcome.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          <p className="muted">版式文件的写法见使用说明“版式”一章；改正后可再次导入。</p>
          <div className="app-dialog-actions">
            <button type="button" onClick={onCancel} autoFocus>
              关闭
            </button>
          </div>
        </div>
      </div>
    );
  }
  const { layout } = outcome;
  const lines = tablePreviewLines(layout);
  return (
    <div className="app-dialog-backdrop">
      <div className="app-dialog layout-file" ref={box} role="dialog" aria-modal="true" aria-label="导入版式文件">
        <h2>导入版式：{layout.name}</h2>
        {layout.description && <p>{layout.description}</p>}
        <p className="muted">
          文件“{outcome.fileName}”，共 {lines.length} 张表，按下列顺序印出。
          {outcome.replaces && `将替换本机已导入的同标识版式“${outcome.replaces}”。`}
        </p>
        <div className="layout-file-tables">
          <table aria-label="版式中的表">
            <thead>
              <tr>
                <th>表号</th>
                <th>标题</th>
                <th>内容</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => (
                <tr key={i}>
                  <td>{l.number}</td>
                  <td>{l.title}</td>
                  <td>{l.content}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">导入后保存在本机，下次打开软件仍可选用；可在“本机版式”中删除。</p>
        <div className="app-dialog-actions layout-file-actions">
          <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
            取消
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy}
            autoFocus
            onClick={() => {
              setBusy(true);
              void onImport().finally(() => setBusy(false));
            }}
          >
            {busy ? '正在保存…' : '导入并使用'}
          </button>
        </div>
      </div>
    </div>
  );
}
