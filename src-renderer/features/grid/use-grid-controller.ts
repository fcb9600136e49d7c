import { useCallback, useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { pickedValue, popupKeyAction, type CellPopup } from '../../../src-core/editor/cell-popup';
import { planPaste } from '../../../src-core/editor/clipboard/paste-plan';
import type { CodeSearch } from '../../../src-core/editor/code-search';
import { planFillDown } from '../../../src-core/editor/fill-down';
import { planClear } from '../../../src-core/editor/clear-range';
import type { CellChange, CellIssue } from '../../../src-core/editor/grid-model';
import { isImeKey, keyToCommand, type GridCommand } from '../../../src-core/editor/keymap';
import {
  cellSelection,
  clampSelection,
  extendSelection,
  moveSelection,
  selectAll,
  selectionRange,
  extendTo,
  type Cell,
  type Motion,
  type Selection,
} from '../../../src-core/editor/selection';
import { asOf } from '../session/as-of';
import type { DraftSession } from '../session/draft-session';
import { useCommitOnLeave } from '../session/use-commit-on-leave';
import { cellText, cellValue, type ExpenseColumn } from './expense-columns';
import { cellChangesToEdits, deleteRowEdits, insertRowEdit, type GridSource } from './grid-edits';
import {
  PROPOSAL_LABELS,
  proposalsFor,
  withoutProposal,
  withProposal,
  type LineProposals,
  type ProposalKind,
} from './line-proposals';
import { choicesFor, useCellPopup, type GridEdit, type PopupHighlight } from './use-cell-popup';
import { useGridClipboard } from './use-grid-clipboard';

export type { GridEdit } from './use-cell-popup';

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
  session: DraftSession;
  version: number;
  /** The rows shown (the filtered/sorted view, or every line) and the stored order. */
  ids: readonly string[];
  stored: readonly string[];
  codeSearch: { function: CodeSearch; economic: CodeSearch };
  columns: readonly ExpenseColumn[];
  /** Rows per PageUp/PageDown. */
  pageSize: number;
  /** Scrolls so that the row is visible. */
  reveal(row: number): void;
}

