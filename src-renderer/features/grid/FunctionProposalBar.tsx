import type { MouseEvent } from 'react';
import type { FunctionProposal } from './use-grid-controller';

interface Props {
  proposal: FunctionProposal;
  /** 0-based row of the line in the grid as shown, or -1 when filtered out. */
  row: number;
  onAccept(): void;
  onDismiss(): void;
}

/** 建议功能科目: after 30108/30109/30110/30111/30113 is picked, the function code it belongs under, applied in one click (one undo step). */
export function FunctionProposalBar({ proposal, row, onAccept, onDismiss }: Props) {
  const keepFocus = (e: MouseEvent) => e.preventDefault();
  const { code, name, reason } = proposal.suggestion;
  return (
    <div className="function-proposal" role="status" data-testid="function-proposal">
      <span className="label">建议功能科目{row >= 0 ? `（第 ${row + 1} 行）` : ''}：</span>
      <strong>
        {code} {name}
      </strong>
      <span className="reason" title={reason}>
        {reason}
      </span>
      <button type="button" className="primary" onMouseDown={keepFocus} onClick={onAccept}>
        采用
      </button>
      <button type="button" onMouseDown={keepFocus} onClick={onDismiss}>
        不用
      </button>
    </div>
  );
}
