import { describe, expect, it } from 'vitest';
import {
  cellSelection,
  clampSelection,
  extendSelection,
  extendTo,
  isEmptyGrid,
  isSingleCell,
  moveSelection,
  rangeContains,
  rangeSize,
  selectAll,
  selectColumns,
  selectRows,
  selectionRange,
  step,
  type Motion,
  type Selection,
} from '../../../src-core/editor/selection';

const size = { rows: 10, cols: 5 };
const at = (row: number, col: number): Selection => ({ anchor: { row, col }, focus: { row, col } });

describe('step', () => {
  it('moves one cell by arrows and stops at the edges', () => {
    expect(step({ row: 3, col: 2 }, 'up', size)).toEqual({ row: 2, col: 2 });
    expect(step({ row: 3, col: 2 }, 'down', size)).toEqual({ row: 4, col: 2 });
    expect(step({ row: 3, col: 2 }, 'left', size)).toEqual({ row: 3, col: 1 });
    expect(step({ row: 3, col: 2 }, 'right', size)).toEqual({ row: 3, col: 3 });
    expect(step({ row: 0, col: 0 }, 'up', size)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 0, col: 0 }, 'left', size)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 9, col: 4 }, 'down', size)).toEqual({ row: 9, col: 4 });
    expect(step({ row: 9, col: 4 }, 'right', size)).toEqual({ row: 9, col: 4 });
  });

  it('jumps to the row ends, column ends and grid corners', () => {
    const from = { row: 4, col: 2 };
    const cases: [Motion, { row: number; col: number }][] = [
      ['home', { row: 4, col: 0 }],
      ['end', { row: 4, col: 4 }],
      ['top', { row: 0, col: 2 }],
      ['bottom', { row: 9, col: 2 }],
      ['first', { row: 0, col: 0 }],
      ['last', { row: 9, col: 4 }],
    ];
    for (const [motion, to] of cases) expect(step(from, motion, size), motion).toEqual(to);
  });

  it('pages by the page size and clamps at the ends', () => {
    expect(step({ row: 1, col: 1 }, 'pageDown', size, 4)).toEqual({ row: 5, col: 1 });
    expect(step({ row: 8, col: 1 }, 'pageDown', size, 4)).toEqual({ row: 9, col: 1 });
    expect(step({ row: 5, col: 1 }, 'pageUp', size, 4)).toEqual({ row: 1, col: 1 });
    expect(step({ row: 2, col: 1 }, 'pageUp', size, 4)).toEqual({ row: 0, col: 1 });
    expect(step({ row: 0, col: 0 }, 'pageDown', { rows: 100, cols: 1 })).toEqual({ row: 20, col: 0 });
    expect(step({ row: 0, col: 0 }, 'pageDown', size, 0)).toEqual({ row: 1, col: 0 });
  });

  it('Tab/Shift+Tab wrap to the next/previous row and stop at the grid ends', () => {
    expect(step({ row: 2, col: 3 }, 'next', size)).toEqual({ row: 2, col: 4 });
    expect(step({ row: 2, col: 4 }, 'next', size)).toEqual({ row: 3, col: 0 });
    expect(step({ row: 9, col: 4 }, 'next', size)).toEqual({ row: 9, col: 4 });
    expect(step({ row: 3, col: 0 }, 'prev', size)).toEqual({ row: 2, col: 4 });
    expect(step({ row: 0, col: 0 }, 'prev', size)).toEqual({ row: 0, col: 0 });
  });

  it('clamps a start outside the grid first', () => {
    expect(step({ row: 50, col: -3 }, 'up', size)).toEqual({ row: 8, col: 0 });
  });
});

