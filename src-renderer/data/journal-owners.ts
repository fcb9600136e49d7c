/**
 * Which windows are alive, for the edit journal: each draft session holds a Web Lock named after
 * its journal owner id for as long as it is open. The browser releases a lock when its page goes
 * away (closed, reloaded, crashed), so a journal whose owner's lock is not held belongs to a dead
 * window and may be replayed. Where Web Locks are missing every other owner counts as dead;
 * replaying a live window's journal is still safe (replays skip what is stored and merge the rest).
 */
const LOCK_PREFIX = 'budget-journal-owner:';

interface LockManagerLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

function lockManager(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}

/** Holds the owner's lock until `release` is called (or the page goes away). */
export function holdOwnerLock(owner: string): () => void {
  const locks = lockManager();
  if (!locks) return () => {};
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  void locks.request(`${LOCK_PREFIX}${owner}`, () => held).catch(() => {});
  return release;
}

/** The owners whose windows are open now (a snapshot). */
export async function liveOwners(): Promise<(owner: string) => boolean> {
  const locks = lockManager();
  if (!locks) return () => false;
  try {
    const state = await locks.query();
    const names = new Set((state.held ?? []).map((l) => l.name ?? ''));
    return (owner) => names.has(`${LOCK_PREFIX}${owner}`);
  } catch {
    return () => false;
  }
}
