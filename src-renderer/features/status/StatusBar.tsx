import type { Status } from '../../../src-core/domain/engine/budget-engine';
import { UNIT_LABEL, type AmountUnit } from '../../../src-core/domain/money/units';

interface Props {
  status: Status | null;
  unit: AmountUnit | null;
  fileName: string | null;
}

/** Zero difference as the engine prints it (0.00, -0.00). */
function isZero(amount: string): boolean {
  return /^-?0+(\.0+)?$/.test(amount);
}

/** Always visible at the bottom: the balance of the open draft and the count of findings. */
export function StatusBar({ status, unit, fileName }: Props) {
  const unitLabel = unit ? UNIT_LABEL[unit] : '';
  const blank = '—';
  const diffBad = status !== null && !isZero(status.difference);
  return (
    <footer className="status-bar" role="status">
      <span data-testid="status-income">
        收入总计 <b>{status?.income ?? blank}</b> {unitLabel}
      </span>
      <span data-testid="status-expense">
        支出总计 <b>{status?.expense ?? blank}</b> {unitLabel}
      </span>
      <span data-testid="status-diff" className={diffBad ? 'bad' : undefined}>
        差额 <b>{status?.difference ?? blank}</b>
      </span>
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
