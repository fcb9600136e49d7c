import { SOURCE_NAMES } from '../../../../src-core/domain/draft/vocabulary';
import { UNIT_LABEL } from '../../../../src-core/domain/money/units';
import type { DraftSession } from '../../session/draft-session';
import { showAmount, sumAmounts } from '../amounts';
import { RecordTable, type RecordColumn } from '../RecordTable';
import { addLine, removeLine, setLine, streamLines } from '../stream-edits';
import { unitName, unitOptions } from '../unit-options';
import { sourceOptions, withCarryForwardCell, zeroAmount } from './income-rows';

/** 年终结转结余 (docs/draft-format.md `carryForward[]`): money not spent this year, by fund. */
export function CarryForwardTable({
  session,
  highlight,
}: {
  session: DraftSession;
  highlight: { key: string; nonce: number } | null;
}) {
  const head = session.head;
  const lines = streamLines(session, 'carryForward');
  const columns: RecordColumn[] = [
    { key: 'unit', label: '单位', width: 260, kind: 'select', options: unitOptions(head.units) },
    { key: 'source', label: '资金来源', kind: 'select', options: sourceOptions(true) },
    { key: 'amount', label: `金额（${UNIT_LABEL[head.amountUnit]}）`, width: 190, kind: 'amount' },
  ];
  const rows = lines.map(({ id, line }) => ({
    key: id,
    cells: { unit: line.unit, source: line.source, amount: line.amount },
    display: {
      unit: unitName(head.units, line.unit),
      source: SOURCE_NAMES[line.source] ?? line.source,
      amount: showAmount(line.amount),
    },
  }));
  return (
    <RecordTable
      label="年终结转结余"
      columns={columns}
      rows={rows}
      highlight={highlight}
      onCommit={(row, key, text) => {
        const { id, line } = lines[row];
        const r = withCarryForwardCell(line, key, text, head.amountUnit);
        if (!r.ok) return r.error;
        setLine(session, 'carryForward', id, r.value, '修改年终结转结余');
        return null;
      }}
      onAdd={() =>
        addLine(
          session,
          'carryForward',
          { unit: head.units[0]?.code ?? '', source: 'gpb', amount: zeroAmount(head.amountUnit) },
          '新增年终结转结余',
        )
      }
      addLabel="新增年终结转结余"
      onRemove={(row) => {
        removeLine(session, 'carryForward', lines[row].id, '删除年终结转结余');
        return null;
      }}
      emptyText="没有年终结转结余（收支平衡时通常为空）"
      footer={
        lines.length > 0 ? (
          <tr className="total-row">
            <th scope="row" colSpan={2}>
              合计
            </th>
            <td className="right">
              {
                sumAmounts(
                  lines.map((l) => l.line.amount),
                  head.amountUnit,
                ).text
              }
            </td>
            <td />
          </tr>
        ) : undefined
      }
    />
  );
}
