import {
  CARRYOVER_SOURCES,
  CURRENT_SOURCES,
  SOURCE_NAMES,
  type Source,
} from '../../../../src-core/domain/draft/vocabulary';
import { UNIT_LABEL } from '../../../../src-core/domain/money/units';
import type { DraftSession } from '../../session/draft-session';
import { sumAmounts } from '../amounts';
import { streamLines } from '../stream-edits';

/** 按来源合计: the income lines summed exactly per source, 本年收入 and 上年结转结余 apart. */
export function SourceTotals({ session }: { session: DraftSession }) {
  const head = session.head;
  const lines = streamLines(session, 'income').map((l) => l.line);
  const groups: { title: string; carryover: boolean; sources: readonly Source[] }[] = [
    { title: '本年收入', carryover: false, sources: CURRENT_SOURCES },
    { title: '上年结转结余', carryover: true, sources: CARRYOVER_SOURCES },
  ];
  return (
    <table className="summary-table" aria-label="按来源合计">
      <thead>
        <tr>
          <th scope="col">收入来源</th>
          <th scope="col" className="right">
            金额（{UNIT_LABEL[head.amountUnit]}）
          </th>
          <th scope="col" className="right">
            行数
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => {
          const of = lines.filter((l) => l.carryover === g.carryover);
          const used = g.sources.filter((s) => of.some((l) => l.source === s));
          return [
            <tr key={g.title} className="group-row">
              <th scope="row">{g.title}</th>
              <td className="right">
                {
                  sumAmounts(
                    of.map((l) => l.amount),
                    head.amountUnit,
                  ).text
                }
              </td>
              <td className="right">{of.length}</td>
            </tr>,
            ...used.map((s) => {
              const mine = of.filter((l) => l.source === s);
              return (
                <tr key={`${g.title}:${s}`}>
                  <th scope="row" className="indent">
                    {SOURCE_NAMES[s]}
                  </th>
                  <td className="right">
                    {
                      sumAmounts(
                        mine.map((l) => l.amount),
                        head.amountUnit,
                      ).text
                    }
                  </td>
                  <td className="right">{mine.length}</td>
                </tr>
              );
            }),
          ];
        })}
      </tbody>
    </table>
  );
}