/** Selection, editing, keyboard and clipboard of the 支出明细 grid, over the open draft's session. */
export function useGridController({
  session,
  version,
  ids,
  stored,
  codeSearch,
  columns,
  pageSize,
  reveal,
}: Options): GridController {
  const [selectionState, setSelection] = useState<Selection>({ anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 } });
  const [edit, setEdit] = useState<GridEdit | null>(null);
  const [message, setMessage] = useState<GridMessage | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<PopupHighlight | null>(null);
  const [proposals, setProposals] = useState<LineProposals | null>(null);
  // While an IME composes, the text holds pinyin letters: no list until the characters are chosen.
  const [composing, setComposing] = useState(false);

  const headUnits = session.engine.head.units;
  // The unit list changes when 基本信息 adds or renames a unit (a new array each time).
  const units = useMemo(() => ({ units: headUnits }), [headUnits]);
  const source = useMemo<GridSource>(() => {
    const current = asOf(session, version);
    return { ids, stored: stored === ids ? undefined : stored, line: (id) => current.expenseLine(id), draft: units };
  }, [session, version, units, ids, stored]);
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

  const anchorRow = selection.anchor.row;
  const editColumn = edit ? columns[selection.anchor.col] : undefined;
  /** The line of the active row; on the new row, the line a new one is modelled on (the last shown). */
  const editLine = useMemo<ExpenseLine | undefined>(() => {
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
    [edit, columns, selection, source, readContext, session, editLine, setSel, size, pageSize],
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

  const undo = useCallback(() => {
    setEdit(null);
    setProposals(null);
    session.undo();
  }, [session]);

  const redo = useCallback(() => {
    setEdit(null);
    setProposals(null);
    session.redo();
  }, [session]);

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
    setEdit(null);
    setProposals(null);
    if (source.ids.length === 0) return;
    session.perform('删除行', deleteRowEdits(source, range));
    setSel(cellSelection({ row: range.top, col: selection.anchor.col }, size));
  }, [session, source, range, selection.anchor.col, setSel, size]);

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

  const run = useCallback(
    (cmd: GridCommand, e: KeyboardEvent<HTMLElement>) => {
      switch (cmd.type) {
        case 'copy':
        case 'cut':
        case 'paste':
          return; // the browser follows with a copy/paste event (onCopy/onPaste)
      }
      e.preventDefault();
      switch (cmd.type) {
        case 'move': {
          // Ctrl+↓ / Ctrl+End go to the last line, not to the new row below it.
          const edge = cmd.motion === 'bottom' || cmd.motion === 'last';
          setSel(
            moveSelection(selection, cmd.motion, edge ? { ...size, rows: Math.max(1, rowCount) } : size, pageSize),
          );
          break;
        }
        case 'extend':
          setSel(extendSelection(selection, cmd.motion, size, pageSize));
          break;
        case 'selectAll':
          setSelection(selectAll({ ...size, rows: Math.max(1, rowCount) }));
          break;
        case 'startEdit':
        case 'openList':
          startEdit('edit');
          break;
        case 'typeToReplace':
          startEdit('enter', cmd.text);
          break;
        case 'clear':
          clear();
          break;
        case 'cancel':
          if (edit) {
            setEdit(null);
            setComposing(false);
          } else if (message) setMessage(null);
          else setNotice(null);
          break;
        case 'commit':
          commit(cmd.motion);
          break;
        case 'fillDown':
          fillDown();
          break;
        case 'undo':
          undo();
          break;
        case 'redo':
          redo();
          break;
        case 'insertRow':
          insertRow('above');
          break;
        case 'deleteRow':
          deleteRows();
          break;
      }
    },
    [
      selection,
      size,
      rowCount,
      pageSize,
      setSel,
      startEdit,
      clear,
      edit,
      message,
      commit,
      fillDown,
      undo,
      redo,
      insertRow,
      deleteRows,
    ],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const key = {
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        isComposing: e.nativeEvent.isComposing,
        keyCode: e.keyCode,
        code: e.code,
      };
      // The open list takes its keys first (not while an IME composes: its Enter picks a candidate).
      if (popup && edit && !isImeKey(key)) {
        const action = popupKeyAction(popup, key, edit.mode);
        if (action) {
          e.preventDefault();
          if (action.type === 'highlight') setHighlight({ query: popup.query, active: action.active });
          else commit(action.motion, action.value ?? undefined);
          return;
        }
      }
      const cmd = keyToCommand(key, { editing: edit ? edit.mode : false });
      if (cmd) run(cmd, e);
    },
    [popup, edit, commit, run],
  );

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

  const onCompositionStart = useCallback(() => {
    setComposing(true);
    // IME: the first pinyin letter opens the editor; nothing is committed until the composition ends.
    if (!edit && !columns[selection.anchor.col]?.readOnly) setEdit({ mode: 'enter', text: '' });
  }, [edit, columns, selection]);

  const select = useCallback(
    (cell: Cell, extend = false) => {
      if (!commit()) return;
      setSel(extend ? extendTo(selection, cell, size) : cellSelection(cell, size));
    },
    [commit, setSel, selection, size],
  );

  const pickOption = useCallback(
    (index: number) => {
      const value = popup ? pickedValue(popup, index) : null;
      if (value !== null) commit(undefined, value);
    },
    [popup, commit],
  );

  const acceptProposal = useCallback(
    (which: ProposalKind) => {
      if (!proposals) return;
      setProposals(withoutProposal(proposals, which));
      // The line may be gone (undone, deleted in another window): then there is nothing to change.
      const before = session.engine.line('expense', proposals.lineId) ? session.expenseLine(proposals.lineId) : null;
      const after = before && withProposal(before, proposals, which);
      if (before && after)
        session.perform(PROPOSAL_LABELS[which], [{ type: 'set', id: proposals.lineId, before, after }]);
    },
    [proposals, session],
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
    select,
    startEdit,
    pickOption,
    acceptProposal,
    dismissProposal: (which) => setProposals((p) => (p ? withoutProposal(p, which) : null)),
    setEditText: (text) => setEdit((e) => (e ? { ...e, text, browse: false } : { mode: 'enter', text })),
    onKeyDown,
    onCopy,
    onPaste,
    onCompositionStart,
    onCompositionEnd: () => setComposing(false),
    commit,
    insertRow,
    deleteRows,
    undo,
    redo,
    dismissMessage: () => setMessage(null),
    dismissNotice: () => setNotice(null),
  };
}
