import type { MouseEvent, ReactNode } from 'react';

interface Props {
  /** Rows shown (after 筛选) and rows of the draft. */
  rowCount: number;
  totalCount: number;
  undoLabel: string | null;
  redoLabel: string | null;
  unitLabel: string;
  /** Shown instead of the editing hints while rows are filtered or sorted (已筛选 n / 共 N 行 · 清除筛选). */
  viewNotice?: ReactNode;
  onInsertRow(where: 'above' | 'below'): void;
  onDeleteRows(): void;
  onUndo(): void;
  onRedo(): void;
}

/** Above the grid: row buttons, undo/redo with what they would undo, and the grid's amount unit. */
export function GridToolbar({
  rowCount,
  totalCount,
  undoLabel,
  redoLabel,
  unitLabel,
  viewNotice,
  onInsertRow,
  onDeleteRows,
  onUndo,
  onRedo,
}: Props) {
  // mousedown default is prevented so that the grid keeps the keyboard focus.
  const keepFocus = (e: MouseEvent) => e.preventDefault();
  return (
    <div className="grid-toolbar" role="toolbar" aria-label="支出明细操作">
      <button
        type="button"
        onMouseDown={keepFocus}
        onClick={() => onInsertRow('above')}
        title="在当前行上方插入一行（Ctrl+Shift+=）"
      >
        在上方插入行
      </button>
      <button
        type="button"
        onMouseDown={keepFocus}
        onClick={() => onInsertRow('below')}
        title="在当前行下方插入一行（在最后一行按 Enter 也会到新行）"
      >
        在下方插入行
      </button>
      <button
        type="button"
        onMouseDown={keepFocus}
        onClick={onDeleteRows}
        disabled={rowCount === 0}
        title="删除选中的行（Ctrl+-）"
      >
        删除行
      </button>
      <span className="toolbar-sep" />
      <button type="button" onMouseDown={keepFocus} onClick={onUndo} disabled={!undoLabel} title="Ctrl+Z">
        撤销{undoLabel ? ` ${undoLabel}` : ''}
      </button>
      <button type="button" onMouseDown={keepFocus} onClick={onRedo} disabled={!redoLabel} title="Ctrl+Y">
        重做{redoLabel ? ` ${redoLabel}` : ''}
      </button>
      {viewNotice ? (
        <span className="grid-info">金额单位：{unitLabel}</span>
      ) : (
        <span className="grid-info">
          共 {totalCount} 行 · 金额单位：{unitLabel} · 双击、F2 或 Alt+↓ 修改，直接输入即替换，可从 Excel 复制粘贴
        </span>
      )}
      {viewNotice}
    </div>
  );
}
