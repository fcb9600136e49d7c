import type { SnapshotReason } from '../../data/records';

/** Keeps the stored content of an open draft as a history version; resolves with a problem or null. */
export type VersionKeeper = (reason: SnapshotReason) => Promise<string | null>;

const keepers = new Map<string, VersionKeeper>();

/** The open window's way to keep a version of `draftId` (useFinalHistory registers it while open). */
export function registerVersionKeeper(draftId: string, keeper: VersionKeeper): () => void {
  keepers.set(draftId, keeper);
  return () => {
    if (keepers.get(draftId) === keeper) keepers.delete(draftId);
  };
}

/**
 * Before an action that replaces much of an open 决算 draft (导入 Excel): the content as stored now is
 * kept as a version (`import`: 导入前). Resolves once it is stored — or at once when no history is
 * open for the draft — with why it could not be kept, or null.
 */
export async function keepVersionBefore(draftId: string, reason: SnapshotReason = 'import'): Promise<string | null> {
  const keeper = keepers.get(draftId);
  return keeper ? keeper(reason) : null;
}
