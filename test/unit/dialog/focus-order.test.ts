import { describe, expect, it } from 'vitest';
import { nextFocusIndex, radioInTabOrder, type RadioFacts } from '../../../src-renderer/features/dialog/focus-order';

describe('nextFocusIndex (Tab inside a modal dialog)', () => {
  it('Tab moves forward one place and wraps from the last to the first', () => {
    expect(nextFocusIndex(4, 0, false)).toBe(1);
    expect(nextFocusIndex(4, 2, false)).toBe(3);
    expect(nextFocusIndex(4, 3, false)).toBe(0);
  });

  it('Shift+Tab moves back one place and wraps from the first to the last', () => {
    expect(nextFocusIndex(4, 3, true)).toBe(2);
    expect(nextFocusIndex(4, 1, true)).toBe(0);
    expect(nextFocusIndex(4, 0, true)).toBe(3);
  });

  it('from outside the focusable elements, Tab enters at the first and Shift+Tab at the last', () => {
    expect(nextFocusIndex(5, -1, false)).toBe(0);
    expect(nextFocusIndex(5, -1, true)).toBe(4);
    // A stale index (the list shrank, e.g. a button disappeared) is treated as outside.
    expect(nextFocusIndex(2, 7, false)).toBe(0);
    expect(nextFocusIndex(2, 7, true)).toBe(1);
  });

  it('a single focusable element keeps the focus in both directions', () => {
    expect(nextFocusIndex(1, 0, false)).toBe(0);
    expect(nextFocusIndex(1, 0, true)).toBe(0);
    expect(nextFocusIndex(1, -1, true)).toBe(0);
  });

  it('answers -1 when the dialog has nothing to focus', () => {
    expect(nextFocusIndex(0, -1, false)).toBe(-1);
    expect(nextFocusIndex(0, 0, true)).toBe(-1);
  });

  it('n presses of Tab visit every element once and come back to the start', () => {
    for (const backward of [false, true]) {
      const seen: number[] = [];
      let i = 2;
      for (let n = 0; n < 6; n++) {
        i = nextFocusIndex(6, i, backward);
        seen.push(i);
      }
      expect(new Set(seen).size).toBe(6);
      expect(i).toBe(2);
    }
  });
});

describe('radioInTabOrder (radio groups take one Tab stop)', () => {
  const radios: RadioFacts[] = [
    { name: 'basis', checked: false },
    { name: 'basis', checked: true },
    { name: 'mode', checked: false },
    { name: 'mode', checked: false },
    { name: '', checked: false },
  ];
  const inOrder = radios.map((r, i) => radioInTabOrder(r, i, radios));

  it('in a group with a checked button only that one is a Tab stop', () => {
    expect(inOrder.slice(0, 2)).toEqual([false, true]);
  });

  it('in a group with none checked the first button is the Tab stop', () => {
    expect(inOrder.slice(2, 4)).toEqual([true, false]);
  });

  it('a radio without a group name is always a Tab stop', () => {
    expect(inOrder[4]).toBe(true);
  });
});
