import {
  PROCUREMENT_KINDS,
  PROCUREMENT_KIND_NAMES,
  type ProcurementKind,
} from '../../../../src-core/domain/draft/vocabulary';
import type { ProcurementItem } from '../../../../src-core/domain/draft/types';
import { UNIT_LABEL } from '../../../../src-core/domain/money/units';
import type { DraftSession } from '../../session/draft-session';
import { readAmount, showAmount, sumAmounts } from '../amounts';
import { zeroAmount } from '../income/income-rows';
import { RecordTable, type RecordColumn } from '../RecordTable';
import { addLine, removeLine, setLine, streamLines } from '../stream-edits';
import { unitName, unitOptions } from '../unit-options';

/** 政府采购 (docs/draft-format.md `procurement[]`): unit, project, 品目, 类别, amount. */
export function ProcurementTable({
  session,
  highlight,
}: {
  session: DraftSession;
  highlight: { key: string; nonce: number } | null;
}) {
  const head = session.head;
  const lines = streamLines(session, 'procurement');
  const projectOptions = [
    { value: '', label: '（不属于项目）' },
    ...head.projects.map((p) => ({ value: p.code, label: `${p.code} ${p.name}` })),
  ];
  const columns: RecordColumn[] = [
    { key: 'unit', label: '单位', width: 220, kind: 'select', options: unitOptions(head.units) },
    { key: 'project', label: '项目', width: 240, kind: 'select', options: projectOptions },
    { key: 'item', label: '采购品目' },
    {
      key: 'kind',
      label: '采购类别',
      width: 100,
      kind: 'select',
      options: PROCUREMENT_KINDS.map((k) => ({ value: k, label: PROCUREMENT_KIND_NAMES[k] })),
    },
    { key: 'amount', label: `金额（${UNIT_LABEL[head.amountUnit]}）`, width: 170, kind: 'amount' },
  ];
  const rows = lines.map(({ id, line }) => ({
    key: id,
    cells: { unit: line.unit, project: line.project ?? '', item: line.item, kind: line.kind, amount: line.amount },
    display: {
      unit: unitName(head.units, line.unit),
      project: line.project ? (head.projects.find((p) => p.code === line.project)?.name ?? line.project) : '—',
      kind: PROCUREMENT_KIND_NAMES[line.kind] ?? line.kind,
      amount: showAmount(line.amount),
    },
  }));
  const withCell = (line: ProcurementItem, key: string, text: string): ProcurementItem | string => {
    switch (key) {
      case 'amount': {
        const a = readAmount(text, head.amountUnit);
        return a.ok ? { ...line, amount: a.value } : a.error;
      }
      case 'project':
        return { ...line, project: text === '' ? null : text };
      case 'kind':
        return { ...line, kind: text as ProcurementKind };
      case 'item':
        return text.trim() === '' ? '采购品目不能为空' : { ...line, item: text.trim() };
      default:
        return { ...line, [key]: text };
    }
  };
  return (
    <RecordTable
      label="政府采购"
      columns={columns}
      rows={rows}
      highlight={highlight}
      onCommit={(row, key, text) => {
        const { id, line } = lines[row];
        const next = withCell(line, key, text);
        if (typeof next === 'string') return next;
        setLine(session, 'procurement', id, next, '修改政府采购');
        return null;
      }}
      onAdd={() =>
        addLine(
          session,
          'procurement',
          {
            unit: head.units[0]?.code ?? '',
            project: null,
            item: '新采购品目',
            kind: 'goods',
            amount: zeroAmount(head.amountUnit),
          },
          '新增政府采购',
        )
      }
      addLabel="新增采购"
      onRemove={(row) => {
        removeLine(session, 'procurement', lines[row].id, '删除政府采购');
        return null;
      }}
      emptyText="本年度没有政府采购"
      footer={
        lines.length > 0 ? (
          <tr className="total-row">
            <th scope="row" colSpan={4}>
              政府采购合计
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
