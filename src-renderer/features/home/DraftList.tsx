import { DraftRow } from './DraftRow';
import type { DraftActions } from './use-draft-actions';
import type { ListedDraft } from './use-draft-list';

interface Props {
  drafts: readonly ListedDraft[];
  trash: boolean;
  actions: DraftActions;
  onOpen(id: string): void;
  onNextYear(id: string): void;
}

/** 草稿列表 (or the 回收站): one row per draft with what an officer looks for first. */
export function DraftList({ drafts, trash, actions, onOpen, onNextYear }: Props) {
  if (drafts.length === 0) {
    return (
      <p className="list-empty">
        {trash ? '回收站是空的。' : '还没有草稿。请新建草稿、导入草稿文件，或先打开示例看看。'}
      </p>
    );
  }
  return (
    <table className="draft-list" data-testid="draft-list">
      <thead>
        <tr>
          <th>草稿名称</th>
          <th>年度</th>
          <th>部门</th>
          <th>{trash ? '删除时间' : '最后修改'}</th>
          <th>审核</th>
          <th>操作</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((d) => (
          <DraftRow key={d.id} draft={d} trash={trash} actions={actions} onOpen={onOpen} onNextYear={onNextYear} />
        ))}
      </tbody>
    </table>
  );
}
