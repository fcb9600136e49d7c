import { useMemo } from 'react';
import type { BudgetUnit } from '../../../../src-core/domain/draft/types';
import { UNIT_TYPES, UNIT_TYPE_NAMES, type UnitType } from '../../../../src-core/domain/draft/vocabulary';
import type { DraftSession } from '../../session/draft-session';
import { ALL_STREAMS } from '../draft-reader';
import type { SectionMessage } from '../SectionFrame';
import { RecordTable, type RecordColumn } from '../RecordTable';
import { addUnitEdits, changeUnitEdits, removeUnitEdits, type UnitChange } from './unit-edits';
import { asOf } from '../../session/as-of';
import './units.css';

const COLUMNS: RecordColumn[] = [
  { key: 'code', label: '单位编码', width: 130 },
  { key: 'name', label: '单位名称' },
  {
    key: 'type',
    label: '单位类型',
    width: 260,
    kind: 'select',
    options: UNIT_TYPES.map((t) => ({ value: t, label: UNIT_TYPE_NAMES[t] })),
  },
  { key: 'lines', label: '收支行数', width: 100, kind: 'readonly' },
  { key: 'show', label: '支出明细', width: 130, kind: 'readonly' },
];

interface Props {
  session: DraftSession;
  version: number;
  highlight: { key: string; nonce: number } | null;
  onMessage(message: SectionMessage | null): void;
  /** Opens 支出明细 showing only this unit's lines (absent: no such action). */
  onShowLines?(unit: string): void;
}

/**
 * 预算单位: add, rename, change type or code (lines follow a new code, one undo step), delete if
 * unused; a unit with expense lines offers 查看支出明细 (the grid filtered to it).
 */
export function UnitsTable({ session, version, highlight, onMessage, onShowLines }: Props) {
  const units = session.head.units;
  /** Lines per unit: of every stream, and of 支出明细 alone. */
  const counts = useMemo(() => {
    const current = asOf(session, version);
    const all = new Map<string, number>();
    const expense = new Map<string, number>();
    for (const stream of ALL_STREAMS) {
      for (const id of current.lineIds(stream)) {
        const u = current.line(stream, id).unit;
        all.set(u, (all.get(u) ?? 0) + 1);
        if (stream === 'expense') expense.set(u, (expense.get(u) ?? 0) + 1);
      }
    }
    return { all, expense };
  }, [session, version]);

  const apply = (label: string, change: UnitChange) => {
    session.perform(label, change.edits);
    onMessage(change.note ? { kind: 'info', text: change.note } : null);
  };

  const onCommit = (row: number, key: string, text: string): string | null => {
    const unit = units[row];
    const after: BudgetUnit = key === 'type' ? { ...unit, type: text as UnitType } : { ...unit, [key]: text };
    const r = changeUnitEdits(session, row, after);
    if (!r.ok) return r.error;
    apply(key === 'code' ? '修改单位编码' : '修改单位', r.value);
    return null;
  };

  const onRemove = (row: number): string | null => {
    const r = removeUnitEdits(session, row);
    if (!r.ok) return r.error;
    apply('删除单位', r.value);
    return null;
  };

  const rows = units.map((u, i) => {
    const expenseLines = counts.expense.get(u.code) ?? 0;
    return {
      key: u.code || `#${i}`,
      cells: { code: u.code, name: u.name, type: u.type, lines: String(counts.all.get(u.code) ?? 0), show: '' },
      display: {
        type: UNIT_TYPE_NAMES[u.type] ?? u.type,
        show:
          expenseLines === 0 ? (
            <span className="muted">无支出明细</span>
          ) : onShowLines ? (
            <button
              type="button"
              className="rt-link"
              aria-label={`查看“${u.name || u.code}”的支出明细（${expenseLines} 行）`}
              onClick={() => onShowLines(u.code)}
            >
              查看支出明细
            </button>
          ) : (
            `${expenseLines} 行`
          ),
      },
    };
  });

  return (
    <fieldset className="field-group">
      <legend>预算单位</legend>
      <RecordTable
        label="预算单位"
        columns={COLUMNS}
        rows={rows}
        onCommit={onCommit}
        onRemove={onRemove}
        onAdd={() => apply('新增单位', addUnitEdits(session))}
        addLabel="新增单位"
        highlight={highlight}
      />
      <p className="field-note">
        修改单位编码时，使用该单位的收支行和项目会一并改为新编码；仍有收支行或项目的单位不能删除。
      </p>
    </fieldset>
  );
}