describe('moving and extending', () => {
  it('a plain move collapses the selection onto the cell reached from the anchor', () => {
    const sel: Selection = { anchor: { row: 2, col: 1 }, focus: { row: 5, col: 3 } };
    expect(moveSelection(sel, 'down', size)).toEqual(at(3, 1));
    expect(moveSelection(sel, 'next', size)).toEqual(at(2, 2));
  });

  it('Shift+moves keep the anchor and move the focus, both ways across it', () => {
    let sel = at(4, 2);
    sel = extendSelection(sel, 'down', size);
    sel = extendSelection(sel, 'right', size);
    expect(sel).toEqual({ anchor: { row: 4, col: 2 }, focus: { row: 5, col: 3 } });
    expect(selectionRange(sel)).toEqual({ top: 4, bottom: 5, left: 2, right: 3 });
    sel = extendSelection(extendSelection(extendSelection(sel, 'up', size), 'up', size), 'up', size);
    expect(selectionRange(sel)).toEqual({ top: 2, bottom: 4, left: 2, right: 3 });
    expect(extendSelection(sel, 'end', size).focus).toEqual({ row: 2, col: 4 });
    expect(extendSelection(sel, 'last', size).focus).toEqual({ row: 9, col: 4 });
    expect(extendSelection(at(3, 3), 'pageDown', size, 3).focus).toEqual({ row: 6, col: 3 });
  });

  it('Shift+Tab extends left without wrapping', () => {
    expect(extendSelection(at(3, 0), 'prev', size)).toEqual(at(3, 0));
    expect(extendSelection(at(3, 4), 'next', size)).toEqual(at(3, 4));
    expect(extendSelection(at(3, 2), 'next', size).focus).toEqual({ row: 3, col: 3 });
  });

  it('extendTo (Shift+click) clamps to the grid', () => {
    expect(extendTo(at(1, 1), { row: 99, col: 99 }, size)).toEqual({
      anchor: { row: 1, col: 1 },
      focus: { row: 9, col: 4 },
    });
  });
});

describe('whole-grid and header selections', () => {
  it('select all covers the grid with the anchor at the top-left', () => {
    expect(selectAll(size)).toEqual({ anchor: { row: 0, col: 0 }, focus: { row: 9, col: 4 } });
    expect(rangeSize(selectionRange(selectAll(size)))).toEqual({ rows: 10, cols: 5 });
  });

  it('selects whole rows and columns', () => {
    expect(selectionRange(selectRows(3, 1, size))).toEqual({ top: 1, bottom: 3, left: 0, right: 4 });
    expect(selectionRange(selectColumns(2, 2, size))).toEqual({ top: 0, bottom: 9, left: 2, right: 2 });
  });
});

describe('clamping and queries', () => {
  it('keeps a selection inside a grid that shrank (rows deleted)', () => {
    const sel: Selection = { anchor: { row: 8, col: 4 }, focus: { row: 9, col: 4 } };
    expect(clampSelection(sel, { rows: 5, cols: 3 })).toEqual({
      anchor: { row: 4, col: 2 },
      focus: { row: 4, col: 2 },
    });
    expect(cellSelection({ row: -1, col: 7 }, size)).toEqual(at(0, 4));
  });

  it('an empty grid keeps the selection at {0, 0}', () => {
    const empty = { rows: 0, cols: 5 };
    expect(isEmptyGrid(empty)).toBe(true);
    expect(isEmptyGrid(size)).toBe(false);
    expect(moveSelection(at(3, 3), 'down', empty)).toEqual(at(0, 3));
    expect(selectAll({ rows: 0, cols: 0 })).toEqual(at(0, 0));
  });

  it('answers single-cell and containment questions', () => {
    expect(isSingleCell(at(1, 1))).toBe(true);
    expect(isSingleCell({ anchor: { row: 1, col: 1 }, focus: { row: 1, col: 2 } })).toBe(false);
    const range = { top: 1, bottom: 3, left: 1, right: 2 };
    expect(rangeContains(range, { row: 2, col: 2 })).toBe(true);
    expect(rangeContains(range, { row: 4, col: 2 })).toBe(false);
    expect(rangeContains(range, { row: 2, col: 0 })).toBe(false);
  });
});
