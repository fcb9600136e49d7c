import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { GridMessage } from './use-grid-controller';

interface Props {
  message: GridMessage;
  onDismiss(): void;
}

/** How many refused cells are listed; the rest are counted. */
const SHOWN = 50;

/**
 * 提示框 over the grid: each refused (or doubtful) cell named as displayed, how many there are, and
 * what to do. When the list is longer than the box, a line under it says how many are still below
 * (and follows the scrolling), so that a problem below the fold is not missed.
 */
export function GridMessageBox({ message, onDismiss }: Props) {
  const shown = message.issues.slice(0, SHOWN);
  const listRef = useRef<HTMLOListElement>(null);
  const [below, setBelow] = useState(0);

  /** Items whose bottom is below the visible part of the list. */
  const measure = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const bottom = list.getBoundingClientRect().bottom;
    let hidden = 0;
    for (const item of Array.from(list.children)) {
      if (item.getBoundingClientRect().bottom > bottom + 1) hidden++;
    }
    setBelow(hidden);
  }, []);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = 0;
    measure();
  }, [message, measure]);

  const count = message.issues.length;
  return (
    <div
      className={`grid-message ${message.kind}`}
      role="alertdialog"
      aria-label={message.title}
      data-testid="grid-message"
    >
      <header>
        <h3>{message.title}</h3>
        {count > 1 && <span className="grid-message-count">共 {count} 条</span>}
        <button type="button" onClick={onDismiss}>
          知道了
        </button>
      </header>
      <ol ref={listRef} onScroll={measure} tabIndex={below > 0 ? 0 : undefined} aria-label="问题列表">
        {shown.map((issue, i) => (
          <li key={i}>{issue.message}</li>
        ))}
      </ol>
      {below > 0 && (
        <p className="grid-message-more" data-testid="grid-message-more">
          ↓ 下面还有 {below} 条，请滚动查看
        </p>
      )}
      {count > SHOWN && <p>另有 {count - SHOWN} 个单元格未列出。</p>}
      {message.hint && <p className="hint">{message.hint}</p>}
    </div>
  );
}
