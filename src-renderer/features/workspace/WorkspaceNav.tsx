import type { Status } from '../../../src-core/domain/engine/budget-engine';

/** The sections of an open draft. */
export type WorkspaceSection =
  'basic' | 'income' | 'expenses' | 'projects' | 'prior' | 'other' | 'tables' | 'report' | 'review' | 'history';

/** One entry of a workspace's navigation. */
export interface NavSection<S extends string> {
  id: S;
  label: string;
  hint: string;
}

const SECTIONS: NavSection<WorkspaceSection>[] = [
  { id: 'basic', label: '基本信息', hint: '部门、单位与概况文字' },
  { id: 'income', label: '收入', hint: '收入与年终结转结余' },
  { id: 'expenses', label: '支出明细', hint: '逐行填写支出' },
  { id: 'projects', label: '项目', hint: '项目与绩效指标' },
  { id: 'prior', label: '上年数', hint: '上年执行数与预算数' },
  { id: 'other', label: '其他事项', hint: '政府采购与国有资产' },
  { id: 'tables', label: '公开表', hint: '按版式生成的公开表' },
  { id: 'report', label: '情况说明', hint: '公开文本，填写原因与用途' },
  { id: 'review', label: '审核', hint: '错误与提示' },
  { id: 'history', label: '历史版本', hint: '查看与恢复保存的版本' },
];

interface Props<S extends string> {
  section: S;
  status: Pick<Status, 'errors' | 'warnings'>;
  onSelect(section: S): void;
  /** The entries (a budget draft's by default; a 决算 has its own) and the navigation's name. */
  sections?: readonly NavSection<S>[];
  label?: string;
}

/** Left navigation of the workspace; 审核 carries the finding counts. */
export function WorkspaceNav<S extends string = WorkspaceSection>({
  section,
  status,
  onSelect,
  sections = SECTIONS as unknown as readonly NavSection<S>[],
  label = '草稿内容',
}: Props<S>) {
  return (
    <nav className="workspace-nav" aria-label={label}>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={s.id === section ? 'selected' : undefined}
              aria-current={s.id === section ? 'page' : undefined}
              onClick={() => onSelect(s.id)}
            >
              <span className="nav-label">{s.label}</span>
              {s.id === 'review' && (status.errors > 0 || status.warnings > 0) && (
                <span className="nav-counts">
                  {status.errors > 0 && <span className="count bad">{status.errors}</span>}
                  {status.warnings > 0 && <span className="count warn">{status.warnings}</span>}
                </span>
              )}
              <small className="nav-hint">{s.hint}</small>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
