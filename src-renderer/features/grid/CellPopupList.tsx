import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { CellPopup } from '../../../src-core/editor/cell-popup';

interface Props {
  popup: CellPopup;
  /** Where the list sits in the grid body (under the cell, or above it near the bottom). */
  style: CSSProperties;
  /** The column's title, for the list's accessible name (科目列表, 支出类型). */
  title: string;
  onPick(index: number): void;
}

export const CELL_POPUP_ID = 'cell-popup';

/**
 * The list under a cell being edited: catalog entries (code, name, the 类/款 above) for a code
 * cell, the allowed values for a list cell; “无匹配” when nothing matches what was typed.
 */
export function CellPopupList({ popup, style, title, onPick }: Props) {
  const listRef = useRef<HTMLUListElement>(null);

  // Keep the highlighted entry in view inside the list (without scrolling the grid).
  useLayoutEffect(() => {
    const list = listRef.current;
    const item = popup.active >= 0 ? (list?.children[popup.active] as HTMLElement | undefined) : undefined;
    if (!list || !item) return;
    if (item.offsetTop < list.scrollTop) list.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = item.offsetTop + item.offsetHeight - list.clientHeight;
  }, [popup.active, popup.options]);

  const more = popup.total - popup.options.length;
  const empty = popup.options.length === 0;
  const what = popup.kind === 'code' ? '科目' : '可选值';
  return (
    <div
      className={`cell-popup ${popup.kind}`}
      style={style}
      data-testid="cell-popup"
      onMouseDown={(e) => e.preventDefault()}
    >
      <ul ref={listRef} id={CELL_POPUP_ID} role="listbox" aria-label={popup.kind === 'code' ? '科目列表' : title}>
        {popup.options.map((option, i) => (
          <li
            key={option.value}
            id={`${CELL_POPUP_ID}-${i}`}
            role="option"
            aria-selected={i === popup.active}
            className={i === popup.active ? 'active' : undefined}
            onClick={() => onPick(i)}
          >
            {option.code && <span className="code">{option.code}</span>}
            <span className="name">{option.label || '（未命名）'}</span>
            {option.detail && <span className="path">{option.detail}</span>}
          </li>
        ))}
      </ul>
      {empty && (
        <p className="cell-popup-empty" role="status" data-testid="popup-no-match">
          {popup.query.trim() === '' ? `没有可选的${title}` : `无匹配：没有与“${popup.query.trim()}”相符的${what}`}
        </p>
      )}
      <footer>
        {more > 0 ? `另有 ${more} 项，请继续输入以缩小范围 · ` : ''}
        {empty ? 'Enter 按所填内容确定 · Esc 取消' : '↑↓ 选择 · Enter 或 Tab 确定 · Esc 取消'}
      </footer>
    </div>
  );
}
