import { describe, expect, it } from 'vitest';
import { isImeKey, keyToCommand, type KeyContext, type KeyInput } from '../../../src-core/editor/keymap';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const nav: KeyContext = { editing: false };
const cmd = (k: string, mods: Partial<KeyInput> = {}, ctx: KeyContext = nav) => keyToCommand(key(k, mods), ctx);

describe('keyToCommand: navigating', () => {
  it('Alt+↓ opens the cell with its list of values, as Excel opens a drop-down list', () => {
    expect(cmd('ArrowDown', { altKey: true })).toEqual({ type: 'openList' });
    expect(cmd('ArrowDown', { altKey: true, shiftKey: true })).toBeNull();
    expect(cmd('ArrowDown', { altKey: true }, { editing: 'enter' })).toBeNull();
  });

  it('arrows move, Shift+arrows extend, Ctrl+arrows go to the edge', () => {
    expect(cmd('ArrowDown')).toEqual({ type: 'move', motion: 'down' });
    expect(cmd('ArrowLeft', { shiftKey: true })).toEqual({ type: 'extend', motion: 'left' });
    expect(cmd('ArrowUp', { ctrlKey: true })).toEqual({ type: 'move', motion: 'top' });
    expect(cmd('ArrowRight', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'extend', motion: 'end' });
  });

  it('Tab, Enter, Home/End, PageUp/PageDown as in Excel; Enter moves down rather than editing', () => {
    expect(cmd('Tab')).toEqual({ type: 'move', motion: 'next' });
    expect(cmd('Tab', { shiftKey: true })).toEqual({ type: 'move', motion: 'prev' });
    expect(cmd('Enter')).toEqual({ type: 'move', motion: 'down' });
    expect(cmd('Enter', { shiftKey: true })).toEqual({ type: 'move', motion: 'up' });
    expect(cmd('Home')).toEqual({ type: 'move', motion: 'home' });
    expect(cmd('End', { shiftKey: true })).toEqual({ type: 'extend', motion: 'end' });
    expect(cmd('Home', { ctrlKey: true })).toEqual({ type: 'move', motion: 'first' });
    expect(cmd('End', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'extend', motion: 'last' });
    expect(cmd('PageDown')).toEqual({ type: 'move', motion: 'pageDown' });
    expect(cmd('PageUp', { shiftKey: true })).toEqual({ type: 'extend', motion: 'pageUp' });
  });

  it('F2 edits, a printable key types over the cell, Delete/Backspace clear, Esc cancels', () => {
    expect(cmd('F2')).toEqual({ type: 'startEdit' });
    expect(cmd('7')).toEqual({ type: 'typeToReplace', text: '7' });
    expect(cmd('A', { shiftKey: true })).toEqual({ type: 'typeToReplace', text: 'A' });
    expect(cmd('１')).toEqual({ type: 'typeToReplace', text: '１' });
    expect(cmd('-')).toEqual({ type: 'typeToReplace', text: '-' });
    expect(cmd(' ')).toEqual({ type: 'typeToReplace', text: ' ' });
    expect(cmd('😀')).toEqual({ type: 'typeToReplace', text: '😀' });
    expect(cmd('Delete')).toEqual({ type: 'clear' });
    expect(cmd('Backspace')).toEqual({ type: 'clear' });
    expect(cmd('Escape')).toEqual({ type: 'cancel' });
  });

  it('ignores keys that are no command: function keys, modifiers alone, dead keys, Alt+letters', () => {
    for (const k of ['F5', 'Shift', 'Control', 'CapsLock', 'Dead', 'Unidentified', 'Insert', 'ContextMenu'])
      expect(cmd(k), k).toBeNull();
    expect(cmd('f', { altKey: true })).toBeNull();
    expect(cmd('r', { ctrlKey: true })).toBeNull();
  });
});

