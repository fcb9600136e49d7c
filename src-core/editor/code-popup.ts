import type { CodeSearch, CodeSearchHit } from './code-search';

/**
 * The list under a code cell being edited (功能科目 / 经济科目): the catalog entries matching what
 * was typed so far, one of them highlighted. ↑/↓ move the highlight, Enter/Tab or a click pick it,
 * Esc cancels the edit. The first hit is highlighted from the start, so that typing “公务接待” and
 * Enter books 30217; a complete code that is in the catalog is always its own first hit, so Enter
 * never replaces a correct code by another one, and text with no hit is committed as typed (and
 * checked as every typed cell is). Pure data, no DOM.
 */
export interface CodePopup {
  query: string;
  hits: readonly CodeSearchHit[];
  /** Hits before the limit (the list says how many more there are). */
  total: number;
  /** Index of the highlighted hit. */
  active: number;
}

/** Most hits listed at once; typing more narrows the list. */
export const POPUP_LIMIT = 50;

/** The popup for `query`, or null when nothing matches (or nothing was typed). */
export function openCodePopup(search: CodeSearch, query: string): CodePopup | null {
  if (query.trim() === '') return null;
  const { hits, total } = search(query, { limit: POPUP_LIMIT });
  if (hits.length === 0) return null;
  return { query, hits, total, active: 0 };
}

/** Moves the highlight by `delta` (↓ +1, ↑ −1, PageDown +n), stopping at either end. */
export function movePopup(popup: CodePopup, delta: number): CodePopup {
  const active = Math.min(popup.hits.length - 1, Math.max(0, popup.active + delta));
  return active === popup.active ? popup : { ...popup, active };
}

/** The highlighted hit's code, as the cell stores it. */
export function pickedCode(popup: CodePopup, index = popup.active): string | null {
  return popup.hits[index]?.entry.code ?? null;
}
