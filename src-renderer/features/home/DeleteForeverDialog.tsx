import { useState } from 'react';
import type { DraftSummary } from '../../data/draft-repository';
import { HomeDialog } from './HomeDialog';

interface Props {
  draft: DraftSummary;
  /** Deletes it; answers a Chinese message when refused. */
  onConfirm(): Promise<string | null>;
  onClose(): void;
}

/** 永久删除 from the 回收站, after saying plainly that it cannot be undone. */
export function DeleteForeverDialog({ draft, onConfirm, onClose }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const refused = await onConfirm();
    setBusy(false);
    if (refused) setProblem(refused);
  };
  return (
    <HomeDialog title="永久删除草稿" role="alertdialog" onClose={busy ? undefined : onClose}>
      <p>
        确定永久删除“<b>{draft.name}</b>”（{draft.year} 年，{draft.departmentName}）吗？
      </p>
      <p className="warn-text">草稿的全部内容和历史版本都将被删除，无法还原。如需保留，请先还原后“导出草稿文件”。</p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="home-dialog-actions">
        <button type="button" className="danger" onClick={() => void confirm()} disabled={busy}>
          永久删除
        </button>
        <button type="button" onClick={onClose} disabled={busy} autoFocus>
          取消
        </button>
      </div>
    </HomeDialog>
  );
}
