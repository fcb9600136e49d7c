import { memo, useMemo } from 'react';
import { fromCents } from '../../../src-core/domain/money/cents';
import { UNIT_LABEL, type AmountUnit } from '../../../src-core/domain/money/units';
import { createAmountSummer, type AmountSum } from '../../../src-core/editor/amount-sum';
import type { GridSession } from './grid-session';
import { displayAmount } from './amount-display';
import { useIdleSum } from './use-idle-sum';

interface Props {
  session: GridSession;
  version: number;
  /** The rows shown (filtered/sorted, or every line). */
  ids: readonly string[];
  /** Lines of the draft, and whether a filter hides some. */
  total: number;
  filtered: boolean;
  /** Rows of the selection (inclusive; rows past the last line are ignored). */
  top: number;
  bottom: number;
}

/** A sum as the grid shows amounts (2,874,600.00), every decimal of a 万元 draft kept, and its unit. */
function Sum({ sum, unit, testId }: { sum: AmountSum; unit: AmountUnit; testId: string }) {
  return (
    <span data-testid={testId}>
      <strong>{displayAmount(fromCents(sum.cents, unit))}</strong> {UNIT_LABEL[unit]}
      {sum.unreadable > 0 && <span className="bad">（另有 {sum.unreadable} 行金额无法读取，未计入）</span>}
    </span>
  );
}

/**
 * 合计 under the 支出明细 grid, as officers check totals in Excel's status bar: the sum of the rows
 * shown (only those a filter keeps) and, when several rows are selected, of the selection — exact,
 * in the draft's amount unit. The sums are made while the page is idle (`useIdleSum`), so that
 * they never slow a keystroke; each line's amount is read once.
 */
export const GridFooter = memo(function GridFooter({ session, version, ids, total, filtered, top, bottom }: Props) {
  const unit = session.engine.head.amountUnit;
  const summer = useMemo(() => createAmountSummer(unit), [unit]);
  const shown = useIdleSum(session, version, ids, summer, 0, ids.length - 1);
  const selected = useIdleSum(session, version, ids, summer, top, bottom, bottom > top);
  return (
    <div className="grid-footer" role="group" aria-label="合计" data-testid="grid-footer">
      <span>
        <span className="label">{filtered ? `筛选后 ${ids.length} / ${total} 行` : `共 ${ids.length} 行`} 合计 </span>
        {shown ? <Sum sum={shown} unit={unit} testId="footer-shown" /> : <span className="label">计算中…</span>}
      </span>
      {selected && (
        <span>
          <span className="label">选中 {selected.rows} 行 合计 </span>
          <Sum sum={selected} unit={unit} testId="footer-selection" />
        </span>
      )}
    </div>
  );
});
