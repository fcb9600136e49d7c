import { createContext, useContext, useEffect, useId, useRef } from 'react';

/**
 * Tells the open draft that a field holds typed text it has not handed over yet, and how to make
 * it do so now (`store`; null once it holds nothing). The header then says 保存中, and the page
 * leaving (reload, window closed, hidden) stores the text first. Provided by the workspace with
 * `session.hold`; outside a workspace it does nothing.
 */
export const HoldContext = createContext<(field: string, store: (() => void) | null) => void>(() => {});

/**
 * For a field that stores typed text after a pause (or on blur): registers with the open draft
 * while it holds unstored text. `commit` must read the latest text itself (from a ref): it is
 * called outside React's render, e.g. while the page unloads.
 */
export function useCommitOnLeave(dirty: boolean, commit: () => void): void {
  const field = useId();
  const hold = useContext(HoldContext);
  const latest = useRef(commit);
  latest.current = commit;
  const holding = useRef(dirty);
  holding.current = dirty;

  useEffect(() => {
    hold(field, dirty ? () => latest.current() : null);
  }, [dirty, field, hold]);

  // A field that goes away (section switched, draft closed) while holding text stores it.
  useEffect(
    () => () => {
      if (holding.current) latest.current();
      hold(field, null);
    },
    [field, hold],
  );
}
