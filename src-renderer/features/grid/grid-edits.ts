import { newId } from '../../data/ids';
import type { BudgetUnit } from '../../../src-core/domain/draft/types';
import type { CellChange } from '../../../src-core/editor/grid-model';
import type { CellRange } from '../../../src-core/editor/selection';
import { blankLine, cellValue, withCell } from './expense-columns';
import type { BlankLine, GridLine, GridLineEdit } from './grid-session';

/** What the grid reads of the open draft. */
export interface GridSource {
  /** The rows shown, in view order (filtered/sorted, or all in stored order). */
  ids: readonly string[];
  /** All line ids in stored order, when `ids` is a filtered or sorted view of them. */
  stored?: readonly string[];
  line(id: string): GridLine;
  draft: { readonly units: readonly BudgetUnit[] };
  /** How a new line is made (the column set's); the 预算's blank line when absent. */
  blank?: BlankLine;
}

function newLine(source: GridSource, like: GridLine | undefined): GridLine {
  return source.blank ? source.blank(source.draft.units, like) : blankLine(source.draft, like);
}

/**
 * Cell changes (typed, pasted, filled, cleared) as line edits: one `set` per changed row with the
 * whole line before and after; rows past the end (`rowsToAdd` of a paste) become added lines.
 */
export function cellChangesToEdits(source: GridSource, changes: readonly CellChange[], rowsToAdd = 0): GridLineEdit[] {
  const byRow = new Map<number, CellChange[]>();
  for (const c of changes) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const edits: GridLineEdit[] = [];
  const count = source.ids.length;
  const template = count > 0 ? source.line(source.ids[count - 1]) : undefined;
  for (let r = count; r < count + rowsToAdd; r++) {
    let line = newLine(source, template);
    for (const c of byRow.get(r) ?? []) line = withCell(line, c.key, c.value);
    edits.push({ type: 'add', id: newId(), line });
  }
  for (const [row, list] of [...byRow].sort((a, b) => a[0] - b[0])) {
    if (row >= count) continue;
    const id = source.ids[row];
    const before = source.line(id);
    let after = before;
    for (const c of list) after = withCell(after, c.key, c.value);
    if (list.some((c) => cellValue(before, c.key) !== c.value)) edits.push({ type: 'set', id, before, after });
  }
  return edits;
}

/**
 * 插入行: a new line at `row`, before the line shown there (at the end when `row` is past the last
 * line). It takes the unit, kind and source of the line at `likeRow` (default: the line it goes
 * before, or the last line): 在下方插入 passes the row it is inserted under.
 */
export function insertRowEdit(source: GridSource, row: number, likeRow = row): GridLineEdit {
  const beforeId = source.ids[row];
  const likeId = source.ids[likeRow] ?? source.ids[source.ids.length - 1];
  const like = likeId ? source.line(likeId) : undefined;
  return { type: 'add', id: newId(), line: newLine(source, like), ...(beforeId ? { beforeId } : {}) };
}

/**
 * 删除行: the lines of rows `range.top`…`range.bottom` (rows of the view shown, which may be
 * filtered or sorted), removed in stored order, each remembering the stored line that followed it:
 * undo re-adds them bottom-up, each before its successor (present, or re-added just before), so
 * the stored order comes back exactly whatever the view.
 */
export function deleteRowEdits(source: GridSource, range: Pick<CellRange, 'top' | 'bottom'>): GridLineEdit[] {
  const stored = source.stored ?? source.ids;
  const chosen: string[] = [];
  for (let row = range.top; row <= range.bottom && row < source.ids.length; row++) chosen.push(source.ids[row]);
  let positions: number[];
  if (stored === source.ids) positions = chosen.map((_, i) => range.top + i);
  else {
    const index = new Map<string, number>();
    for (let i = 0; i < stored.length; i++) index.set(stored[i], i);
    positions = chosen
      .map((id) => index.get(id) ?? -1)
      .filter((i) => i >= 0)
      .sort((a, b) => a - b);
  }
  return positions.map((at): GridLineEdit => {
    const id = stored[at];
    const beforeId = stored[at + 1];
    return { type: 'remove', id, line: source.line(id), ...(beforeId ? { beforeId } : {}) };
  });
}
