import type { Status } from '../../../src-core/domain/engine/budget-engine';
import { UNIT_LABEL, type AmountUnit } from '../../../src-core/domain/money/units';

interface Props {
  status: Status | null;
  unit: AmountUnit | null;
  fileName: string | null;
  /** The difference was clicked: show what makes income and expenses differ (the 收支平衡 findings). */
  onShowImbalance?(): void;
}

/** Always visible at the bottom: the balance of the open draft and the count of findings. */
export function StatusBar({ status, unit, fileName, onShowImbalance }: Props) {
  const unitLabel = unit ? UNIT_LABEL[unit] : '';
  const blank = '—';
  const diffBad = status !== null && !status.balanced;
  const diff = status?.exactDifference;
  return (
    <footer className="status-bar" role="status">
      <span data-testid="status-income">
        收入总计 <b>{status?.income ?? blank}</b> {unitLabel}
      </span>
      <span data-testid="status-expense">
        支出总计 <b>{status?.expense ?? blank}</b> {unitLabel}
      </span>
      {diffBad && onShowImbalance ? (
        <button
          type="button"
          data-testid="status-diff"
          className="status-diff bad"
          title="查看收支不平衡的原因"
          onClick={onShowImbalance}
        >
          差额 <b>{diff!.amount}</b> {UNIT_LABEL[diff!.unit]}
        </button>
      ) : (
        <span data-testid="status-diff" className={diffBad ? 'bad' : undefined}>
          差额 <b>{diff?.amount ?? blank}</b> {diff ? UNIT_LABEL[diff.unit] : ''}
        </span>
      )}
      <span data-testid="status-errors" className={status && status.errors > 0 ? 'bad' : undefined}>
        错误 <b>{status?.errors ?? blank}</b>
      </span>
      <span data-testid="status-warnings" className={status && status.warnings > 0 ? 'warn' : undefined}>
        提示 <b>{status?.warnings ?? blank}</b>
      </span>
      <span className="status-file">{fileName ?? '未打开草稿'}</span>
    </footer>
  );
}
