import { useCallback, useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { parseHtmlTable } from '../../../src-core/editor/clipboard/parse-html';
import { parseTsv } from '../../../src-core/editor/clipboard/parse-tsv';
import { planPaste } from '../../../src-core/editor/clipboard/paste-plan';
import { toTsv } from '../../../src-core/editor/clipboard/to-tsv';
import { movePopup, openCodePopup, pickedCode, type CodePopup } from '../../../src-core/editor/code-popup';
import type { CodeSearch } from '../../../src-core/editor/code-search';
import { planFillDown } from '../../../src-core/editor/fill-down';
import { isOptional, type CellChange, type CellIssue } from '../../../src-core/editor/grid-model';
import { isImeKey, keyToCommand, type GridCommand } from '../../../src-core/editor/keymap';
import {
  cellSelection,
  clampSelection,
  extendSelection,
  extendTo,
  isSingleCell,
  moveSelection,
  selectAll,
  selectionRange,
  type Cell,
  type Motion,
  type Selection,
} from '../../../src-core/editor/selection';
import { suggestFunction, type FunctionSuggestion } from '../../../src-core/editor/suggest-function';
import type { DraftSession } from '../session/draft-session';
import { useCommitOnLeave } from '../session/use-commit-on-leave';
import { cellText, cellValue, type ExpenseColumn } from './expense-columns';
import { cellChangesToEdits, deleteRowEdits, insertRowEdit, type GridSource } from './grid-edits';
import { asOf } from '../session/as-of';

/** The cell being edited: `edit` after F2/double-click (arrows move the caret), `enter` after typing over it. */
export interface GridEdit {
  mode: 'edit' | 'enter';
  text: string;
}

/** A function code proposed for a line whose economic code was just picked (30108 → 2080505 …). */
export interface FunctionProposal {
  lineId: string;
  suggestion: FunctionSuggestion;
}

/** A message box over the grid: what was refused, cell by cell, and that nothing changed. */
export interface GridMessage {
  title: string;
  issues: readonly CellIssue[];
  kind: 'error' | 'warning';
}

export interface GridController {
  source: GridSource;
  selection: Selection;
  edit: GridEdit | null;
  message: GridMessage | null;
  /** The code list under a 功能科目/经济科目 cell being edited, or null. */
  popup: CodePopup | null;
  proposal: FunctionProposal | null;
  select(cell: Cell, extend?: boolean): void;
  startEdit(mode: GridEdit['mode'], text?: string): void;
  setEditText(text: string): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onCopy(e: ClipboardEvent<HTMLElement>): void;
  onPaste(e: ClipboardEvent<HTMLElement>): void;
  onCompositionStart(): void;
  /** The IME composition ended (the chosen characters are in the text): the code list may search again. */
  onCompositionEnd(): void;
  /** Commits the open edit (if any); false when its text was refused and the editor stays open. */
  commit(motion?: Motion, value?: string): boolean;
  /** Picks hit `index` of the popup (a click): commits its code, the active cell stays. */
  pickCode(index: number): void;
  acceptProposal(): void;
  dismissProposal(): void;
  insertRow(): void;
  deleteRows(): void;
  undo(): void;
  redo(): void;
  dismissMessage(): void;
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
  const [highlight, setHighlight] = useState<{ query: string; active: number } | null>(null);
  const [proposal, setProposal] = useState<FunctionProposal | null>(null);
  // While an IME composes, the text holds pinyin letters: no code list until the characters are chosen.
  const [composing, setComposing] = useState(false);

  const headUnits = session.engine.head.units;
  // The unit list changes when 基本信息 adds or renames a unit (a new array each time).
  const units = useMemo(() => ({ units: headUnits }), [headUnits]);
  const source = useMemo<GridSource>(() => {
    const current = asOf(session, version);
    return { ids, stored: stored === ids ? undefined : stored, line: (id) => current.expenseLine(id), draft: units };
  }, [session, version, units, ids, stored]);
  const size = useMemo(() => ({ rows: Math.max(1, source.ids.length), cols: columns.length }), [source, columns]);
  const selection = clampSelection(selectionState, size);
  const range = selectionRange(selection);
  const readContext = useMemo(
    () => ({
      unit: session.engine.head.amountUnit,
      catalogs: { function: session.engine.catalogs.function, economic: session.engine.catalogs.economic },
    }),
    [session],
  );

  const editColumn = edit ? columns[selection.anchor.col] : undefined;
  const popup = useMemo(() => {
    if (!edit || !editColumn || composing) return null;
    const search =
      editColumn.kind === 'code-function'
        ? codeSearch.function
        : editColumn.kind === 'code-economic'
          ? codeSearch.economic
          : null;
    const opened = search ? openCodePopup(search, edit.text) : null;
    if (!opened || !highlight || highlight.query !== edit.text) return opened;
    return movePopup(opened, highlight.active);
  }, [edit, editColumn, codeSearch, highlight, composing]);

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

  /** After an economic code is committed on an existing line: the function code to propose, if any. */
  const proposalFor = useCallback(
    (row: number, economic: string): FunctionProposal | null => {
      const lineId = source.ids[row];
      if (!lineId) return null;
      const line = source.line(lineId);
      const suggestion = suggestFunction({
        economic,
        unitType: session.engine.head.units.find((u) => u.code === line.unit)?.type,
        currentFunction: line.function,
        functionCatalog: session.engine.catalogs.function,
      });
      return suggestion ? { lineId, suggestion } : null;
    },
    [source, session],
  );

  const commit = useCallback(
    (motion?: Motion, value?: string): boolean => {
      if (!edit) return true;
      const plan = planPaste({
        columns,
        anchor: selection.anchor,
        block: [[value ?? edit.text]],
        rowCount: source.ids.length,
        ...readContext,
      });
      if (!plan.ok) {
        setMessage({ title: '无法输入，该单元格未修改', issues: plan.errors, kind: 'error' });
        return false;
      }
      const row = selection.anchor.row;
      const economic = columns[selection.anchor.col].kind === 'code-economic' ? plan.changes[0]?.value : undefined;
      apply('输入', plan.changes, plan.rowsToAdd);
      setProposal(economic !== undefined && plan.rowsToAdd === 0 ? proposalFor(row, economic) : null);
      setEdit(null);
      setHighlight(null);
      setComposing(false);
      setMessage(plan.warnings.length > 0 ? { title: '已输入，请核对', issues: plan.warnings, kind: 'warning' } : null);
      if (motion)
        setSel(
          moveSelection(
            selection,
            motion,
            { ...size, rows: Math.max(size.rows, source.ids.length + plan.rowsToAdd) },
            pageSize,
          ),
        );
      return true;
    },
    [edit, columns, selection, source, readContext, apply, proposalFor, setSel, size, pageSize],
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
      setEdit({ mode, text: text ?? currentText(selection.anchor) });
    },
    [columns, selection, currentText],
  );

  const undo = useCallback(() => {
    setEdit(null);
    setProposal(null);
    session.undo();
  }, [session]);

  const redo = useCallback(() => {
    setEdit(null);
    setProposal(null);
    session.redo();
  }, [session]);

  const insertRow = useCallback(() => {
    if (!commit()) return;
    session.perform('插入行', [insertRowEdit(source, Math.min(range.top, source.ids.length))]);
    setSel(cellSelection({ row: range.top, col: 0 }, { ...size, rows: source.ids.length + 1 }));
  }, [commit, session, source, range.top, setSel, size]);

  const deleteRows = useCallback(() => {
    setEdit(null);
    setProposal(null);
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
        case 'move':
          setSel(moveSelection(selection, cmd.motion, size, pageSize));
          break;
        case 'extend':
          setSel(extendSelection(selection, cmd.motion, size, pageSize));
          break;
        case 'selectAll':
          setSelection(selectAll(size));
          break;
        case 'startEdit':
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
          } else setMessage(null);
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
          insertRow();
          break;
        case 'deleteRow':
          deleteRows();
          break;
      }
    },
    [selection, size, pageSize, setSel, startEdit, clear, edit, commit, fillDown, undo, redo, insertRow, deleteRows],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const ime = isImeKey({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        isComposing: e.nativeEvent.isComposing,
        keyCode: e.keyCode,
      });
      if (popup && edit && !ime && !e.ctrlKey && !e.metaKey && !e.altKey) {
        const step =
          e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : e.key === 'PageDown' ? 8 : e.key === 'PageUp' ? -8 : 0;
        if (step !== 0) {
          e.preventDefault();
          setHighlight({ query: edit.text, active: movePopup(popup, step).active });
          return;
        }
        if (e.key === 'Enter' || e.key === 'Tab') {
          e.preventDefault();
          const motion: Motion = e.key === 'Enter' ? (e.shiftKey ? 'up' : 'down') : e.shiftKey ? 'prev' : 'next';
          commit(motion, pickedCode(popup) ?? undefined);
          return;
        }
      }
      const cmd = keyToCommand(
        {
          key: e.key,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
          shiftKey: e.shiftKey,
          altKey: e.altKey,
          isComposing: e.nativeEvent.isComposing,
          keyCode: e.keyCode,
          code: e.code,
        },
        { editing: edit ? edit.mode : false },
      );
      if (cmd) run(cmd, e);
    },
    [edit, run, popup, commit],
  );

  const onCopy = useCallback(
    (e: ClipboardEvent<HTMLElement>) => {
      if (edit) return;
      e.preventDefault();
      const block: string[][] = [];
      for (let row = range.top; row <= range.bottom && row < source.ids.length; row++) {
        const line = source.line(source.ids[row]);
        block.push(columns.slice(range.left, range.right + 1).map((c) => cellText(c, line)));
      }
      e.clipboardData.setData('text/plain', toTsv(block));
    },
    [edit, range, source, columns],
  );

  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLElement>) => {
      if (edit) return;
      e.preventDefault();
      const html = e.clipboardData.getData('text/html');
      const block = (html ? parseHtmlTable(html) : null) ?? parseTsv(e.clipboardData.getData('text/plain'));
      const plan = planPaste({
        columns,
        anchor: { row: range.top, col: range.left },
        block,
        rowCount: source.ids.length,
        ...readContext,
        target: isSingleCell(selection) ? undefined : range,
      });
      if (!plan.ok) {
        setMessage({
          title: `无法粘贴：${plan.errors.length} 个单元格有问题，没有粘贴任何内容`,
          issues: plan.errors,
          kind: 'error',
        });
        return;
      }
      apply('粘贴', plan.changes, plan.rowsToAdd);
      const height = Math.max(1, block.length);
      const width = Math.max(1, ...block.map((r) => r.length));
      const grown = { ...size, rows: Math.max(size.rows, source.ids.length + plan.rowsToAdd) };
      setSelection(
        extendTo(
          cellSelection({ row: range.top, col: range.left }, grown),
          { row: range.top + height - 1, col: range.left + width - 1 },
          grown,
        ),
      );
      setMessage(
        plan.warnings.length > 0 ? { title: '已粘贴，请核对以下单元格', issues: plan.warnings, kind: 'warning' } : null,
      );
    },
    [edit, columns, range, source, readContext, selection, apply, size],
  );

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

  const pickCode = useCallback(
    (index: number) => {
      const code = popup ? pickedCode(popup, index) : null;
      if (code) commit(undefined, code);
    },
    [popup, commit],
  );

  const acceptProposal = useCallback(() => {
    if (!proposal) return;
    setProposal(null);
    const before = session.engine.line('expense', proposal.lineId);
    if (!before || before.function === proposal.suggestion.code) return;
    session.perform('采用建议功能科目', [
      { type: 'set', id: proposal.lineId, before, after: { ...before, function: proposal.suggestion.code } },
    ]);
  }, [proposal, session]);

  return {
    source,
    selection,
    edit,
    message,
    popup,
    proposal,
    select,
    startEdit,
    pickCode,
    acceptProposal,
    dismissProposal: () => setProposal(null),
    setEditText: (text) => setEdit((e) => (e ? { ...e, text } : { mode: 'enter', text })),
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
  };
}
