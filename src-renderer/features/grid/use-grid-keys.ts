import { useCallback, type KeyboardEvent } from 'react';
import { popupKeyAction, type CellPopup } from '../../../src-core/editor/cell-popup';
import { isImeKey, keyToCommand, type GridCommand, type KeyInput } from '../../../src-core/editor/keymap';
import {
  extendSelection,
  moveSelection,
  selectAll,
  type Motion,
  type Selection,
} from '../../../src-core/editor/selection';
import type { GridEdit, PopupHighlight } from './use-cell-popup';

/** What the keys do besides moving the selection (the controller's editing and row commands). */
export interface GridKeyActions {
  startEdit(mode: GridEdit['mode'], text?: string): void;
  commit(motion?: Motion, value?: string): boolean;
  /** Esc: the open edit, else the message box, else the notice. */
  cancel(): void;
  clear(): void;
  fillDown(): void;
  undo(): void;
  redo(): void;
  insertRow(where?: 'above' | 'below'): void;
  deleteRows(): void;
  /** Alt+Enter on a proposal and the like; true when the key was taken. */
  other(key: KeyInput): boolean;
}

interface Options {
  selection: Selection;
  size: { rows: number; cols: number };
  rowCount: number;
  pageSize: number;
  edit: GridEdit | null;
  popup: CellPopup | null;
  setSel(sel: Selection): void;
  setSelection(sel: Selection): void;
  setHighlight(h: PopupHighlight): void;
  actions: GridKeyActions;
}

/**
 * The grid's keyboard: the open list takes its keys first (↑↓, Enter/Tab pick), then keys the
 * grid itself handles (Alt+Enter on a proposal), then the Excel keymap (`keyToCommand`).
 */
export function useGridKeys({
  selection,
  size,
  rowCount,
  pageSize,
  edit,
  popup,
  setSel,
  setSelection,
  setHighlight,
  actions,
}: Options): (e: KeyboardEvent<HTMLElement>) => void {
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
          actions.startEdit('edit');
          break;
        case 'typeToReplace':
          actions.startEdit('enter', cmd.text);
          break;
        case 'clear':
          actions.clear();
          break;
        case 'cancel':
          actions.cancel();
          break;
        case 'commit':
          actions.commit(cmd.motion);
          break;
        case 'fillDown':
          actions.fillDown();
          break;
        case 'undo':
          actions.undo();
          break;
        case 'redo':
          actions.redo();
          break;
        case 'insertRow':
          actions.insertRow('above');
          break;
        case 'deleteRow':
          actions.deleteRows();
          break;
      }
    },
    [selection, size, rowCount, pageSize, setSel, setSelection, actions],
  );

  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const key: KeyInput = {
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
          else actions.commit(action.motion, action.value ?? undefined);
          return;
        }
      }
      if (!edit && actions.other(key)) {
        e.preventDefault();
        return;
      }
      const cmd = keyToCommand(key, { editing: edit ? edit.mode : false });
      if (cmd) run(cmd, e);
    },
    [popup, edit, setHighlight, actions, run],
  );
}
