import type { ChoiceHit } from './choice-search';
import type { CodeSearch, CodeSearchOptions } from './code-search';
import type { Motion } from './selection';

/**
 * The list under a cell being edited: catalog entries for a code cell (功能科目 / 经济科目), the
 * allowed values for a list cell (单位, 支出类型, 资金来源, 上年结转, 项目), one of them highlighted.
 * ↑/↓ move the highlight, Enter/Tab or a click pick it, Esc cancels the edit. The best match is
 * highlighted from the start, so that typing “公务接待” and Enter books 30217 and “公用” and Enter
 * gives 公用经费; a complete code that is in the catalog is always its own first hit, so Enter never
 * replaces a correct code by another one. A list with no match says so (“无匹配”); Enter then
 * commits the text as typed, which is checked as every typed cell is. Pure data, no DOM.
 */

/** One entry of the list. */
export interface PopupOption {
  /** What the cell stores when the entry is picked: a code, an enum key, a project code. */
  value: string;
  /** Shown first in a narrow column (a catalog code, a unit or project code); '' for none. */
  code: string;
  label: string;
  /** Context shown at the right: the 类/款 above a code, the full name of a source. */
  detail: string;
}

export interface CellPopup {
  /** 'code' lists catalog entries, 'choice' the values of a list column. */
  kind: 'code' | 'choice';
  query: string;
  options: readonly PopupOption[];
  /** Matches before the limit (the list says how many more there are). */
  total: number;
  /** Index of the highlighted option, -1 when none is (nothing matches, or a blank cell is browsed). */
  active: number;
}

/** Most entries listed at once; typing more narrows the list. */
export const POPUP_LIMIT = 50;

/** The code list for `query`, or null when nothing was typed; a list without options when nothing matches. */
export function openCodePopup(
  search: CodeSearch,
  query: string,
  prefer?: CodeSearchOptions['prefer'],
): CellPopup | null {
  if (query.trim() === '') return null;
  const { hits, total } = search(query, { limit: POPUP_LIMIT, prefer });
  return {
    kind: 'code',
    query,
    total,
    active: hits.length > 0 ? 0 : -1,
    options: hits.map((h) => ({
      value: h.entry.code,
      code: h.entry.code,
      label: h.entry.name,
      detail: h.path.map((p) => p.name).join(' › '),
    })),
  };
}

/**
 * The value list of a list column for `query` (its hits from `searchChoices`). `current`: the
 * cell's value, highlighted when the list is browsed (opened with F2 or Alt+↓, nothing typed yet).
 */
export function openChoicePopup(
  hits: readonly ChoiceHit[],
  query: string,
  current?: string,
  describe?: (key: string) => { code?: string; detail?: string },
): CellPopup {
  const options = hits.slice(0, POPUP_LIMIT).map((h) => {
    const more = describe?.(h.value.key);
    return { value: h.value.key, code: more?.code ?? '', label: h.value.label, detail: more?.detail ?? '' };
  });
  const browsing = query.trim() === '';
  const active = browsing ? options.findIndex((o) => o.value === current) : options.length > 0 ? 0 : -1;
  return { kind: 'choice', query, options, total: hits.length, active };
}

/** Moves the highlight by `delta` (↓ +1, ↑ −1, PageDown +n), stopping at either end. */
export function movePopup(popup: CellPopup, delta: number): CellPopup {
  if (popup.options.length === 0) return popup;
  const from = popup.active < 0 ? (delta > 0 ? -1 : popup.options.length) : popup.active;
  const active = Math.min(popup.options.length - 1, Math.max(0, from + delta));
  return active === popup.active ? popup : { ...popup, active };
}

/** The value of the highlighted option (or of option `index`), as the cell stores it; null when none. */
export function pickedValue(popup: CellPopup, index = popup.active): string | null {
  return popup.options[index]?.value ?? null;
}

/** What a key does to an open list: move its highlight, pick (commit) and move the cursor, or nothing. */
export type PopupKeyAction =
  { type: 'highlight'; active: number } | { type: 'pick'; motion: Motion; value: string | null };

/**
 * The keys an open list takes before the grid: ↑/↓/PageUp/PageDown move the highlight (when there
 * is something to highlight), Enter/Tab pick it and move as they do after typing, and ←/→ pick it
 * while typing over a cell (in `enter` mode, where arrows commit). Other keys, and keys with a
 * modifier other than Shift, are the editor's. `value` is null when nothing is highlighted: the
 * text is then committed as typed.
 */
export function popupKeyAction(
  popup: CellPopup,
  key: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  mode: 'edit' | 'enter',
): PopupKeyAction | null {
  if (key.ctrlKey || key.metaKey || key.altKey) return null;
  const step = POPUP_STEPS[key.key] ?? 0;
  if (step !== 0) return popup.options.length > 0 ? { type: 'highlight', active: movePopup(popup, step).active } : null;
  let motion: Motion | null = null;
  if (key.key === 'Enter') motion = key.shiftKey ? 'up' : 'down';
  else if (key.key === 'Tab') motion = key.shiftKey ? 'prev' : 'next';
  else if (mode === 'enter' && popup.active >= 0 && !key.shiftKey) {
    if (key.key === 'ArrowLeft') motion = 'left';
    else if (key.key === 'ArrowRight') motion = 'right';
  }
  return motion ? { type: 'pick', motion, value: pickedValue(popup) } : null;
}

/** Highlight moves of the list keys (a page is 8 entries). */
const POPUP_STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };
