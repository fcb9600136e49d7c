import { columnLetter, SHEET_FIELDS, type MappingProposal } from './mapping';
import { cellKey, type SheetData } from './read-workbook';

/**
 * A reason a row is not imported (or, as a warning, a thing to check), located as the officer
 * finds it in Excel: sheet, 第 N 行, column letter and header.
 */
export interface RowProblem {
  sheet: string;
  /** 1-based Excel row (0: the sheet as a whole). */
  row: number;
  /** Column letter (A, B…) and header, when the problem is in one cell. */
  column?: string;
  header?: string;
  message: string;
}

export function formatRowProblem(p: RowProblem): string {
  const where = p.row > 0 ? `第 ${p.row} 行` : '';
  const col = p.column ? `${p.column} 列${p.header ? `（${p.header}）` : ''}` : '';
  return `工作表“${p.sheet}”${where}${col ? ` ${col}` : ''}：${p.message}`;
}

/** The header of a field as written in the file, or the template's name. */
function headerOf(p: MappingProposal, field: string): string {
  const col = p.columns[field];
  const def = SHEET_FIELDS[p.kind].find((f) => f.key === field);
  return (col !== undefined ? p.headers[col] : '') || def?.label || field;
}

/** One data row with access by field; collects the row's problems. */
export class RowView {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly sheet: SheetData,
    private readonly mapping: MappingProposal,
    readonly row: number,
    private readonly cells: readonly string[],
  ) {}

  has(field: string): boolean {
    return this.mapping.columns[field] !== undefined;
  }

  /** Cell text of a field ('' when unmapped or empty). */
  text(field: string): string {
    const col = this.mapping.columns[field];
    return col === undefined ? '' : (this.cells[col] ?? '').trim();
  }

  /** The error value of a field's cell (#REF!…), reported once; then the field counts as failed. */
  cellError(field: string): boolean {
    const col = this.mapping.columns[field];
    if (col === undefined) return false;
    const e = this.sheet.cellErrors.get(cellKey(this.row, col));
    if (e) this.fail(field, e);
    return !!e;
  }

  fail(field: string | null, message: string): void {
    const col = field === null ? undefined : this.mapping.columns[field];
    this.problems.push({
      sheet: this.sheet.name, row: this.row,
      ...(col !== undefined ? { column: columnLetter(col) } : {}),
      ...(field !== null ? { header: headerOf(this.mapping, field) } : {}),
      message,
    });
  }
}

/** Columns where a total row writes 合计. */
const TOTAL_FIELDS = ['unit', 'unitName', 'function', 'economic', 'code', 'kind', 'source'];
const TOTAL_WORDS = new Set(['合计', '总计', '小计', '本页合计', '累计']);

/** Data rows below the header; rows that are totals (合计/总计 in a code column) are left out. */
export function dataRows(sheet: SheetData, mapping: MappingProposal): { views: RowView[]; totals: number[] } {
  const views: RowView[] = [];
  const totals: number[] = [];
  const firstCols = Object.values(mapping.columns);
  const labelCols = TOTAL_FIELDS.map((f) => mapping.columns[f]).filter((c): c is number => c !== undefined);
  for (const r of sheet.rows) {
    if (r.row <= mapping.headerBottom) continue;
    const isTotal = labelCols.some((c) => TOTAL_WORDS.has((r.cells[c] ?? '').replace(/\s+/g, '')));
    if (isTotal) {
      totals.push(r.row);
      continue;
    }
    if (firstCols.every((c) => (r.cells[c] ?? '').trim() === '') && !firstCols.some((c) => sheet.cellErrors.has(cellKey(r.row, c)))) continue;
    views.push(new RowView(sheet, mapping, r.row, r.cells));
  }
  return { views, totals };
}
