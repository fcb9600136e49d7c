import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { CodePopup } from '../../../src-core/editor/code-popup';

interface Props {
  popup: CodePopup;
  /** Where the list sits in the grid body (under the cell, or above it near the bottom). */
  style: CSSProperties;
  onPick(index: number): void;
}

export const CODE_POPUP_ID = 'code-popup';

/** The catalog entries matching a code cell being edited: code, name and the 类/款 it belongs to. */
export function CodePopupList({ popup, style, onPick }: Props) {
  const listRef = useRef<HTMLUListElement>(null);

  // Keep the highlighted entry in view inside the list (without scrolling the grid).
  useLayoutEffect(() => {
    const list = listRef.current;
    const item = list?.children[popup.active] as HTMLElement | undefined;
    if (!list || !item) return;
    if (item.offsetTop < list.scrollTop) list.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = item.offsetTop + item.offsetHeight - list.clientHeight;
  }, [popup.active, popup.hits]);

  const more = popup.total - popup.hits.length;
  return (
    <div className="code-popup" style={style} data-testid="code-popup" onMouseDown={(e) => e.preventDefault()}>
      <ul ref={listRef} id={CODE_POPUP_ID} role="listbox" aria-label="科目列表">
        {popup.hits.map((hit, i) => (
          <li
            key={hit.entry.code}
            id={`${CODE_POPUP_ID}-${i}`}
            role="option"
            aria-selected={i === popup.active}
            className={i === popup.active ? 'active' : undefined}
            onClick={() => onPick(i)}
          >
            <span className="code">{hit.entry.code}</span>
            <span className="name">{hit.entry.name}</span>
            {hit.path.length > 0 && <span className="path">{hit.path.map((p) => p.name).join(' › ')}</span>}
          </li>
        ))}
      </ul>
      <footer>
        {more > 0 ? `另有 ${more} 项，请继续输入以缩小范围 · ` : ''}↑↓ 选择 · Enter 或 Tab 确定 · Esc 取消
      </footer>
    </div>
  );
}
