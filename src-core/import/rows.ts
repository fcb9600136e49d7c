import { columnLetter, fieldsOf, rangeRef, type AnySheetKind, type MappingProposal } from './mapping';

/** A mapping of a sheet of either import (预算 or 决算). */
type AnyMapping = MappingProposal<AnySheetKind>;
import { cellKey, type SheetData } from './read-workbook';
import { isWholeNumber } from './xlsx-sheet';

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
  if (p.sheet === '') return p.message; // the file as a whole
  const where = p.row > 0 ? `第 ${p.row} 行` : '';
  const col = p.column ? `${p.column} 列${p.header ? `（${p.header}）` : ''}` : '';
  return `工作表“${p.sheet}”${where}${col ? ` ${col}` : ''}：${p.message}`;
}

/**
 * Problems or warnings as they are found: the first `keep` with their text, all of them counted.
 * A file with a problem on each of 300,000 rows keeps a bounded list (and never spreads a huge
 * array into a call, which overflows the stack).
 */
export class ProblemList {
  readonly items: RowProblem[] = [];
  total = 0;
  constructor(readonly keep: number = 1_000) {}

  add(p: RowProblem): void {
    this.total += 1;
    if (this.items.length < this.keep) this.items.push(p);
  }

  addAll(ps: readonly RowProblem[], total = ps.length): void {
    for (let i = 0; i < ps.length; i++) {
      if (this.items.length >= this.keep) break;
      this.items.push(ps[i]);
    }
    this.total += total;
  }
}

/**
 * The column of a field: the mapping's, or for `fund:N` (a fund column of the wide shape,
 * mapping.ts) column N.
 */
export function fieldColumn(p: AnyMapping, field: string): number | undefined {
  return field.startsWith('fund:') ? Number(field.slice(5)) : p.columns[field];
}

/** The header of a field as written in the file, or the template's name. */
function headerOf(p: AnyMapping, field: string): string {
  const col = fieldColumn(p, field);
  const def = fieldsOf(p.kind).find((f) => f.key === field);
  return (col !== undefined ? p.headers[col] : '') || def?.label || field;
}

/** One data row with access by field; collects the row's problems. */
export class RowView {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly sheet: SheetData,
    private readonly mapping: AnyMapping,
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly numeric = 0,
  ) {}

  has(field: string): boolean {
    return fieldColumn(this.mapping, field) !== undefined;
  }

  /** Cell text of a field ('' when unmapped or empty). */
  text(field: string): string {
    const col = fieldColumn(this.mapping, field);
    return col === undefined ? '' : (this.cells[col] ?? '').trim();
  }

  /** The field's cell holds a whole number (an .xlsx number cell: a code typed as 001 is stored as 1). */
  isNumber(field: string): boolean {
    const col = fieldColumn(this.mapping, field);
    return col !== undefined && isWholeNumber(this.sheet.numbers, { row: this.row, numeric: this.numeric }, col);
  }

  /** The error value of a field's cell (#REF!…), reported once; then the field counts as failed. */
  cellError(field: string): boolean {
    const col = fieldColumn(this.mapping, field);
    if (col === undefined) return false;
    const e = this.sheet.cellErrors.get(cellKey(this.row, col));
    if (e) this.fail(field, e);
    return !!e;
  }

  fail(field: string | null, message: string): void {
    const col = field === null ? undefined : fieldColumn(this.mapping, field);
    this.problems.push({
      sheet: this.sheet.name,
      row: this.row,
      ...(col !== undefined ? { column: columnLetter(col) } : {}),
      ...(field !== null ? { header: headerOf(this.mapping, field) } : {}),
      message,
    });
  }
}

/** Columns where a total row writes 合计. */
const TOTAL_FIELDS = ['unit', 'unitName', 'function', 'economic', 'code', 'kind', 'source', 'category', 'fundNature'];
const TOTAL_WORDS = new Set(['合计', '总计', '小计', '本页合计', '累计']);

/** Data rows below the header; rows that are totals (合计/总计 in a code column) are left out. */
export function dataRows(sheet: SheetData, mapping: AnyMapping): { views: RowView[]; totals: number[] } {
  const views: RowView[] = [];
  const totals: number[] = [];
  const firstCols = [...Object.values(mapping.columns), ...(mapping.funds ?? []).map((f) => f.column)];
  const labelCols = TOTAL_FIELDS.map((f) => mapping.columns[f]).filter((c): c is number => c !== undefined);
  for (const r of sheet.rows) {
    if (r.row <= mapping.headerBottom) continue;
    const isTotal = labelCols.some((c) => TOTAL_WORDS.has((r.cells[c] ?? '').replace(/\s+/g, '')));
    if (isTotal) {
      totals.push(r.row);
      continue;
    }
    if (
      firstCols.every((c) => (r.cells[c] ?? '').trim() === '') &&
      !firstCols.some((c) => sheet.cellErrors.has(cellKey(r.row, c)))
    )
      continue;
    views.push(new RowView(sheet, mapping, r.row, r.cells, r.numeric));
  }
  return { views, totals };
}

/**
 * Data rows whose cell in column `col` belongs to a range merged over several rows, with the
 * range (A1 reference): for an amount such a cell cannot be read — repeating the amount on every
 * row would count it several times, keeping it on the first row would guess — so those rows are
 * refused with the range named. Bounded by the merged area (xlsx-sheet.ts).
 */
export function verticalMergesIn(
  sheet: SheetData,
  col: number | undefined,
  headerBottom: number,
): Map<number, { ref: string; rows: number }> {
  const out = new Map<number, { ref: string; rows: number }>();
  if (col === undefined) return out;
  for (const m of sheet.merges) {
    if (m.bottom === m.top || m.left - 1 > col || m.right - 1 < col || m.bottom <= headerBottom) continue;
    const ref = rangeRef(m);
    for (let r = Math.max(m.top, headerBottom + 1); r <= m.bottom; r++) out.set(r, { ref, rows: m.bottom - m.top + 1 });
  }
  return out;
}
