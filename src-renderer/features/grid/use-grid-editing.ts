import { useCallback, useMemo, useState } from 'react';
import type { AmountUnit } from '../../../src-core/domain/money/units';
import type { CodeCatalogs } from '../../../src-core/editor/cell-input';
import { pickedValue, type CellPopup } from '../../../src-core/editor/cell-popup';
import { planPaste } from '../../../src-core/editor/clipboard/paste-plan';
import type { CodeSearch } from '../../../src-core/editor/code-search';
import type { CellIssue } from '../../../src-core/editor/grid-model';
import { moveSelection, type Cell, type Motion, type Selection } from '../../../src-core/editor/selection';
import type { GridLine, GridSession } from './grid-session';
import { useCommitOnLeave } from '../session/use-commit-on-leave';
import { cellText, type ExpenseColumn } from './expense-columns';
import { cellChangesToEdits, type GridSource } from './grid-edits';
import { proposalsFor, type LineProposals } from './line-proposals';
import { choicesFor, useCellPopup, type GridEdit, type PopupHighlight } from './use-cell-popup';

/** A message box over the grid: what was refused (or is doubtful), cell by cell, and what to do next. */
export interface GridMessage {
  title: string;
  issues: readonly CellIssue[];
  kind: 'error' | 'warning';
  /** What to do next, under the list (typing and pasting are corrected differently). */
  hint?: string;
}

/** After a refused typed value: correct it in the cell. */
const TYPING_HINT = '请改正后按 Enter 确定，或按 Esc 放弃修改。';
/** After a refused value of a list column: pick it from the list. */
const LIST_HINT = '请从列表中选择（↑↓ 选择，Enter 确定），或按 Esc 放弃修改。';

interface Options {
  session: GridSession;
  version: number;
  columns: readonly ExpenseColumn[];
  source: GridSource;
  selection: Selection;
  size: { rows: number; cols: number };
  pageSize: number;
  codeSearch: { function: CodeSearch; economic: CodeSearch };
  /** How typed amounts and codes are read (the draft's amount unit, the year's catalogs). */
  readContext: { unit: AmountUnit; catalogs: CodeCatalogs };
  setSel(sel: Selection): void;
  setProposals(p: LineProposals | null): void;
  setNotice(notice: string | null): void;
  setMessage(message: GridMessage | null): void;
}

export interface GridEditing {
  edit: GridEdit | null;
  popup: CellPopup | null;
  /** The line of the active row (on the new row, the one a new line is modelled on). */
  editLine: GridLine | undefined;
  startEdit(mode: GridEdit['mode'], text?: string): void;
  setEditText(text: string): void;
  /** Commits the open edit (if any); false when its text was refused and the editor stays open. */
  commit(motion?: Motion, value?: string): boolean;
  /** Esc: drops the open edit without storing it, and any composition. */
  cancelEdit(): void;
  /** Closes the editor, its text not stored (undo, redo, deleted rows). */
  closeEdit(): void;
  pickOption(index: number): void;
  setHighlight(h: PopupHighlight): void;
  onCompositionStart(): void;
  onCompositionEnd(): void;
}

/**
 * The cell editor of the grid: the text being typed, its list (codes or values), IME composition,
 * and the commit that reads the text exactly as a pasted cell (a refusal names the cell).
 */
