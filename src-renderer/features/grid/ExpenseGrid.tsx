import type { SectionFocus } from '../sections/focus';
import type { DraftSession } from '../session/draft-session';
import { budgetGridSession } from './budget-grid-session';
import { blankLine, expenseColumns } from './expense-columns';
import { LinesGrid, type GridColumnSet, type RevealRequest } from './LinesGrid';

export type { RevealRequest } from './LinesGrid';

interface Props {
  session: DraftSession;
  version: number;
  reveal: RevealRequest | null;
  /** A finding's 定位 to a unit: the grid shows only that unit's lines (once per request). */
  focus?: SectionFocus | null;
}

/** The 预算's column set: expense-columns.ts, with 上年结转. */
const BUDGET_COLUMNS: GridColumnSet = {
  columns: expenseColumns,
  blank: (units, like) => blankLine({ units }, like),
  label: '支出明细',
  emptyText: '还没有支出行。在上面的新行中直接输入，或从 Excel 复制后在此按 Ctrl+V 粘贴（可带表头行）。',
};

/**
 * 支出明细: every expense line of the 预算 draft, edited as in Excel (LinesGrid with the 预算's
 * columns over the DraftSession).
 */
export function ExpenseGrid({ session, version, reveal, focus = null }: Props) {
  return (
    <LinesGrid
      session={budgetGridSession(session)}
      version={version}
      columnSet={BUDGET_COLUMNS}
      reveal={reveal}
      focus={focus}
    />
  );
}
