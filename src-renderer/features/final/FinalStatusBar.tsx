import { useMemo } from 'react';
import { displayAmount } from '../../../src-core/domain/money/cents';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import { asOf } from '../session/as-of';
import type { FinalSession } from './final-session';

interface Props {
  session: FinalSession;
  version: number;
  onShowReview(): void;
}

/**
 * The 决算's identities as the officer types: 收入总计 (本年收入 + 使用非财政拨款结余 + 年初结转和结余)
 * and 支出总计 (本年支出 + 结余分配 + 年末结转和结余, the last derived), 本年收入/支出 and 年末结转和结余,
 * and the findings of the 决算 checks. 年末 below zero is shown red (R-F-BAL reports where).
 */
export function FinalStatusBar({ session, version, onShowReview }: Props) {
  const engine = session.engine;
  const unit = engine.head.publishUnit;
  const s = useMemo(() => {
    const e = asOf(engine, version);
    return {
      ...e.status(),
      incomeTotal: displayAmount(e.metric('incomeTotal'), unit),
      expenseTotal: displayAmount(e.metric('expenseTotal'), unit),
      closingNegative: e.metric('closing') < 0,
    };
  }, [engine, version, unit]);
  const u = UNIT_LABEL[unit];
  return (
    <footer className="status-bar" role="status" data-testid="final-status">
      <span data-testid="status-income-total">
        收入总计 <b>{s.incomeTotal}</b> {u}
      </span>
      <span data-testid="status-expense-total">
        支出总计 <b>{s.expenseTotal}</b> {u}
      </span>
      <span data-testid="status-income">
        本年收入 <b>{s.income}</b>
      </span>
      <span data-testid="status-expense">
        本年支出 <b>{s.expense}</b>
      </span>
      <span data-testid="status-closing" className={s.closingNegative ? 'bad' : undefined}>
        年末结转和结余 <b>{s.closing}</b>
      </span>
      <button
        type="button"
        className={s.errors > 0 ? 'status-diff bad' : 'status-diff'}
        data-testid="status-errors"
        onClick={onShowReview}
      >
        错误 <b>{s.errors}</b>
      </button>
      <span data-testid="status-warnings" className={s.warnings > 0 ? 'warn' : undefined}>
        提示 <b>{s.warnings}</b>
      </span>
      <span className="status-file">{session.name}</span>
    </footer>
  );
}