export function useGridEditing({
  session,
  version,
  columns,
  source,
  selection,
  size,
  pageSize,
  codeSearch,
  readContext,
  setSel,
  setProposals,
  setNotice,
  setMessage,
}: Options): GridEditing {
  const [edit, setEdit] = useState<GridEdit | null>(null);
  const [highlight, setHighlight] = useState<PopupHighlight | null>(null);
  // While an IME composes, the text holds pinyin letters: no list until the characters are chosen.
  const [composing, setComposing] = useState(false);

  const anchorRow = selection.anchor.row;
  const editColumn = edit ? columns[selection.anchor.col] : undefined;
  const editLine = useMemo<GridLine | undefined>(() => {
    const id = source.ids[anchorRow] ?? source.ids[source.ids.length - 1];
    return id ? source.line(id) : undefined;
  }, [source, anchorRow]);
  const popup = useCellPopup({
    session,
    version,
    edit,
    column: editColumn,
    line: editLine,
    codeSearch,
    composing,
    highlight,
  });

  const commit = useCallback(
    (motion?: Motion, value?: string): boolean => {
      if (!edit) return true;
      const column = columns[selection.anchor.col];
      // A project is typed among the projects of the line's own unit.
      const typingColumns =
        column.key === 'project'
          ? columns.map((c) => (c === column ? { ...c, values: choicesFor(session, c, editLine) } : c))
          : columns;
      const plan = planPaste({
        columns: typingColumns,
        anchor: selection.anchor,
        block: [[value ?? edit.text]],
        rowCount: source.ids.length,
        ...readContext,
      });
      if (!plan.ok) {
        setMessage({
          title: '无法输入，该单元格未修改',
          issues: plan.errors,
          kind: 'error',
          hint: column.kind === 'enum' ? LIST_HINT : TYPING_HINT,
        });
        return false;
      }
      const row = selection.anchor.row;
      const edits = cellChangesToEdits(source, plan.changes, plan.rowsToAdd);
      session.perform('输入', edits);
      if (column.kind === 'code-economic' && plan.changes.length > 0) {
        // The line as it is now: the one just added, the one changed, or (value unchanged) the one there.
        const first = edits[0];
        const lineId = first?.id ?? source.ids[row];
        const after = first?.type === 'add' ? first.line : first?.type === 'set' ? first.after : editLine;
        setProposals(
          lineId && after ? proposalsFor(lineId, after, session.engine.head.units, session.engine.catalogs) : null,
        );
      } else setProposals(null);
      setEdit(null);
      setHighlight(null);
      setComposing(false);
      setNotice(null);
      setMessage(plan.warnings.length > 0 ? { title: '已输入，请核对', issues: plan.warnings, kind: 'warning' } : null);
      if (motion) setSel(moveSelection(selection, motion, { ...size, rows: size.rows + plan.rowsToAdd }, pageSize));
      return true;
    },
    [
      edit,
      columns,
      selection,
      source,
      readContext,
      session,
      editLine,
      setSel,
      size,
      pageSize,
      setProposals,
      setNotice,
      setMessage,
    ],
  );
  // Text typed into a cell and not yet committed is stored when the page goes away (reload, close).
  useCommitOnLeave(edit !== null, () => {
    commit();
  });

  const currentText = useCallback(
    (cell: Cell) => {
      const id = source.ids[cell.row];
      return id ? cellText(columns[cell.col], source.line(id)) : '';
    },
    [source, columns],
  );

  const startEdit = useCallback(
    (mode: GridEdit['mode'], text?: string) => {
      if (columns[selection.anchor.col]?.readOnly) return;
      setHighlight(null);
      setEdit({ mode, text: text ?? currentText(selection.anchor), browse: text === undefined });
    },
    [columns, selection, currentText],
  );

  const cancelEdit = useCallback(() => {
    setEdit(null);
    setComposing(false);
  }, []);

  const pickOption = useCallback(
    (index: number) => {
      const value = popup ? pickedValue(popup, index) : null;
      if (value !== null) commit(undefined, value);
    },
    [popup, commit],
  );

  const onCompositionStart = useCallback(() => {
    setComposing(true);
    // IME: the first pinyin letter opens the editor; nothing is committed until the composition ends.
    if (!edit && !columns[selection.anchor.col]?.readOnly) setEdit({ mode: 'enter', text: '' });
  }, [edit, columns, selection]);

  return {
    edit,
    popup,
    editLine,
    startEdit,
    setEditText: useCallback(
      (text: string) => setEdit((e) => (e ? { ...e, text, browse: false } : { mode: 'enter', text })),
      [],
    ),
    commit,
    cancelEdit,
    closeEdit: useCallback(() => setEdit(null), []),
    pickOption,
    setHighlight,
    onCompositionStart,
    onCompositionEnd: useCallback(() => setComposing(false), []),
  };
}
