import { describePercent, type CopyOutcome } from './copy-outcome';

/** What 以上年草稿新建 filled in, so the officer knows what to check next. */
export function NextYearOutcome({ outcome: o }: { outcome: CopyOutcome }) {
  const parts = [
    `支出明细 ${o.lines.expense} 行`,
    `收入 ${o.lines.income} 行`,
    o.lines.carryForward > 0 && `结转结余 ${o.lines.carryForward} 行`,
    o.lines.procurement > 0 && `政府采购 ${o.lines.procurement} 行`,
  ].filter(Boolean);
  return (
    <div className="next-year-outcome" data-testid="next-year-outcome">
      <p className="done">已创建“{o.name}”。</p>
      <ul>
        <li>
          已复制 {o.lines.total} 行（{parts.join('、')}），{describePercent(o.percent)}。
        </li>
        <li>
          上年数已按上年（{o.priorYear} 年）预算数填入 {o.priorFigures} 项；上年执行数请在“上年数”中填写。
        </li>
      </ul>
      <table className="next-year-totals">
        <thead>
          <tr>
            <th></th>
            <th>{o.priorYear} 年（上年）</th>
            <th>{o.year} 年（新草稿）</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>收入总计</th>
            <td>{o.income.before}</td>
            <td data-testid="next-year-income">{o.income.after}</td>
          </tr>
          <tr>
            <th>支出总计</th>
            <td>{o.expense.before}</td>
            <td data-testid="next-year-expense">{o.expense.after}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">
        上年的增减原因说明和审核说明没有复制，请按新年度情况填写。新草稿与上年草稿互不影响，之后在任何一份中修改都不会改动另一份。
      </p>
    </div>
  );
}
