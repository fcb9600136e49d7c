import type { DraftRepository } from '../../data/draft-repository';
import type { FinalRepository } from '../../data/final-repository';
import { useAutoBackup, type BackedUpSession } from './use-auto-backup';

interface Props {
  repo: DraftRepository | FinalRepository;
  session: BackedUpSession;
  version: number;
}

/** Backs up the open draft (desktop) and says so only when a backup failed. */
export function AutoBackupNotice({ repo, session, version }: Props) {
  const { problem, retry } = useAutoBackup(repo, session, version);
  if (!problem) return null;
  return (
    <div className="notice" role="alert" data-testid="auto-backup-problem">
      <span>{problem}</span>
      <button type="button" onClick={retry}>
        重试
      </button>
    </div>
  );
}
