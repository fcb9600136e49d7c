import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { Layout } from '../../../src-core/domain/layout/types';
import { tablePreview, type TablePreview } from '../../../src-core/export/preview/table-preview';
import { useModalFocus } from '../dialog/use-modal-focus';
import { asOf } from '../session/as-of';
import type { DraftSession } from '../session/draft-session';
import '../commands/dialogs.css';
import './export-xlsx.css';

/**
 * The pieces the output dialogs share (导出 Excel, 打印 / 导出 PDF): the 版式 chosen as in 公开表,
 * 舍位平衡 with what it does, the file name, and the first table as it will come out.
 */

export interface OutputChoices {
  layoutId: string;
  chooseLayout(id: string): void;
  balanced: boolean;
  setBalanced(on: boolean): void;
  /** R-ROUND findings of the draft: tables whose totals differ from the sum of their parts. */
  roundingFindings: number;
  /** The first table of the chosen layout, balanced when chosen; null when the layout has none. */
  preview: TablePreview | null;
}

/** The choices of an output dialog, following the session (a change of layout re-derives the tables). */
export function useOutputChoices(session: DraftSession, version: number): OutputChoices {
  const engine = session.engine;
  const [layoutId, setLayoutId] = useState(session.layoutId);
  const roundingFindings = useMemo(() => engine.findings().filter((f) => f.rule === 'R-ROUND').length, [engine]);
  // Balanced by default when the tables have 尾差: what R-ROUND advises for a published table.
  const [balanced, setBalanced] = useState(roundingFindings > 0);
  const first = useMemo(() => asOf(session.engine, version).tables()[0], [session.engine, version]);
  const preview = useMemo(() => (first ? tablePreview(first, balanced) : null), [first, balanced]);
  return {
    layoutId,
    chooseLayout: (id) => {
      session.setLayout(id);
      setLayoutId(id);
    },
    balanced,
    setBalanced,
    roundingFindings,
    preview,
  };
}

export function LayoutField({
  choices,
  layouts,
  disabled,
}: {
  choices: OutputChoices;
  layouts: readonly Layout[];
  disabled: boolean;
}) {
  return (
    <label>
      版式
      <select value={choices.layoutId} onChange={(e) => choices.chooseLayout(e.target.value)} disabled={disabled}>
        {layouts.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** 舍位平衡, with a sentence saying what it does to this draft's tables. */
export function BalanceField({ choices, disabled }: { choices: OutputChoices; disabled: boolean }) {
  const { balanced, preview, roundingFindings } = choices;
  return (
    <>
      <label className="export-xlsx-check">
        <input
          type="checkbox"
          checked={balanced}
          onChange={(e) => choices.setBalanced(e.target.checked)}
          disabled={disabled}
        />
        舍位平衡
      </label>
      <p className="export-xlsx-hint">
        {balanced
          ? `合计数等于其明细数之和；明细数与精确值相差不超过 0.01，草稿不变。${preview && preview.adjustedCells > 0 ? `第一张表有 ${preview.adjustedCells} 个单元格因此调整（下表中标色）。` : ''}`
          : roundingFindings > 0
            ? `各单元格按精确值分别四舍五入；审核中有 ${roundingFindings} 处尾差提示（合计与明细之和不等）。`
            : '各单元格按精确值分别四舍五入。'}
      </p>
    </>
  );
}

export function FileNameField({
  value,
  extension,
  onChange,
  disabled,
}: {
  value: string;
  extension: string;
  onChange(name: string): void;
  disabled: boolean;
}) {
  return (
    <label className="export-xlsx-name">
      文件名
      <span>
        <input value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled} spellCheck={false} />
        {extension}
      </span>
    </label>
  );
}

/** The first table as it will be written or printed (cells balancing moves are marked). */
export function FirstTablePreview({ preview }: { preview: TablePreview | null }) {
  if (!preview) return null;
  return (
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
  );
}

/**
 * An output dialog: its title, the three choices (版式, 舍位平衡, file name), the first table, and
 * 取消 before the dialog's own buttons. Esc closes it unless it is busy.
 */
export function OutputDialog({
  label,
  title,
  choices,
  layouts,
  fileName,
  extension,
  onFileName,
  busy,
  onClose,
  children,
}: {
  label: string;
  title: string;
  choices: OutputChoices;
  layouts: readonly Layout[];
  fileName: string;
  extension: string;
  onFileName(name: string): void;
  busy: boolean;
  onClose(): void;
  /** The dialog's own buttons (导出, 打印 …). */
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, busy ? undefined : onClose);
  return (
    <div className="app-dialog-backdrop">
      <div className="app-dialog export-xlsx" ref={box} role="dialog" aria-modal="true" aria-label={label}>
        <h2>{title}</h2>
        <div className="export-xlsx-fields">
          <LayoutField choices={choices} layouts={layouts} disabled={busy} />
          <BalanceField choices={choices} disabled={busy} />
          <FileNameField value={fileName} extension={extension} onChange={onFileName} disabled={busy} />
        </div>
        <FirstTablePreview preview={choices.preview} />
        <div className="app-dialog-actions export-xlsx-actions">
          <button type="button" className="secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          {children}
        </div>
      </div>
    </div>
  );
}

/** 打印 or 导出 PDF: the two actions of a print dialog. */
export type PrintAction = 'print' | 'pdf';

const PRINT_LABELS: Record<PrintAction, { idle: string; busy: string }> = {
  print: { idle: '打印', busy: '正在准备…' },
  pdf: { idle: '导出 PDF', busy: '正在生成…' },
};

/** The 打印 and 导出 PDF buttons of a print dialog; the one it was opened from is the default. */
export function PrintButtons({
  initial,
  busy,
  onRun,
  testIdPrefix,
}: {
  initial: PrintAction;
  busy: PrintAction | null;
  onRun(action: PrintAction): void;
  /** `data-testid` of each button: the prefix and the action. */
  testIdPrefix?: string;
}) {
  return (
    <>
      {(['print', 'pdf'] as const).map((action) => (
        <button
          key={action}
          type="button"
          className={initial === action ? 'primary' : 'secondary'}
          onClick={() => onRun(action)}
          disabled={busy !== null}
          autoFocus={initial === action}
          data-testid={testIdPrefix ? `${testIdPrefix}${action}` : undefined}
        >
          {busy === action ? PRINT_LABELS[action].busy : PRINT_LABELS[action].idle}
        </button>
      ))}
    </>
  );
}
