import { useRef } from 'react';
import { useModalFocus } from '../dialog/use-modal-focus';
import type { ConflictQuestion } from './use-draft-session';
import '../commands/dialogs.css';

/** How many colliding items the question names; the rest are counted. */
const LISTED = 6;

/**
 * Another window changed the same values as this one (or recovered edits collide with what was
 * stored since): the officer chooses. Nothing is overwritten until then; Esc keeps the question.
 */
export function ConflictDialog({ question }: { question: ConflictQuestion | null }) {
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, undefined, !!question);
  if (!question) return null;
  const { items, recovered, answer } = question;
  return (
    <div className="app-dialog-backdrop">
      <div
        className="app-dialog conflict-dialog"
        ref={box}
        role="alertdialog"
        aria-modal="true"
        aria-label="修改冲突"
        data-testid="conflict-dialog"
      >
        <h2>{recovered ? '恢复的修改与之后保存的内容冲突' : '另一个窗口也修改了同样的内容'}</h2>
        <p>
          {recovered
            ? '上次关闭窗口前有修改尚未保存完，已恢复；但以下内容在那之后又被修改过：'
            : '以下内容在另一个窗口中也被修改了，本窗口的修改尚未保存：'}
        </p>
        <ul>
          {items.slice(0, LISTED).map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
        {items.length > LISTED && <p className="muted">另有 {items.length - LISTED} 处。</p>}
        <p>其他不冲突的修改都会保留。请选择这些内容保留哪一边：</p>
        <div className="app-dialog-actions">
          <button type="button" className="secondary" onClick={() => answer('theirs')}>
            采用另一窗口的内容
          </button>
          <button type="button" className="primary" onClick={() => answer('ours')} autoFocus>
            保留本窗口的修改
          </button>
        </div>
      </div>
    </div>
  );
}
