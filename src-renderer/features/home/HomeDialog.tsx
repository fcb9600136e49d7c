import { useRef, type ReactNode } from 'react';
import { useModalFocus } from '../dialog/use-modal-focus';

interface Props {
  title: string;
  /** Absent while the dialog must stay (a write under way). */
  onClose?: () => void;
  /** alertdialog for a confirmation that cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  children: ReactNode;
}

/** A small modal window of 首页 (以上年草稿新建, 永久删除): Esc or × closes it. */
export function HomeDialog({ title, onClose, role = 'dialog', children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, onClose);

  return (
    <div className="home-dialog-backdrop">
      <div className="home-dialog" ref={box} role={role} aria-modal="true" aria-label={title}>
        <header className="home-dialog-head">
          <h2>{title}</h2>
          {onClose && (
            <button type="button" className="home-dialog-close" aria-label="关闭" onClick={onClose}>
              ×
            </button>
          )}
        </header>
        <div className="home-dialog-body">{children}</div>
      </div>
    </div>
  );
}
