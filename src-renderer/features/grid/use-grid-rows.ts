import { useCallback } from 'react';
import { planClear } from '../../../src-core/editor/clear-range';
import { planFillDown } from '../../../src-core/editor/fill-down';
import type { CellChange } from '../../../src-core/editor/grid-model';
import { cellSelection, type CellRange, type Selection } from '../../../src-core/editor/selection';
import type { GridSession } from './grid-session';
import { cellValue, type ExpenseColumn } from './expense-columns';
import { deleteRowEdits, insertRowEdit, type GridSource } from './grid-edits';

interface Options {
  session: GridSession;
  source: GridSource;
  columns: readonly ExpenseColumn[];
  selection: Selection;
  range: CellRange;
  size: { rows: number; cols: number };
  setSel(sel: Selection): void;
  /** Commits the open edit; false when its text was refused. */
  commit(): boolean;
  /** Drops the open edit and the proposals (the rows they were about may go). */
  dropEdit(): void;
  apply(label: string, changes: readonly CellChange[]): void;
}

export interface GridRowCommands {
  insertRow(where?: 'above' | 'below'): void;
  deleteRows(): void;
  /** Delete/Backspace: the selected cells emptied. */
  clear(): void;
  /** Ctrl+D. */
  fillDown(): void;
}

/** 插入行, 删除行, 清除 and 向下填充 over the selection, each one undo step. */
export function useGridRows({
  session,
  source,
  columns,
  selection,
  range,
  size,
  setSel,
  commit,
  dropEdit,
  apply,
}: Options): GridRowCommands {
  const insertRow = useCallback(
    (where: 'above' | 'below' = 'above') => {
      if (!commit()) return;
      const lines = source.ids.length;
      const at = Math.min(where === 'below' ? range.bottom + 1 : range.top, lines);
      session.perform('插入行', [insertRowEdit(source, at, where === 'below' ? at - 1 : at)]);
      setSel(cellSelection({ row: at, col: 0 }, { ...size, rows: size.rows + 1 }));
    },
    [commit, session, source, range.top, range.bottom, setSel, size],
  );

  const deleteRows = useCallback(() => {
    dropEdit();
    if (source.ids.length === 0) return;
    session.perform('删除行', deleteRowEdits(source, range));
    setSel(cellSelection({ row: range.top, col: selection.anchor.col }, size));
  }, [dropEdit, session, source, range, selection.anchor.col, setSel, size]);

  const clear = useCallback(
    () => apply('清除', planClear(columns, range, source.ids.length)),
    [range, source, columns, apply],
  );

  const fillDown = useCallback(() => {
    const rows = source.ids.length;
    if (rows === 0) return;
    const changes = planFillDown({
      columns,
      range: { ...range, bottom: Math.min(range.bottom, rows - 1) },
      get: (row, key) => cellValue(source.line(source.ids[row]), key),
    });
    apply('向下填充', changes);
  }, [source, columns, range, apply]);

  return { insertRow, deleteRows, clear, fillDown };
}
