import { useEffect, useRef, type RefObject } from 'react';
import { nextFocusIndex, radioInTabOrder } from './focus-order';

const CANDIDATES = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';

/** The elements Tab may reach inside `root`, in document order. */
function tabbables(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter((el) => {
    if (el.tabIndex < 0 || el.matches(':disabled')) return false;
    if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
    if (el.closest('[inert]')) return false;
    // Closed <details>: only its <summary> is shown.
    const details = el.parentElement?.closest('details');
    if (details && !details.open && !(el.tagName === 'SUMMARY' && el.parentElement === details)) return false;
    return el.getClientRects().length > 0;
  });
  const radios = all.filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === 'radio');
  const facts = radios.map((r) => ({ name: r.name, checked: r.checked }));
  return all.filter((el) => {
    const i = radios.indexOf(el as HTMLInputElement);
    return i < 0 || radioInTabOrder(facts[i], i, facts);
  });
}

/** Open modal dialogs, innermost last: only the innermost one handles keys. */
const open: object[] = [];

/**
 * Keyboard focus for a modal dialog (`ref` on the element with role="dialog"/"alertdialog"):
 * - on open, focus goes to the element with autoFocus, else the first focusable one;
 * - Tab / Shift+Tab cycle within the dialog and never reach the page behind;
 * - Esc calls `onCancel` (pass undefined while the dialog must stay, e.g. a write under way);
 * - on close (the dialog leaves the page), focus returns to where it was before it opened.
 * `isOpen` is for a dialog component that stays mounted and renders nothing while closed.
 */
export function useModalFocus(ref: RefObject<HTMLElement | null>, onCancel?: () => void, isOpen = true): void {
  const cancel = useRef(onCancel);
  cancel.current = onCancel;

  // Where focus was before the dialog opened: read while rendering the opening, because
  // React's autoFocus moves focus into the dialog before any effect of this hook runs.
  const opener = useRef<Element | null>(null);
  const wasOpen = useRef(false);
  if (isOpen !== wasOpen.current) {
    wasOpen.current = isOpen;
    if (isOpen) opener.current = document.activeElement;
  }

  useEffect(() => {
    const root = ref.current;
    if (!isOpen || !root) return;
    const me = {};
    open.push(me);
    if (!root.contains(document.activeElement)) {
      const first = tabbables(root)[0];
      if (first) first.focus();
      else {
        if (!root.hasAttribute('tabindex')) root.tabIndex = -1;
        root.focus();
      }
    }

    const onKey = (e: KeyboardEvent) => {
      if (open[open.length - 1] !== me || e.defaultPrevented || e.isComposing) return;
      if (e.key === 'Escape') {
        if (!cancel.current) return;
        e.preventDefault();
        e.stopPropagation();
        cancel.current();
      } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        e.stopPropagation();
        const list = tabbables(root);
        const next = nextFocusIndex(list.length, list.indexOf(document.activeElement as HTMLElement), e.shiftKey);
        if (next >= 0) list[next].focus();
      }
    };
    // A click on the page behind cannot take focus there either.
    const onFocusIn = (e: FocusEvent) => {
      if (open[open.length - 1] !== me || !(e.target instanceof Node) || root.contains(e.target)) return;
      (tabbables(root)[0] ?? root).focus();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocusIn);
      open.splice(open.indexOf(me), 1);
      // Still on the page: not a close (React StrictMode re-running effects): keep focus where it is.
      if (root.isConnected) return;
      const back = opener.current;
      opener.current = null;
      const taken = document.activeElement && document.activeElement !== document.body;
      if (!taken && back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [ref, isOpen]);
}
