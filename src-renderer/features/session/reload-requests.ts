/**
 * Asks the window's open session of a draft to reload it from storage, with a message. For writes
 * this window makes outside the session (restoring a history version): the change feed tells only
 * the other windows, never the one that wrote.
 */
const target = new EventTarget();

interface ReloadDetail {
  draftId: string;
  message: string | null;
}

export function requestReload(draftId: string, message: string | null): void {
  target.dispatchEvent(new CustomEvent<ReloadDetail>('reload', { detail: { draftId, message } }));
}

/** Hears reload requests for `draftId`; returns the unsubscribe function. */
export function onReloadRequest(draftId: string, listener: (message: string | null) => void): () => void {
  const handle = (e: Event) => {
    const { detail } = e as CustomEvent<ReloadDetail>;
    if (detail.draftId === draftId) listener(detail.message);
  };
  target.addEventListener('reload', handle);
  return () => target.removeEventListener('reload', handle);
}
