import type { MouseEvent } from 'react';

interface Props {
  /** What is proposed: 建议功能科目, 建议支出类型. */
  title: string;
  /** 0-based row of the line in the grid as shown, or -1 when filtered out. */
  row: number;
  /** The proposed value as the officer reads it (2080505 机关事业单位基本养老保险缴费支出, 公用经费). */
  value: string;
  reason: string;
  testId: string;
  /** The keys that accept this proposal from the grid (shown on the button), if any. */
  shortcut?: string;
  onAccept(): void;
  onDismiss(): void;
}

/**
 * A value proposed for the line just edited — the function code after 30108–30113, the 支出类型
 * after an economic code of the other basic kind — applied in one click (one undo step) or left.
 */
export function ProposalBar({ title, row, value, reason, testId, shortcut, onAccept, onDismiss }: Props) {
  const keepFocus = (e: MouseEvent) => e.preventDefault();
  return (
    <div className="grid-proposal" role="status" data-testid={testId}>
      <span className="label">
        {title}
        {row >= 0 ? `（第 ${row + 1} 行）` : ''}：
      </span>
      <strong>{value}</strong>
      <span className="reason" title={reason}>
        {reason}
      </span>
      <button type="button" className="primary" aria-keyshortcuts={shortcut} onMouseDown={keepFocus} onClick={onAccept}>
        采用
        {shortcut && <kbd className="shortcut">{shortcut}</kbd>}
      </button>
      <button type="button" onMouseDown={keepFocus} onClick={onDismiss}>
        不用
      </button>
    </div>
  );
}
