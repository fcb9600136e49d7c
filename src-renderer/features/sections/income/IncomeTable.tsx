import { SOURCE_NAMES } from '../../../../src-core/domain/draft/vocabulary';
import { UNIT_LABEL } from '../../../../src-core/domain/money/units';
import type { DraftSession } from '../../session/draft-session';
import { showAmount, sumAmounts } from '../amounts';
import { RecordTable, type RecordColumn } from '../RecordTable';
import { addLine, removeLine, setLine, streamLines } from '../stream-edits';
import { unitName, unitOptions } from '../unit-options';
import { CARRYOVER_OPTIONS, sourceOptions, withIncomeCell, zeroAmount } from './income-rows';

interface Props {
  session: DraftSession;
  highlight: { key: string; nonce: number } | null;
}

/** 收入: one line per unit × source (docs/draft-format.md `income[]`). */
export function IncomeTable({ session, highlight }: Props) {
  const head = session.head;
  const lines = streamLines(session, 'income');
  const columns: RecordColumn[] = [
    { key: 'unit', label: '单位', width: 260, kind: 'select', options: unitOptions(head.units) },
    { key: 'carryover', label: '收入类别', width: 140, kind: 'select', options: CARRYOVER_OPTIONS },
    {
      key: 'source',
      label: '收入来源',
      kind: 'select',
      options: (row) => sourceOptions(lines[row]?.line.carryover ?? false),
    },
    { key: 'amount', label: `金额（${UNIT_LABEL[head.amountUnit]}）`, width: 190, kind: 'amount' },
  ];
  const rows = lines.map(({ id, line }) => ({
    key: id,
    cells: { unit: line.unit, carryover: String(line.carryover), source: line.source, amount: line.amount },
    display: {
      unit: unitName(head.units, line.unit),
      carryover: line.carryover ? '上年结转结余' : '本年收入',
      source: SOURCE_NAMES[line.source] ?? line.source,
      amount: showAmount(line.amount),
    },
  }));
  const total = sumAmounts(
    lines.map((l) => l.line.amount),
    head.amountUnit,
  );
  return (
    <RecordTable
      label="收入"
      columns={columns}
      rows={rows}
      highlight={highlight}
      onCommit={(row, key, text) => {
        const { id, line } = lines[row];
        const r = withIncomeCell(line, key, text, head.amountUnit);
        if (!r.ok) return r.error;
        setLine(session, 'income', id, r.value, '修改收入');
        return null;
      }}
      onAdd={() =>
        addLine(
          session,
          'income',
          {
            unit: head.units[0]?.code ?? '',
            source: 'gpb',
            carryover: false,
            amount: zeroAmount(head.amountUnit),
          },
          '新增收入',
        )
      }
      addLabel="新增收入"
      onRemove={(row) => {
        removeLine(session, 'income', lines[row].id, '删除收入');
        return null;
      }}
      emptyText="尚无收入行"
      footer={
        <tr className="total-row">
          <th scope="row" colSpan={3}>
            收入合计
          </th>
          <td className="right" data-testid="income-table-total">
            {total.text}
          </td>
          <td />
        </tr>
      }
    />
  );
}
