import type { ReactNode } from 'react';

interface Props {
  draftName: string;
  year: number;
  saving: boolean;
  onHome(): void;
  onExport(): void;
  /** 导出 Excel: the published tables as a workbook. */
  onExportXlsx(): void;
  /** More header actions (导入 menu), placed before the exports. */
  actions?: ReactNode;
}

/** Header of an open draft: back to 首页, which draft this is, 导出 Excel, 导出草稿文件. */
export function WorkspaceHeader({ draftName, year, saving, onHome, onExport, onExportXlsx, actions }: Props) {
  return (
    <header className="app-header">
      <h1 className="app-name">部门预算公开编制</h1>
      <button type="button" onClick={onHome}>← 首页</button>
      <div className="draft-title" data-testid="draft-title">
        <span>{draftName}</span>
        <small>{year} 年度</small>
      </div>
      <span className="save-state" aria-live="polite">{saving ? '正在保存…' : '已自动保存'}</span>
      <div className="header-actions">
        {actions}
        <button type="button" onClick={onExportXlsx}>导出 Excel</button>
        <button type="button" className="primary" onClick={onExport}>导出草稿文件</button>
      </div>
    </header>
  );
}
