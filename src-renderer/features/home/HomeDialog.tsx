import { useEffect, type ReactNode } from 'react';

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
  useEffect(() => {
    if (!onClose) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.isComposing) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="home-dialog-backdrop">
      <div className="home-dialog" role={role} aria-modal="true" aria-label={title}>
        <header className="home-dialog-head">
          <h2>{title}</h2>
          {onClose && <button type="button" className="home-dialog-close" aria-label="关闭" onClick={onClose}>×</button>}
        </header>
        <div className="home-dialog-body">{children}</div>
      </div>
    </div>
  );
}
