import type { Motion } from './selection';

/**
 * Keyboard events to grid commands, as data: the view passes a plain snapshot of the event and
 * gets back what to do (or null: let the browser / the cell editor have the key).
 *
 * Conventions are Excel's/WPS's, which officers already know:
 * - navigating: arrows, Tab/Shift+Tab, Enter/Shift+Enter (Enter moves down; it does not start
 *   editing), Home/End, Ctrl+Home/End, Ctrl+arrows (to the grid's edge), PageUp/PageDown; with
 *   Shift they extend the selection; F2 edits the active cell; Alt+↓ edits it with its list of
 *   values open; a printable character replaces it;
 *   Delete/Backspace clear the selection; Esc cancels (e.g. the copy marquee);
 * - Ctrl (or ⌘ on a Mac) + C/X/V copy/cut/paste, +A select all, +D fill down, +Z undo,
 *   +Y or +Shift+Z redo, +Shift+= (that is Ctrl++, also the numpad +) insert a row, +- delete rows;
 * - editing: Enter/Tab (and Shift+) commit and move, Esc cancels; every other key belongs to the
 *   cell's input (caret, selection, its own undo), except that in `enter` mode — editing begun by
 *   typing over a cell — arrows commit and move, as in Excel's 输入 mode. Alt+Enter is left to a
 *   text editor (a line break inside the cell).
 *
 * IME (Chinese input): while a composition is in progress (`isComposing`, `key === 'Process'` or
 * the legacy keyCode 229) no key is a command — the Enter or Space that picks a candidate must not
 * move, commit half-typed pinyin, or start editing. The first pinyin letter therefore never
 * reaches `typeToReplace`: the view opens the editor on `compositionstart` instead.
 */

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  /** Deprecated `KeyboardEvent.keyCode`; 229 marks a key the IME is handling (Safari). */
  keyCode?: number;
  /** Physical key (`Equal`, `Minus`), used where layouts differ. */
  code?: string;
}

export interface KeyContext {
  /** `false` when navigating; `'edit'` after F2/double-click (arrows move the caret); `'enter'` after typing over a cell (arrows commit and move). */
  editing: false | 'edit' | 'enter';
  /** Which modifier is the command key: ⌘ on 'mac', Ctrl elsewhere; when absent either is accepted. */
  platform?: 'mac' | 'other';
}

export type GridCommand =
  | { type: 'move'; motion: Motion }
  | { type: 'extend'; motion: Motion }
  | { type: 'selectAll' }
  | { type: 'startEdit' }
  /** Alt+↓: edit the cell with its list of values open (as Excel opens a cell's drop-down list). */
  | { type: 'openList' }
  | { type: 'typeToReplace'; text: string }
  | { type: 'clear' }
  | { type: 'cancel' }
  /** Commit the edit, then move (Enter: down, Tab: next, …). */
  | { type: 'commit'; motion: Motion }
  | { type: 'copy' }
  | { type: 'cut' }
  | { type: 'paste' }
  | { type: 'fillDown' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'insertRow' }
  | { type: 'deleteRow' };

const ARROWS = new Map<string, Motion>([
  ['ArrowUp', 'up'],
  ['ArrowDown', 'down'],
  ['ArrowLeft', 'left'],
  ['ArrowRight', 'right'],
]);
const ARROW_EDGES = new Map<string, Motion>([
  ['ArrowUp', 'top'],
  ['ArrowDown', 'bottom'],
  ['ArrowLeft', 'home'],
  ['ArrowRight', 'end'],
]);

/** True while an IME owns the key. */
export function isImeKey(e: KeyInput): boolean {
  return e.isComposing === true || e.key === 'Process' || e.keyCode === 229;
}

/** One visible character (a letter, digit, punctuation, a CJK character, a space). */
function isPrintable(key: string): boolean {
  if (key === 'Dead' || key === 'Unidentified') return false;
  const chars = Array.from(key);
  return chars.length === 1 && !/\p{Cc}/u.test(key);
}

export function keyToCommand(e: KeyInput, ctx: KeyContext): GridCommand | null {
  if (isImeKey(e)) return null;

  const primary = ctx.platform === 'mac' ? e.metaKey : ctx.platform === 'other' ? e.ctrlKey : e.ctrlKey || e.metaKey;
  const other = ctx.platform === 'mac' ? e.ctrlKey : ctx.platform === 'other' ? e.metaKey : false;
  // AltGr on Windows reports Ctrl+Alt: such a printable key is typing, not a shortcut.
  const altGr = e.ctrlKey && e.altKey && !e.metaKey && isPrintable(e.key) && !/^[a-zA-Z0-9]$/.test(e.key);
  const mod = primary && !e.altKey && !other;
  const key = e.key;
  const lower = key.length === 1 ? key.toLowerCase() : key;

  if (ctx.editing) {
    if (e.altKey || primary || other) return null;
    if (key === 'Escape') return { type: 'cancel' };
    if (key === 'Enter') return { type: 'commit', motion: e.shiftKey ? 'up' : 'down' };
    if (key === 'Tab') return { type: 'commit', motion: e.shiftKey ? 'prev' : 'next' };
    const arrow = ARROWS.get(key);
    if (ctx.editing === 'enter' && !e.shiftKey && arrow) return { type: 'commit', motion: arrow };
    return null;
  }

  if (mod) {
    const edge = ARROW_EDGES.get(key);
    if (edge) return { type: e.shiftKey ? 'extend' : 'move', motion: edge };
    if (key === 'Home' || key === 'End')
      return { type: e.shiftKey ? 'extend' : 'move', motion: key === 'Home' ? 'first' : 'last' };
    if (key === '+' || (e.shiftKey && (key === '=' || e.code === 'Equal'))) return { type: 'insertRow' };
    if (!e.shiftKey && (key === '-' || e.code === 'Minus' || e.code === 'NumpadSubtract')) return { type: 'deleteRow' };
    if (e.shiftKey) return lower === 'z' ? { type: 'redo' } : null;
    switch (lower) {
      case 'a':
        return { type: 'selectAll' };
      case 'c':
        return { type: 'copy' };
      case 'x':
        return { type: 'cut' };
      case 'v':
        return { type: 'paste' };
      case 'd':
        return { type: 'fillDown' };
      case 'z':
        return { type: 'undo' };
      case 'y':
        return { type: 'redo' };
      default:
        return null;
    }
  }
  if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && key === 'ArrowDown') return { type: 'openList' };
  if ((e.ctrlKey || e.metaKey || e.altKey) && !altGr) return null;

  const arrow = ARROWS.get(key);
  if (arrow) return { type: e.shiftKey ? 'extend' : 'move', motion: arrow };
  switch (key) {
    case 'Tab':
      return { type: 'move', motion: e.shiftKey ? 'prev' : 'next' };
    case 'Enter':
      return { type: 'move', motion: e.shiftKey ? 'up' : 'down' };
    case 'Home':
      return { type: e.shiftKey ? 'extend' : 'move', motion: 'home' };
    case 'End':
      return { type: e.shiftKey ? 'extend' : 'move', motion: 'end' };
    case 'PageUp':
      return { type: e.shiftKey ? 'extend' : 'move', motion: 'pageUp' };
    case 'PageDown':
      return { type: e.shiftKey ? 'extend' : 'move', motion: 'pageDown' };
    case 'F2':
      return { type: 'startEdit' };
    case 'Escape':
      return { type: 'cancel' };
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' };
  }
  if (isPrintable(key)) return { type: 'typeToReplace', text: key };
  return null;
}
