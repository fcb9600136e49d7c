import type { ReactNode } from 'react';
import type { SaveState } from '../session/draft-session';

/** What the header says of the draft's edits (an edit counts as saved only once it is on disk). */
const SAVE_LABELS: Record<SaveState, string> = {
  saved: '已保存',
  saving: '保存中…',
  failed: '未保存（正在重试）',
  conflict: '未保存（修改冲突）',
};

interface Props {
  draftName: string;
  year: number;
  saveState: SaveState;
  onHome(): void;
  onExport(): void;
  /** 导出 Excel: the published tables as a workbook. */
  onExportXlsx(): void;
  /** More header actions (导入 menu), placed before the exports. */
  actions?: ReactNode;
  /** The app's name as the header shows it (部门决算公开编制 for a 决算 draft). */
  appName?: string;
}

/** Header of an open draft: back to 首页, which draft this is, 导出 Excel, 导出草稿文件. */
export function WorkspaceHeader({
  draftName,
  year,
  saveState,
  onHome,
  onExport,
  onExportXlsx,
  actions,
  appName = '部门预算公开编制',
}: Props) {
  return (
    <header className="app-header">
      <h1 className="app-name">{appName}</h1>
      <button type="button" onClick={onHome}>
        ← 首页
      </button>
      <div className="draft-title" data-testid="draft-title">
        <span>{draftName}</span>
        <small>{year} 年度</small>
      </div>
      <span
        className={`save-state save-${saveState}`}
        aria-live="polite"
        data-testid="save-state"
        data-save-state={saveState}
      >
        {SAVE_LABELS[saveState]}
      </span>
      <div className="header-actions">
        {actions}
        <button type="button" onClick={onExportXlsx}>
          导出 Excel
        </button>
        <button type="button" className="primary" onClick={onExport}>
          导出草稿文件
        </button>
      </div>
    </header>
  );
}
