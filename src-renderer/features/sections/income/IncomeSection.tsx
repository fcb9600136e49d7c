import type { DraftSession } from '../../session/draft-session';
import { highlightOf, type SectionFocus } from '../focus';
import { SectionFrame } from '../SectionFrame';
import { CarryForwardTable } from './CarryForwardTable';
import { IncomeTable } from './IncomeTable';
import { SourceTotals } from './SourceTotals';

interface Props {
  session: DraftSession;
  version: number;
  focus?: SectionFocus | null;
}

/** 收入: the income lines, their totals per source, and 年终结转结余. */
export function IncomeSection({ session, focus }: Props) {
  const line = highlightOf(focus, 'line');
  return (
    <SectionFrame session={session} title="收入" hint="收入按单位 × 来源逐行填写；金额可从 Excel 粘贴或直接输入">
      <div className="section-columns">
        <fieldset className="field-group grow">
          <legend>收入明细</legend>
          <IncomeTable session={session} highlight={line} />
        </fieldset>
        <fieldset className="field-group side">
          <legend>按来源合计</legend>
          <SourceTotals session={session} />
        </fieldset>
      </div>
      <fieldset className="field-group">
        <legend>年终结转结余</legend>
        <CarryForwardTable session={session} highlight={line} />
      </fieldset>
    </SectionFrame>
  );
}
