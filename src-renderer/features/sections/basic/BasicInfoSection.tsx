import { useState } from 'react';
import type { DraftSession } from '../../session/draft-session';
import { highlightOf, type SectionFocus } from '../focus';
import { SectionFrame, type SectionMessage } from '../SectionFrame';
import { DepartmentFields } from './DepartmentFields';
import { TextsFields } from './TextsFields';
import { UnitsTable } from './UnitsTable';

interface Props {
  session: DraftSession;
  version: number;
  focus?: SectionFocus | null;
  /** Opens 支出明细 filtered to a unit (the unit list's 查看支出明细). */
  onShowUnitLines?(unit: string): void;
}

/** 基本信息: 部门, 预算单位, the 部门概况 texts; year and amount units shown. */
export function BasicInfoSection({ session, version, focus, onShowUnitLines }: Props) {
  const [message, setMessage] = useState<SectionMessage | null>(null);
  return (
    <SectionFrame
      session={session}
      title="基本信息"
      hint="部门、预算单位与部门概况文字"
      message={message}
      onDismiss={() => setMessage(null)}
    >
      <DepartmentFields session={session} />
      <UnitsTable
        session={session}
        version={version}
        highlight={highlightOf(focus, 'unit')}
        onMessage={setMessage}
        onShowLines={onShowUnitLines}
      />
      <TextsFields session={session} />
    </SectionFrame>
  );
}
