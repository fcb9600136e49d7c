import type { DraftSummary } from '../../data/draft-repository';

interface Props {
  drafts: readonly DraftSummary[];
  trash: boolean;
  onOpen(id: string): void;
  onDelete(id: string): void;
  onRestore(id: string): void;
}

const TIME = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

function Findings({ draft }: { draft: DraftSummary }) {
  if (!draft.status) return <span className="muted">未审核</span>;
  const { errors, warnings } = draft.status;
  const stale = draft.statusRevision !== draft.revision;
  return (
    <span title={stale ? '上次打开时的审核结果' : undefined}>
      <span className={errors > 0 ? 'count bad' : 'count ok'}>错误 {errors}</span>
      <span className={warnings > 0 ? 'count warn' : 'count ok'}>提示 {warnings}</span>
    </span>
  );
}

/** 草稿列表 (or the 回收站): one row per draft with what an officer looks for first. */
export function DraftList({ drafts, trash, onOpen, onDelete, onRestore }: Props) {
  if (drafts.length === 0) {
    return <p className="list-empty">{trash ? '回收站是空的。' : '还没有草稿。请新建草稿、导入草稿文件，或先打开示例看看。'}</p>;
  }
  return (
    <table className="draft-list" data-testid="draft-list">
      <thead>
        <tr>
          <th>草稿名称</th><th>年度</th><th>部门</th><th>最后修改</th><th>审核</th><th>操作</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((d) => (
          <tr key={d.id} data-draft-id={d.id}>
            <td className="draft-name">
              {trash ? d.name : <button type="button" className="link" onClick={() => onOpen(d.id)}>{d.name}</button>}
            </td>
            <td>{d.year}</td>
            <td>{d.departmentName}</td>
            <td>{TIME.format(trash && d.deletedAt ? d.deletedAt : d.updatedAt)}{trash && ' 删除'}</td>
            <td><Findings draft={d} /></td>
            <td>
              <div className="actions">
              {trash ? (
                <button type="button" onClick={() => onRestore(d.id)}>还原</button>
              ) : (
                <>
                  <button type="button" onClick={() => onOpen(d.id)}>打开</button>
                  <button type="button" onClick={() => onDelete(d.id)} title="移入回收站，可随时还原">删除</button>
                </>
              )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
