import type { Layout } from '../../domain/layout/types';
import { LayoutSelect } from './LayoutSelect';

interface Props {
  layouts: readonly Layout[];
  layoutId: string;
  onOpenFile(): void;
  onOpenSample(): void;
  onChooseLayout(layoutId: string): void;
}

export function AppHeader({ layouts, layoutId, onOpenFile, onOpenSample, onChooseLayout }: Props) {
  return (
    <header className="app-header">
      <h1 className="app-name">部门预算公开编制</h1>
      <div className="header-actions">
        <button type="button" className="primary" onClick={onOpenFile}>打开草稿文件</button>
        <button type="button" onClick={onOpenSample}>示例：舟山市人民政府办公室2022</button>
      </div>
      <LayoutSelect layouts={layouts} value={layoutId} onChange={onChooseLayout} />
    </header>
  );
}