describe('keyToCommand: shortcuts', () => {
  it('maps Ctrl (or ⌘) + C/X/V/A/D/Z/Y', () => {
    expect(cmd('c', { ctrlKey: true })).toEqual({ type: 'copy' });
    expect(cmd('x', { metaKey: true })).toEqual({ type: 'cut' });
    expect(cmd('v', { ctrlKey: true })).toEqual({ type: 'paste' });
    expect(cmd('V', { ctrlKey: true })).toEqual({ type: 'paste' }); // Caps Lock on
    expect(cmd('a', { ctrlKey: true })).toEqual({ type: 'selectAll' });
    expect(cmd('d', { ctrlKey: true })).toEqual({ type: 'fillDown' });
    expect(cmd('z', { ctrlKey: true })).toEqual({ type: 'undo' });
    expect(cmd('y', { ctrlKey: true })).toEqual({ type: 'redo' });
    expect(cmd('Z', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'redo' });
    expect(cmd('z', { metaKey: true, shiftKey: true })).toEqual({ type: 'redo' });
  });

  it('Ctrl+Shift+= (Ctrl++) inserts a row, Ctrl+- deletes rows, numpad keys included', () => {
    expect(cmd('+', { ctrlKey: true, shiftKey: true, code: 'Equal' })).toEqual({ type: 'insertRow' });
    expect(cmd('=', { ctrlKey: true, shiftKey: true })).toEqual({ type: 'insertRow' });
    expect(cmd('+', { ctrlKey: true, code: 'NumpadAdd' })).toEqual({ type: 'insertRow' });
    expect(cmd('-', { ctrlKey: true })).toEqual({ type: 'deleteRow' });
    expect(cmd('-', { ctrlKey: true, code: 'NumpadSubtract' })).toEqual({ type: 'deleteRow' });
    expect(cmd('=', { ctrlKey: true })).toBeNull();
  });

  it('respects the platform’s command key when told it', () => {
    const mac: KeyContext = { editing: false, platform: 'mac' };
    const win: KeyContext = { editing: false, platform: 'other' };
    expect(cmd('c', { metaKey: true }, mac)).toEqual({ type: 'copy' });
    expect(cmd('c', { ctrlKey: true }, mac)).toBeNull();
    expect(cmd('c', { ctrlKey: true }, win)).toEqual({ type: 'copy' });
    expect(cmd('c', { metaKey: true }, win)).toBeNull();
  });

  it('AltGr (Ctrl+Alt) characters are typing, not shortcuts', () => {
    expect(cmd('@', { ctrlKey: true, altKey: true })).toEqual({ type: 'typeToReplace', text: '@' });
    expect(cmd('€', { ctrlKey: true, altKey: true })).toEqual({ type: 'typeToReplace', text: '€' });
    expect(cmd('c', { ctrlKey: true, altKey: true })).toBeNull();
  });
});

describe('keyToCommand: editing', () => {
  const edit: KeyContext = { editing: 'edit' };
  const enter: KeyContext = { editing: 'enter' };

  it('Enter/Tab commit and move, Esc cancels', () => {
    expect(cmd('Enter', {}, edit)).toEqual({ type: 'commit', motion: 'down' });
    expect(cmd('Enter', { shiftKey: true }, edit)).toEqual({ type: 'commit', motion: 'up' });
    expect(cmd('Tab', {}, edit)).toEqual({ type: 'commit', motion: 'next' });
    expect(cmd('Tab', { shiftKey: true }, edit)).toEqual({ type: 'commit', motion: 'prev' });
    expect(cmd('Escape', {}, edit)).toEqual({ type: 'cancel' });
  });

  it('leaves other keys to the input: caret keys in edit mode, shortcuts, Alt+Enter', () => {
    for (const k of ['ArrowLeft', 'ArrowDown', 'Home', 'End', 'a', '1', 'Backspace', 'Delete', 'F2'])
      expect(cmd(k, {}, edit), k).toBeNull();
    expect(cmd('z', { ctrlKey: true }, edit)).toBeNull();
    expect(cmd('v', { ctrlKey: true }, edit)).toBeNull();
    expect(cmd('d', { ctrlKey: true }, edit)).toBeNull();
    expect(cmd('Enter', { altKey: true }, edit)).toBeNull();
  });

  it('in enter mode (typing over a cell) arrows commit and move, as in Excel', () => {
    expect(cmd('ArrowDown', {}, enter)).toEqual({ type: 'commit', motion: 'down' });
    expect(cmd('ArrowRight', {}, enter)).toEqual({ type: 'commit', motion: 'right' });
    expect(cmd('ArrowRight', { shiftKey: true }, enter)).toBeNull();
    expect(cmd('Home', {}, enter)).toBeNull();
  });
});

describe('keyToCommand: IME composition (Chinese input)', () => {
  it('no key is a command while composing: Enter does not move or commit, Space does not type', () => {
    for (const ctx of [nav, { editing: 'edit' } as KeyContext, { editing: 'enter' } as KeyContext]) {
      for (const k of ['Enter', 'Tab', 'Escape', ' ', 'ArrowDown', 'a', 'Backspace', '1']) {
        expect(cmd(k, { isComposing: true }, ctx), `${k} ${String(ctx.editing)}`).toBeNull();
      }
      expect(cmd('v', { ctrlKey: true, isComposing: true }, ctx)).toBeNull();
    }
  });

  it('treats key "Process" (Windows) and keyCode 229 (Safari’s Enter ending a composition) as IME keys', () => {
    expect(cmd('Process')).toBeNull();
    expect(cmd('Enter', { keyCode: 229 }, { editing: 'enter' })).toBeNull();
    expect(isImeKey(key('Process'))).toBe(true);
    expect(isImeKey(key('a', { keyCode: 229 }))).toBe(true);
    expect(isImeKey(key('a', { keyCode: 65 }))).toBe(false);
  });

  it('the Enter after the composition has ended commits again', () => {
    expect(cmd('Enter', { isComposing: false }, { editing: 'enter' })).toEqual({ type: 'commit', motion: 'down' });
  });
});
