import type { DraftRepository } from '../../data/draft-repository';
import type { DraftSession } from '../session/draft-session';
import { useAutoBackup } from './use-auto-backup';

interface Props {
  repo: DraftRepository;
  session: DraftSession;
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
