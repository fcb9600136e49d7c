import type { Cents } from '../money/cents';
import type { Pivot, RowState, SectionState } from './pivot';

/**
 * Reads an internal (never printed) table the pivot maintains — the budget's `_AUX`, the 决算's
 * own — by section, row and column; sections are looked up once. Used by both rule contexts.
 */
export class AuxReader {
  private readonly sections = new Map<string, SectionState>();

  constructor(
    private readonly pivot: Pivot,
    private readonly tableId: string,
  ) {}

  section(id: string): SectionState {
    let s = this.sections.get(id);
    if (!s) {
      s = this.pivot.table(this.tableId)!.section(id)!;
      this.sections.set(id, s);
    }
    return s;
  }

  /** An aggregate in 分 (0 when the row or column does not exist). */
  value(section: string, row: string, column: string): Cents {
    const s = this.section(section);
    const r = s.fixedByKey.get(row) ?? s.groupRows.get(row);
    if (!r) return 0;
    const i = s.columnIndex.get(column);
    return i === undefined ? 0 : r.cells[i];
  }

  groupRows(section: string): RowState[] {
    return [...this.section(section).groupRows.values()];
  }
}
