import { THREE_COUNT_KEYS, THREE_COUNT_NAMES } from '../../../src-core/domain/draft/vocabulary';
import type { ThreeCounts } from '../../../src-core/domain/draft/types';
import { readAmount, readCount, showAmount } from '../sections/amounts';
import { RecordTable, type RecordColumn, type RecordRow } from '../sections/RecordTable';
import type { FinalSession } from './final-session';
import { SectionFrame } from '../sections/SectionFrame';

const COLUMNS: RecordColumn[] = [
  { key: 'name', label: '项目', kind: 'readonly' },
  { key: 'value', label: '数量或金额', kind: 'number', width: 160 },
];
const FOREIGN = 'receptionForeign';

interface Props {
  session: FinalSession;
  version: number;
}

/**
 * “三公”经费情况: the counts the 情况说明 prints (团组, 人次, 车辆, 接待批次/人次) and the part of
 * 公务接待费 spent on 外宾. Blank removes a count; a count is a whole number.
 */
export function FinalThreeSection({ session }: Props) {
  const three = session.head.three;
  const unit = session.head.amountUnit;
  const rows: RecordRow[] = [
    ...THREE_COUNT_KEYS.map((k) => ({
      key: k,
      cells: { name: THREE_COUNT_NAMES[k], value: three[k] === undefined ? '' : String(three[k]) },
    })),
    {
      key: FOREIGN,
      cells: { name: `其中外宾接待费（${unit === 'yuan' ? '元' : '万元'}）`, value: three.receptionForeign ?? '' },
      display: { value: three.receptionForeign ? showAmount(three.receptionForeign) : '' },
    },
  ];
  return (
    <SectionFrame
      session={session}
      title="“三公”经费情况"
      hint="“三公”经费的决算数由支出明细（经济分类 30212、31013、30231、30217）自动汇总，这里填写说明中要用的数量。"
    >
      <RecordTable
        label="“三公”经费情况"
        columns={COLUMNS}
        rows={rows}
        onCommit={(row, _col, text) => {
          const key = rows[row].key;
          const next: ThreeCounts = { ...three };
          if (key === FOREIGN) {
            if (text.trim() === '') delete next.receptionForeign;
            else {
              const a = readAmount(text, unit);
              if (!a.ok) return a.error;
              next.receptionForeign = a.value;
            }
          } else {
            const n = readCount(text, { blank: true });
            if (!n.ok) return n.error;
            const k = key as (typeof THREE_COUNT_KEYS)[number];
            if (n.value === null) delete next[k];
            else next[k] = n.value;
          }
          session.setPart('修改“三公”情况', 'three', next);
          return null;
        }}
      />
    </SectionFrame>
  );
}
