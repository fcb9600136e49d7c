/** The BroadcastChannel on which windows announce their writes. */
export const CHANNEL_NAME = 'budget-drafts';

/**
 * What another window did. `changed`: content, name or trash state of a draft was written at
 * `revision` (a window showing the draft reloads it; the list refreshes). `created` / `deleted`:
 * the list refreshes. `db` is the database name, so that databases never hear each other.
 */
export type DraftEvent =
  | { type: 'changed'; db: string; draftId: string; revision: number }
  | { type: 'created'; db: string; draftId: string }
  | { type: 'deleted'; db: string; draftId: string };

export interface ChangeFeed {
  post(event: DraftEvent): void;
  /** Listens to other windows' events; returns the unsubscribe function. */
  subscribe(listener: (event: DraftEvent) => void): () => void;
  close(): void;
}

/**
 * The feed over BroadcastChannel('budget-drafts'), which every browser, Electron and Node ≥ 18
 * have; where it is missing (a very old browser) the feed is silent and conflicts are still
 * caught by revisions, just later (at the next write).
 */
export function broadcastFeed(name = CHANNEL_NAME): ChangeFeed {
  if (typeof BroadcastChannel === 'undefined') return silentFeed();
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(event: DraftEvent) => void>();
  channel.onmessage = (e: MessageEvent) => {
    const event = e.data as DraftEvent;
    if (!event || typeof event !== 'object' || typeof event.type !== 'string') return;
    for (const l of listeners) l(event);
  };
  let closed = false;
  return {
    post(event) {
      if (!closed) channel.postMessage(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
      channel.close();
    },
  };
}

/** A feed that tells nobody and hears nothing. */
export function silentFeed(): ChangeFeed {
  return { post() {}, subscribe: () => () => {}, close() {} };
}
