import { useCallback, useEffect, useState } from 'react';
import type { DraftRepository } from '../../data/draft-repository';
import type { AppInfo, BackupEntry, BackupService } from '../../platform/backups';
import { describeBackupText, storedDrafts } from './backup-actions';

/** What the screen needs of a stored draft: its name, whether it is in the 回收站, 预算 or 决算. */
export interface BackedUpDraft {
  name: string;
  deletedAt: number | null;
  stage: 'budget' | 'final';
}

/** One draft's backups as the 备份与恢复 screen lists them. */
export interface DraftBackups {
  draftId: string;
  /** The stored draft, or null when the database no longer has it. */
  draft: BackedUpDraft | null;
  /** The name to show: the stored draft's, or read from the newest backup. */
  title: string;
  entries: BackupEntry[];
}

export interface BackupLibrary {
  groups: DraftBackups[] | null;
  info: AppInfo | null;
  problem: string | null;
  reload(): void;
}

/** Every draft's backups (newest draft first), with the app's folders; reloaded on demand. */
export function useBackupLibrary(repo: DraftRepository, service: BackupService | null): BackupLibrary {
  const [groups, setGroups] = useState<DraftBackups[] | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (!service) return;
    let cancelled = false;
    void (async () => {
      const [newest, appInfo, drafts] = await Promise.all([service.newest(), service.appInfo(), storedDrafts(repo)]);
      if (appInfo.ok && !cancelled) setInfo(appInfo.value);
      if (!newest.ok) {
        if (!cancelled) setProblem(newest.error);
        return;
      }
      const byId = new Map(
        drafts.map((d): [string, BackedUpDraft] => [
          d.id,
          { name: d.name, deletedAt: d.deletedAt, stage: 'stage' in d ? d.stage : 'budget' },
        ]),
      );
      const out: DraftBackups[] = [];
      const problems: string[] = [];
      for (const n of newest.value) {
        const list = await service.list(n.draftId);
        if (!list.ok) {
          problems.push(list.error);
          continue;
        }
        if (list.value.length === 0) continue;
        const draft = byId.get(n.draftId) ?? null;
        let title = draft?.name ?? '';
        if (!draft) {
          const text = await service.restore(n.draftId, list.value[0].file);
          title = text.ok ? describeBackupText(text.value.text) : '（备份已损坏）';
        }
        out.push({ draftId: n.draftId, draft, title, entries: list.value });
      }
      if (cancelled) return;
      setGroups(out);
      setProblem(problems.length ? problems.join('；') : null);
    })();
    return () => {
      cancelled = true;
    };
  }, [repo, service, tick]);

  return { groups, info, problem, reload };
}
