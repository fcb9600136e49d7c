import { useEffect } from 'react';
import type { DraftSession } from '../session/draft-session';

/** A field where the browser's own undo applies to the text being typed. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
  );
}

/**
 * Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z, ⌘ on a Mac) anywhere in an open draft undo and redo its last
 * edit — after a click on a toolbar button, the navigation or an empty part of the page, as well
 * as in the grid. Keys a screen handled itself (the grid, 情况说明, the sections' frames, a dialog)
 * are left to it, and so are text fields, where the browser undoes the typing.
 */
export function useWorkspaceUndoKeys(session: DraftSession): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || !(e.ctrlKey || e.metaKey) || e.isComposing) return;
      const key = e.key.toLowerCase();
      const which = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : null;
      if (!which || isTextField(e.target)) return;
      if (e.target instanceof Element && e.target.closest('[role="dialog"],[role="alertdialog"]')) return;
      e.preventDefault();
      if (which === 'undo') session.undo();
      else session.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}
