import type { DraftSummary } from '../../data/draft-repository';
import { RenameField } from './RenameField';
import type { DraftActions } from './use-draft-actions';
import type { ListedDraft } from './use-draft-list';
import '../final/final.css';

const TIME = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

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

interface Props {
  draft: ListedDraft;
  trash: boolean;
  actions: DraftActions;
  onOpen(id: string): void;
  onNextYear(id: string): void;
}

/** One draft of 首页 (or of the 回收站) with what an officer can do to it. */
export function DraftRow({ draft: d, trash, actions, onOpen, onNextYear }: Props) {
  const renaming = actions.renamingId === d.id;
  const final = d.stage === 'final';
  return (
    <tr data-draft-id={d.id}>
      <td className="draft-name">
        {renaming ? (
          <RenameField
            name={d.name}
            onSave={(name) => actions.saveRename(d.id, name)}
            onCancel={actions.cancelRename}
          />
        ) : trash ? (
          d.name
        ) : (
          <button type="button" className="link" onClick={() => onOpen(d.id)}>
            {d.name}
          </button>
        )}
      </td>
      <td className="draft-year">
        <span className={final ? 'stage-badge final' : 'stage-badge budget'} data-testid="stage-badge">
          {final ? '决算' : '预算'}
        </span>{' '}
        {final ? `${d.year}年度决算` : d.year}
      </td>
      <td>{d.departmentName}</td>
      <td>{TIME.format(trash && d.deletedAt ? d.deletedAt : d.updatedAt)}</td>
      <td>
        <Findings draft={d} />
      </td>
      <td>
        <div className="actions">
          {trash ? (
            <>
              <button type="button" onClick={() => void actions.restore(d.id)}>
                还原
              </button>
              <button
                type="button"
                className="danger-text"
                onClick={() => actions.askDeleteForever(d.id)}
                title="删除全部内容和历史版本，无法还原"
              >
                永久删除
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => onOpen(d.id)}>
                打开
              </button>
              <button type="button" onClick={() => actions.startRename(d.id)} disabled={renaming}>
                重命名
              </button>
              {!final && (
                <button type="button" onClick={() => void actions.duplicate(d.id)} title="复制为一份新草稿（副本）">
                  复制
                </button>
              )}
              <button
                type="button"
                onClick={() => onNextYear(d.id)}
                title={final ? '以本决算为上年决算，新建下一年度的决算' : '以本草稿为上年草稿，新建下一年度的草稿'}
              >
                新建下年
              </button>
              <button type="button" onClick={() => void actions.trash(d.id)} title="移入回收站，可随时还原">
                删除
              </button>
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
