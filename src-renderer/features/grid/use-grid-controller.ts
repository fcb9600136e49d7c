import { useCallback, useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { parseHtmlTable } from '../../editor/clipboard/parse-html';
import { parseTsv } from '../../editor/clipboard/parse-tsv';
import { planPaste } from '../../editor/clipboard/paste-plan';
import { toTsv } from '../../editor/clipboard/to-tsv';
import { planFillDown } from '../../editor/fill-down';
import { isOptional, type CellChange, type CellIssue } from '../../editor/grid-model';
import { keyToCommand, type GridCommand } from '../../editor/keymap';
import {
  cellSelection, clampSelection, extendSelection, extendTo, isSingleCell, moveSelection, selectAll, selectionRange,
  type Cell, type Motion, type Selection,
} from '../../editor/selection';
import type { DraftSession } from '../session/draft-session';
import { cellText, cellValue, type ExpenseColumn } from './expense-columns';
import { cellChangesToEdits, deleteRowEdits, insertRowEdit, type GridSource } from './grid-edits';

/** The cell being edited: `edit` after F2/double-click (arrows move the caret), `enter` after typing over it. */
export interface GridEdit { mode: 'edit' | 'enter'; text: string }

/** A message box over the grid: what was refused, cell by cell, and that nothing changed. */
export interface GridMessage { title: string; issues: readonly CellIssue[]; kind: 'error' | 'warning' }

export interface GridController {
  source: GridSource;
  selection: Selection;
  edit: GridEdit | null;
  message: GridMessage | null;
  select(cell: Cell, extend?: boolean): void;
  startEdit(mode: GridEdit['mode'], text?: string): void;
  setEditText(text: string): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onCopy(e: ClipboardEvent<HTMLElement>): void;
  onPaste(e: ClipboardEvent<HTMLElement>): void;
  onCompositionStart(): void;
  /** Commits the open edit (if any); false when its text was refused and the editor stays open. */
  commit(motion?: Motion): boolean;
  insertRow(): void;
  deleteRows(): void;
  undo(): void;
  redo(): void;
  dismissMessage(): void;
}

interface Options {
  session: DraftSession;
  version: number;
  columns: readonly ExpenseColumn[];
  /** Rows per PageUp/PageDown. */
  pageSize: number;
  /** Scrolls so that the row is visible. */
  reveal(row: number): void;
}

/** Selection, editing, keyboard and clipboard of the 支出明细 grid, over the open draft's session. */
export function useGridController({ session, version, columns, pageSize, reveal }: Options): GridController {
  const [selectionState, setSelection] = useState<Selection>({ anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 } });
  const [edit, setEdit] = useState<GridEdit | null>(null);
  const [message, setMessage] = useState<GridMessage | null>(null);

  const units = useMemo(() => ({ units: session.engine.head.units }), [session]);
  const source = useMemo<GridSource>(
    () => ({ ids: session.expenseIds(), line: (id) => session.expenseLine(id), draft: units }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version marks a change of the session's lines
    [session, version, units],
  );
  const size = useMemo(() => ({ rows: Math.max(1, source.ids.length), cols: columns.length }), [source, columns]);
  const selection = clampSelection(selectionState, size);
  const range = selectionRange(selection);
  const readContext = useMemo(() => ({
    unit: session.engine.head.amountUnit,
    catalogs: { function: session.engine.catalogs.function, economic: session.engine.catalogs.economic },
  }), [session]);

  const setSel = useCallback((sel: Selection) => {
    setSelection(sel);
    reveal(sel.focus.row);
  }, [reveal]);

  const apply = useCallback((label: string, changes: readonly CellChange[], rowsToAdd = 0) => {
    session.perform(label, cellChangesToEdits(source, changes, rowsToAdd));
  }, [session, source]);

  const commit = useCallback((motion?: Motion): boolean => {
    if (!edit) return true;
    const plan = planPaste({
      columns, anchor: selection.anchor, block: [[edit.text]], rowCount: source.ids.length, ...readContext,
    });
    if (!plan.ok) {
      setMessage({ title: '无法输入，该单元格未修改', issues: plan.errors, kind: 'error' });
      return false;
    }
    apply('输入', plan.changes, plan.rowsToAdd);
    setEdit(null);
    setMessage(plan.warnings.length > 0 ? { title: '已输入，请核对', issues: plan.warnings, kind: 'warning' } : null);
    if (motion) setSel(moveSelection(selection, motion, { ...size, rows: Math.max(size.rows, source.ids.length + plan.rowsToAdd) }, pageSize));
    return true;
  }, [edit, columns, selection, source, readContext, apply, setSel, size, pageSize]);

  const currentText = useCallback((cell: Cell) => {
    const id = source.ids[cell.row];
    return id ? cellText(columns[cell.col], source.line(id)) : '';
  }, [source, columns]);

  const startEdit = useCallback((mode: GridEdit['mode'], text?: string) => {
    if (columns[selection.anchor.col]?.readOnly) return;
    setEdit({ mode, text: text ?? currentText(selection.anchor) });
  }, [columns, selection, currentText]);

  const undo = useCallback(() => {
    setEdit(null);
    session.undo();
  }, [session]);

  const redo = useCallback(() => {
    setEdit(null);
    session.redo();
  }, [session]);

  const insertRow = useCallback(() => {
    if (!commit()) return;
    session.perform('插入行', [insertRowEdit(source, Math.min(range.top, source.ids.length))]);
    setSel(cellSelection({ row: range.top, col: 0 }, { ...size, rows: source.ids.length + 1 }));
  }, [commit, session, source, range.top, setSel, size]);

  const deleteRows = useCallback(() => {
    setEdit(null);
    if (source.ids.length === 0) return;
    session.perform('删除行', deleteRowEdits(source, range));
    setSel(cellSelection({ row: range.top, col: selection.anchor.col }, size));
  }, [session, source, range, selection.anchor.col, setSel, size]);

  const clear = useCallback(() => {
    const changes: CellChange[] = [];
    for (let row = range.top; row <= range.bottom && row < source.ids.length; row++) {
      for (let col = range.left; col <= range.right; col++) {
        const column = columns[col];
        if (column.readOnly) continue;
        if (column.kind === 'amount') changes.push({ row, key: column.key, value: '0.00' });
        else if (isOptional(column)) changes.push({ row, key: column.key, value: '' });
      }
    }
    apply('清除', changes);
  }, [range, source, columns, apply]);

  const fillDown = useCallback(() => {
    const rows = source.ids.length;
    if (rows === 0) return;
    const changes = planFillDown({
      columns, range: { ...range, bottom: Math.min(range.bottom, rows - 1) },
      get: (row, key) => cellValue(source.line(source.ids[row]), key),
    });
    apply('向下填充', changes);
  }, [source, columns, range, apply]);

  const run = useCallback((cmd: GridCommand, e: KeyboardEvent<HTMLElement>) => {
    switch (cmd.type) {
      case 'copy': case 'cut': case 'paste':
        return; // the browser follows with a copy/paste event (onCopy/onPaste)
    }
    e.preventDefault();
    switch (cmd.type) {
      case 'move': setSel(moveSelection(selection, cmd.motion, size, pageSize)); break;
      case 'extend': setSel(extendSelection(selection, cmd.motion, size, pageSize)); break;
      case 'selectAll': setSelection(selectAll(size)); break;
      case 'startEdit': startEdit('edit'); break;
      case 'typeToReplace': startEdit('enter', cmd.text); break;
      case 'clear': clear(); break;
      case 'cancel':
        if (edit) setEdit(null);
        else setMessage(null);
        break;
      case 'commit': commit(cmd.motion); break;
      case 'fillDown': fillDown(); break;
      case 'undo': undo(); break;
      case 'redo': redo(); break;
      case 'insertRow': insertRow(); break;
      case 'deleteRow': deleteRows(); break;
    }
  }, [selection, size, pageSize, setSel, startEdit, clear, edit, commit, fillDown, undo, redo, insertRow, deleteRows]);

  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>) => {
    const cmd = keyToCommand({
      key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
      isComposing: e.nativeEvent.isComposing, keyCode: e.keyCode, code: e.code,
    }, { editing: edit ? edit.mode : false });
    if (cmd) run(cmd, e);
  }, [edit, run]);

  const onCopy = useCallback((e: ClipboardEvent<HTMLElement>) => {
    if (edit) return;
    e.preventDefault();
    const block: string[][] = [];
    for (let row = range.top; row <= range.bottom && row < source.ids.length; row++) {
      const line = source.line(source.ids[row]);
      block.push(columns.slice(range.left, range.right + 1).map((c) => cellText(c, line)));
    }
    e.clipboardData.setData('text/plain', toTsv(block));
  }, [edit, range, source, columns]);

  const onPaste = useCallback((e: ClipboardEvent<HTMLElement>) => {
    if (edit) return;
    e.preventDefault();
    const html = e.clipboardData.getData('text/html');
    const block = (html ? parseHtmlTable(html) : null) ?? parseTsv(e.clipboardData.getData('text/plain'));
    const plan = planPaste({
      columns, anchor: { row: range.top, col: range.left }, block, rowCount: source.ids.length, ...readContext,
      target: isSingleCell(selection) ? undefined : range,
    });
    if (!plan.ok) {
      setMessage({ title: `无法粘贴：${plan.errors.length} 个单元格有问题，没有粘贴任何内容`, issues: plan.errors, kind: 'error' });
      return;
    }
    apply('粘贴', plan.changes, plan.rowsToAdd);
    const height = Math.max(1, block.length);
    const width = Math.max(1, ...block.map((r) => r.length));
    const grown = { ...size, rows: Math.max(size.rows, source.ids.length + plan.rowsToAdd) };
    setSelection(extendTo(cellSelection({ row: range.top, col: range.left }, grown), { row: range.top + height - 1, col: range.left + width - 1 }, grown));
    setMessage(plan.warnings.length > 0 ? { title: '已粘贴，请核对以下单元格', issues: plan.warnings, kind: 'warning' } : null);
  }, [edit, columns, range, source, readContext, selection, apply, size]);

  const onCompositionStart = useCallback(() => {
    // IME: the first pinyin letter opens the editor; nothing is committed until the composition ends.
    if (!edit && !columns[selection.anchor.col]?.readOnly) setEdit({ mode: 'enter', text: '' });
  }, [edit, columns, selection]);

  const select = useCallback((cell: Cell, extend = false) => {
    if (!commit()) return;
    setSel(extend ? extendTo(selection, cell, size) : cellSelection(cell, size));
  }, [commit, setSel, selection, size]);

  return {
    source, selection, edit, message, select, startEdit,
    setEditText: (text) => setEdit((e) => (e ? { ...e, text } : { mode: 'enter', text })),
    onKeyDown, onCopy, onPaste, onCompositionStart, commit, insertRow, deleteRows, undo, redo,
    dismissMessage: () => setMessage(null),
  };
}
