import type { DraftSession } from '../../session/draft-session';
import { highlightOf, type SectionFocus } from '../focus';
import { SectionFrame } from '../SectionFrame';
import { AssetsPanel } from './AssetsPanel';
import { ProcurementTable } from './ProcurementTable';

interface Props {
  session: DraftSession;
  version: number;
  focus?: SectionFocus | null;
}

/** 其他事项: 政府采购 and the 国有资产 facts used by the explanation. */
export function OtherSection({ session, focus }: Props) {
  return (
    <SectionFrame session={session} title="其他事项" hint="政府采购预算与国有资产占有使用情况">
      <fieldset className="field-group">
        <legend>政府采购</legend>
        <ProcurementTable session={session} highlight={highlightOf(focus, 'line')} />
      </fieldset>
      <fieldset className="field-group">
        <legend>国有资产占有使用情况</legend>
        <AssetsPanel session={session} />
      </fieldset>
    </SectionFrame>
  );
}
