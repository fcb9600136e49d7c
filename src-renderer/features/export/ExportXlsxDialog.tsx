import { useMemo, useRef, useState } from 'react';
import type { Layout } from '../../../src-core/domain/layout/types';
import { tablePreview } from '../../../src-core/export/preview/table-preview';
import { defaultFileName } from '../../../src-core/ipc/file-names';
import { useModalFocus } from '../dialog/use-modal-focus';
import { asOf } from '../session/as-of';
import type { DraftSession } from '../session/draft-session';
import { exportWorkbook, type ExportOutcome } from './workspace-exports';
import '../commands/dialogs.css';
import './export-xlsx.css';

interface Props {
  session: DraftSession;
  /** The session's version: the preview follows a change of layout (or an edit behind the dialog). */
  version: number;
  layouts: readonly Layout[];
  onClose(): void;
  /** The export ended (written, downloaded or refused): what to tell the officer. */
  onDone(outcome: ExportOutcome): void;
}

/**
 * 导出 Excel: the choices a published workbook needs before it is written — 版式, 舍位平衡 and the
 * file name — with the first table as it will be written (cells balancing moves are marked).
 */
export function ExportXlsxDialog({ session, version, layouts, onClose, onDone }: Props) {
  const engine = session.engine;
  const head = engine.head;
  const [layoutId, setLayoutId] = useState(session.layoutId);
  const roundingFindings = useMemo(() => engine.findings().filter((f) => f.rule === 'R-ROUND').length, [engine]);
  // Balanced by default when the tables have 尾差: what R-ROUND advises for a published table.
  const [balanced, setBalanced] = useState(roundingFindings > 0);
  const [fileName, setFileName] = useState(
    defaultFileName('xlsx', head.department.name, head.year).replace(/\.xlsx$/, ''),
  );
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, busy ? undefined : onClose);

  // The layout is chosen here as in 公开表: changing it re-derives the tables (session.engine changes).
  const first = useMemo(() => asOf(session.engine, version).tables()[0], [session.engine, version]);
  const preview = useMemo(() => (first ? tablePreview(first, balanced) : null), [first, balanced]);

  const write = async () => {
    setBusy(true);
    const outcome = await exportWorkbook(session, { balanceRounding: balanced, fileName });
    setBusy(false);
    onDone(outcome);
  };

  return (
    <div className="app-dialog-backdrop">
      <div className="app-dialog export-xlsx" ref={box} role="dialog" aria-modal="true" aria-label="导出 Excel">
        <h2>导出公开表（Excel）</h2>
        <div className="export-xlsx-fields">
          <label>
            版式
            <select
              value={layoutId}
              onChange={(e) => {
                session.setLayout(e.target.value);
                setLayoutId(e.target.value);
              }}
              disabled={busy}
            >
              {layouts.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <label className="export-xlsx-check">
            <input type="checkbox" checked={balanced} onChange={(e) => setBalanced(e.target.checked)} disabled={busy} />
            舍位平衡
          </label>
          <p className="export-xlsx-hint">
            {balanced
              ? `合计数等于其明细数之和；明细数与精确值相差不超过 0.01，草稿不变。${preview && preview.adjustedCells > 0 ? `第一张表有 ${preview.adjustedCells} 个单元格因此调整（下表中标色）。` : ''}`
              : roundingFindings > 0
                ? `各单元格按精确值分别四舍五入；审核中有 ${roundingFindings} 处尾差提示（合计与明细之和不等）。`
                : '各单元格按精确值分别四舍五入。'}
          </p>
          <label className="export-xlsx-name">
            文件名
            <span>
              <input
                value={fileName}
                onChange={(e) => setFileName(e.target.value)}
                disabled={busy}
                spellCheck={false}
              />
              .xlsx
            </span>
          </label>
        </div>
        {preview && (
          <figure className="export-xlsx-preview" aria-label="第一张表预览">
            <figcaption>{preview.title}</figcaption>
            <table>
              <thead>
                <tr>
                  <th>项目</th>
                  {preview.columns.map((c) => (
                    <th key={c.key}>{c.title}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.key}>
                    <td style={{ paddingLeft: 6 + Math.max(0, r.level - 1) * 12 }}>{r.name}</td>
                    {r.cells.map((c, i) => (
                      <td
                        key={i}
                        className={c.adjusted ? 'adjusted' : undefined}
                        title={c.adjusted ? '舍位平衡调整' : undefined}
                      >
                        {c.value}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {preview.more > 0 && <p className="muted">另有 {preview.more} 行……</p>}
          </figure>
        )}
        <div className="app-dialog-actions export-xlsx-actions">
          <button type="button" className="secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="button" className="primary" onClick={() => void write()} disabled={busy} autoFocus>
            {busy ? '正在生成…' : '导出'}
          </button>
        </div>
      </div>
    </div>
  );
}
