import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import './sections.css';

/** A message above a section's content: a refusal (error) or what a change also did (info). */
export interface SectionMessage {
  kind: 'error' | 'info';
  text: string;
}

/** What the frame needs of an open draft: its undo history (a DraftSession or a 决算's FinalSession). */
export interface UndoHost {
  undo(): void;
  redo(): void;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

interface Props {
  session: UndoHost;
  title: string;
  hint?: string;
  message?: SectionMessage | null;
  onDismiss?(): void;
  children: ReactNode;
}

/** Whether a key press belongs to a field holding unstored text (its own typing undo). */
function inDirtyField(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') &&
    target.dataset.dirty === 'true'
  );
}

/**
 * The frame of a section of the draft head (基本信息, 收入, 项目 …): title, undo/redo of the
 * session (Ctrl+Z / Ctrl+Y anywhere in the section except in a field being typed in) and a message.
 */
export function SectionFrame({ session, title, hint, message, onDismiss, children }: Props) {
  const root = useRef<HTMLElement>(null);
  /** An undo may remove the focused row: keep the keyboard in the section so that Ctrl+Y still works. */
  const keepFocus = () =>
    requestAnimationFrame(() => {
      if (root.current && !root.current.contains(document.activeElement)) root.current.focus();
    });
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || inDirtyField(e.target)) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      session.undo();
      keepFocus();
    } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
      e.preventDefault();
      session.redo();
      keepFocus();
    }
  };
  const undo = session.undoLabel;
  const redo = session.redoLabel;
  return (
    <section className="record-section" aria-label={title} onKeyDown={onKeyDown} ref={root} tabIndex={-1}>
      <header className="section-toolbar">
        <h2>{title}</h2>
        {hint && <span className="section-hint">{hint}</span>}
        <span className="section-actions">
          <button type="button" onClick={() => session.undo()} disabled={!undo} title="Ctrl+Z">
            撤销{undo ? ` ${undo}` : ''}
          </button>
          <button type="button" onClick={() => session.redo()} disabled={!redo} title="Ctrl+Y">
            重做{redo ? ` ${redo}` : ''}
          </button>
        </span>
      </header>
      {message && (
        <div className={`section-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          <span>{message.text}</span>
          {onDismiss && (
            <button type="button" onClick={onDismiss}>
              知道了
            </button>
          )}
        </div>
      )}
      <div className="section-scroll">{children}</div>
    </section>
  );
}
