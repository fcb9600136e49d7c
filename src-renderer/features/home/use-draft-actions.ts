import { useState } from 'react';
import type { DraftRepository, DraftSummary } from '../../data/draft-repository';
import { finalRepositoryOf } from '../../data/final-repository';
import type { ListedDraft } from './use-draft-list';

export interface DraftActions {
  /** The draft whose name is being edited in place. */
  renamingId: string | null;
  /** The draft of the 回收站 waiting for the 永久删除 confirmation. */
  deleting: DraftSummary | null;
  /** What the last action did (role=status), or why it was refused (role=alert). */
  notice: { kind: 'done' | 'problem'; text: string } | null;
  dismissNotice(): void;
  startRename(id: string): void;
  cancelRename(): void;
  saveRename(id: string, name: string): Promise<string | null>;
  duplicate(id: string): Promise<void>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  askDeleteForever(id: string): void;
  cancelDeleteForever(): void;
  deleteForever(id: string): Promise<string | null>;
}

/** 重命名, 复制, 删除 (to the 回收站), 还原 and 永久删除 of the drafts listed on 首页. */
export function useDraftActions(
  repo: DraftRepository,
  drafts: readonly ListedDraft[] | null,
  refresh: () => void,
): DraftActions {
  // 决算 drafts are stored apart (final-repository.ts) and take the same actions there (复制 aside).
  const finals = finalRepositoryOf(repo.db);
  const isFinal = (id: string) => drafts?.find((d) => d.id === id)?.stage === 'final';
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);
  const [notice, setNotice] = useState<DraftActions['notice']>(null);
  const find = (id: string) => drafts?.find((d) => d.id === id);
  const nameOf = (id: string) => find(id)?.name ?? '草稿';
  const done = (text: string) => setNotice({ kind: 'done', text });
  const problem = (text: string) => setNotice({ kind: 'problem', text });

  return {
    renamingId,
    deleting,
    notice,
    dismissNotice: () => setNotice(null),
    startRename: (id) => {
      setRenamingId(id);
      setNotice(null);
    },
    cancelRename: () => setRenamingId(null),
    saveRename: async (id, name) => {
      const r = isFinal(id) ? await finals.rename(id, name) : await repo.renameDraft(id, name);
      if (!r.ok) return r.error.message;
      setRenamingId(null);
      done(`已重命名为“${name.trim()}”。`);
      refresh();
      return null;
    },
    duplicate: async (id) => {
      const source = find(id);
      const name = `${nameOf(id)}（副本）`;
      const r = await repo.duplicateDraft(id, { name });
      if (!r.ok) return problem(r.error.message);
      // Same content: the source's finding counts hold for the copy when they were current.
      if (source?.status && source.statusRevision === source.revision)
        await repo.setStatus(r.value.id, r.value.revision, source.status);
      done(`已复制为“${name}”，两份草稿互不影响。`);
      refresh();
    },
    trash: async (id) => {
      const name = nameOf(id);
      const r = isFinal(id) ? await finals.moveToTrash(id) : await repo.moveToTrash(id);
      if (r.ok) done(`已将“${name}”移入回收站，可在回收站中还原。`);
      else problem(r.error.message);
      refresh();
    },
    restore: async (id) => {
      const name = nameOf(id);
      const r = isFinal(id) ? await finals.restoreFromTrash(id) : await repo.restoreFromTrash(id);
      if (r.ok) done(`已还原“${name}”，它已回到“我的草稿”。`);
      else problem(r.error.message);
      refresh();
    },
    askDeleteForever: (id) => setDeleting(find(id) ?? null),
    cancelDeleteForever: () => setDeleting(null),
    deleteForever: async (id) => {
      const name = nameOf(id);
      const r = isFinal(id) ? await finals.deleteForever(id) : await repo.deleteForever(id);
      if (!r.ok) return r.error.message;
      setDeleting(null);
      done(`已永久删除“${name}”。`);
      refresh();
      return null;
    },
  };
}
