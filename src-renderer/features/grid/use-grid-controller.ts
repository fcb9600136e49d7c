import { useCallback, useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { CellPopup } from '../../../src-core/editor/cell-popup';
import type { CodeSearch } from '../../../src-core/editor/code-search';
import type { CellChange } from '../../../src-core/editor/grid-model';
import {
  cellSelection,
  clampSelection,
  selectionRange,
  extendTo,
  type Cell,
  type Motion,
  type Selection,
} from '../../../src-core/editor/selection';
import { asOf } from '../session/as-of';
import type { BlankLine, GridSession } from './grid-session';
import type { ExpenseColumn } from './expense-columns';
import { cellChangesToEdits, type GridSource } from './grid-edits';
import type { LineProposals, ProposalKind } from './line-proposals';
import { useLineProposals } from './use-line-proposals';
import type { GridEdit } from './use-cell-popup';
import { useGridClipboard } from './use-grid-clipboard';
import { useGridEditing, type GridMessage } from './use-grid-editing';
import { useGridKeys, type GridKeyActions } from './use-grid-keys';
import { useGridRows } from './use-grid-rows';

export type { GridEdit } from './use-cell-popup';
export type { GridMessage } from './use-grid-editing';

export interface GridController {
  source: GridSource;
  /** Lines shown; the grid has one more row below them, where a new line is typed or pasted. */
  rowCount: number;
  selection: Selection;
  edit: GridEdit | null;
  message: GridMessage | null;
  /** A short notice under the toolbar (a pasted header row skipped), or null. */
  notice: string | null;
  /** The list under the cell being edited (codes, or the values of a list column), or null. */
  popup: CellPopup | null;
  proposals: LineProposals | null;
  /** The proposal Alt+Enter accepts (its 采用 button shows the key), or null. */
  firstProposal: ProposalKind | null;
  select(cell: Cell, extend?: boolean): void;
  startEdit(mode: GridEdit['mode'], text?: string): void;
  setEditText(text: string): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onCopy(e: ClipboardEvent<HTMLElement>): void;
  onPaste(e: ClipboardEvent<HTMLElement>): void;
  onCompositionStart(): void;
  /** The IME composition ended (the chosen characters are in the text): the list may search again. */
  onCompositionEnd(): void;
  /** Commits the open edit (if any); false when its text was refused and the editor stays open. */
  commit(motion?: Motion, value?: string): boolean;
  /** Picks option `index` of the popup (a click): commits its value, the active cell stays. */
  pickOption(index: number): void;
  acceptProposal(which: ProposalKind): void;
  dismissProposal(which: ProposalKind): void;
  insertRow(where?: 'above' | 'below'): void;
  deleteRows(): void;
  undo(): void;
  redo(): void;
  dismissMessage(): void;
  dismissNotice(): void;
}

interface Options {
  session: GridSession;
  version: number;
  /** The rows shown (the filtered/sorted view, or every line) and the stored order. */
  ids: readonly string[];
  stored: readonly string[];
  codeSearch: { function: CodeSearch; economic: CodeSearch };
  columns: readonly ExpenseColumn[];
  /** How the column set makes a new line (the 预算's blank line when absent). */
  blank?: BlankLine;
  /** Rows per PageUp/PageDown. */
  pageSize: number;
  /** Scrolls so that the row is visible. */
  reveal(row: number): void;
}

/** Selection, editing, keyboard and clipboard of the lines grid, over the open draft's session. */
export function useGridController({
  session,
  version,
  ids,
  stored,
  codeSearch,
  columns,
  blank,
  pageSize,
  reveal,
}: Options): GridController {
  const [selectionState, setSelection] = useState<Selection>({ anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 } });
  const [message, setMessage] = useState<GridMessage | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const {
    proposals,
    setProposals,
    accept: acceptProposal,
    dismiss: dismissProposal,
    first: firstProposal,
    onKey: proposalKey,
  } = useLineProposals(session, setNotice);

  const headUnits = session.engine.head.units;
  // The unit list changes when 基本信息 adds or renames a unit (a new array each time).
  const units = useMemo(() => ({ units: headUnits }), [headUnits]);
  const source = useMemo<GridSource>(() => {
    const current = asOf(session, version);
    return {
      ids,
      stored: stored === ids ? undefined : stored,
      line: (id) => current.expenseLine(id),
      draft: units,
      ...(blank ? { blank } : {}),
    };
  }, [session, version, units, ids, stored, blank]);
  const rowCount = source.ids.length;
  // One row more than the lines: the new row at the bottom, where typing or pasting adds lines.
  const size = useMemo(() => ({ rows: rowCount + 1, cols: columns.length }), [rowCount, columns]);
  const selection = clampSelection(selectionState, size);
  const range = selectionRange(selection);
  const readContext = useMemo(
    () => ({
      unit: session.engine.head.amountUnit,
      catalogs: { function: session.engine.catalogs.function, economic: session.engine.catalogs.economic },
    }),
    [session],
  );

  const setSel = useCallback(
    (sel: Selection) => {
      setSelection(sel);
      reveal(sel.focus.row);
    },
    [reveal],
  );

  const apply = useCallback(
    (label: string, changes: readonly CellChange[], rowsToAdd = 0) => {
      session.perform(label, cellChangesToEdits(source, changes, rowsToAdd));
    },
    [session, source],
  );

  const editing = useGridEditing({
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
  });
  const { edit, popup, commit, startEdit, closeEdit, cancelEdit } = editing;

  /** The open edit and the proposals dropped (undo, redo and deletions change the lines they were about). */
  const dropEdit = useCallback(() => {
    closeEdit();
    setProposals(null);
  }, [closeEdit, setProposals]);

  const undo = useCallback(() => {
    dropEdit();
    session.undo();
  }, [session, dropEdit]);

  const redo = useCallback(() => {
    dropEdit();
    session.redo();
  }, [session, dropEdit]);

  const { insertRow, deleteRows, clear, fillDown } = useGridRows({
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
  });

  const cancel = useCallback(() => {
    if (edit) cancelEdit();
    else if (message) setMessage(null);
    else setNotice(null);
  }, [edit, message, cancelEdit]);

  const keyActions = useMemo<GridKeyActions>(
    () => ({
      startEdit,
      commit,
      cancel,
      clear,
      fillDown,
      undo,
      redo,
      insertRow,
      deleteRows,
      other: proposalKey,
    }),
    [startEdit, commit, cancel, clear, fillDown, undo, redo, insertRow, deleteRows, proposalKey],
  );
  const onKeyDown = useGridKeys({
    selection,
    size,
    rowCount,
    pageSize,
    edit,
    popup,
    setSel,
    setSelection,
    setHighlight: editing.setHighlight,
    actions: keyActions,
  });

  const { onCopy, onPaste } = useGridClipboard({
    edit,
    columns,
    range,
    selection,
    source,
    readContext,
    size,
    apply,
    setSelection,
    setMessage,
    setNotice,
  });

  const select = useCallback(
    (cell: Cell, extend = false) => {
      if (!commit()) return;
      setSel(extend ? extendTo(selection, cell, size) : cellSelection(cell, size));
    },
    [commit, setSel, selection, size],
  );

  return {
    source,
    rowCount,
    selection,
    edit,
    message,
    notice,
    popup,
    proposals,
    firstProposal,
    select,
    startEdit,
    pickOption: editing.pickOption,
    acceptProposal,
    dismissProposal,
    setEditText: editing.setEditText,
    onKeyDown,
    onCopy,
    onPaste,
    onCompositionStart: editing.onCompositionStart,
    onCompositionEnd: editing.onCompositionEnd,
    commit,
    insertRow,
    deleteRows,
    undo,
    redo,
    dismissMessage: () => setMessage(null),
    dismissNotice: () => setNotice(null),
  };
}
