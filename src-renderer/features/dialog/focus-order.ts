/**
 * Where Tab / Shift+Tab goes inside a modal dialog: pure arithmetic over the dialog's
 * focusable elements (in document order), so that focus never leaves the dialog.
 */

/**
 * The index to focus next among `count` focusable elements.
 * `current` is the index of the focused one, or -1 when focus is outside them
 * (on the page behind, on the dialog box itself, or nowhere): Tab then goes to the
 * first, Shift+Tab to the last. Past either end it wraps round. -1 when there is none.
 */
export function nextFocusIndex(count: number, current: number, backward: boolean): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return backward ? count - 1 : 0;
  return backward ? (current - 1 + count) % count : (current + 1) % count;
}

/** What the Tab order needs to know about one radio button. */
export interface RadioFacts {
  name: string;
  checked: boolean;
}

/**
 * Whether a radio button takes part in the Tab order, as browsers do: in a named group
 * with a checked button only that one does (arrow keys move within the group); a group
 * with none checked is entered at its first button.
 */
export function radioInTabOrder(radio: RadioFacts, index: number, radios: readonly RadioFacts[]): boolean {
  if (!radio.name) return true;
  const group = radios.filter((r) => r.name === radio.name);
  if (group.some((r) => r.checked)) return radio.checked;
  return radios.findIndex((r) => r.name === radio.name) === index;
}
