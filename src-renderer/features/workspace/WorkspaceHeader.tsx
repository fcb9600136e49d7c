interface Props {
  draftName: string;
  year: number;
  saving: boolean;
  onHome(): void;
  onExport(): void;
}

/** Header of an open draft: back to 首页, which draft this is, 导出草稿文件. */
export function WorkspaceHeader({ draftName, year, saving, onHome, onExport }: Props) {
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
        <button type="button" className="primary" onClick={onExport}>导出草稿文件</button>
      </div>
    </header>
  );
}
