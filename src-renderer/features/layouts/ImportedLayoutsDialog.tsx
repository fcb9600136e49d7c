import { useRef, useState } from 'react';
import { useModalFocus } from '../dialog/use-modal-focus';
import type { ImportedLayout } from './layout-library';
import '../commands/dialogs.css';
import './layouts.css';

interface Props {
  entries: readonly ImportedLayout[];
  onRemove(id: string): Promise<void>;
  onClose(): void;
}

function when(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** 本机版式: the layout files imported on this computer, each removable. */
export function ImportedLayoutsDialog({ entries, onRemove, onClose }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useModalFocus(box, busy ? undefined : onClose);
  return (
    <div className="app-dialog-backdrop">
      <div className="app-dialog layout-file" ref={box} role="dialog" aria-modal="true" aria-label="本机版式">
        <h2>本机导入的版式</h2>
        {entries.length === 0 ? (
          <p>本机没有导入的版式。</p>
        ) : (
          <ul className="imported-layouts" data-testid="imported-layouts">
            {entries.map((e) => (
              <li key={e.id}>
                <div>
                  <strong>{e.name}</strong>
                  <span className="muted">
                    {e.fileName}，{when(e.importedAt)} 导入
                    {e.layout ? `，${e.layout.tables.length} 张表` : ''}
                  </span>
                  {e.problem && <span className="layout-file-bad">此文件已不能使用：{e.problem}</span>}
                </div>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy !== null}
                  aria-label={`删除版式“${e.name}”`}
                  onClick={() => {
                    setBusy(e.id);
                    void onRemove(e.id).finally(() => setBusy(null));
                  }}
                >
                  {busy === e.id ? '正在删除…' : '删除'}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="app-dialog-actions">
          <button type="button" onClick={onClose} disabled={busy !== null} autoFocus>
            关闭
          </button>
        </div>
      </div>
    </div>
  );
}
