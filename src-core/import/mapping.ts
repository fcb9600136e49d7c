import type { AmountUnit } from '../domain/money/units';
import {
  BUDGET_SHEET_KINDS,
  fieldPresent,
  normalizeHeader,
  SHEET_FIELDS,
  SHEET_NAMES,
  type FieldDef,
  type SheetKind,
  type SheetKindSet,
} from './fields';
import { FINAL_SHEET_FIELDS, type FinalSheetKind } from './final-fields';
import { fundOfHeader, isPlainCarryHeader, type Fund } from './fund-columns';
import type { SheetData } from './read-workbook';

export { normalizeHeader, SHEET_FIELDS, SHEET_NAMES, type FieldDef, type SheetKind };

/*
 * Column mapping: which column of a sheet holds which field (the fields and their header names:
 * fields.ts). The proposal lists what it could not place, and a user mapping overrides it for
 * files that do not follow the template. An expense sheet without a 资金来源/资金性质 column but
 * with one amount column per fund (fund-columns.ts) is read in its wide shape: `funds`.
 */
/** column index (0-based) per field key. */
export type ColumnMap = Record<string, number>;

/** A kind of sheet of either import: the 预算's (fields.ts) or the 决算's (final-fields.ts). */
export type AnySheetKind = SheetKind | FinalSheetKind;

/** The fields of a kind of sheet, of either import. */
export function fieldsOf(kind: AnySheetKind): FieldDef[] {
  return (
    (SHEET_FIELDS as Partial<Record<AnySheetKind, FieldDef[]>>)[kind] ?? FINAL_SHEET_FIELDS[kind as FinalSheetKind]
  );
}

export interface MappingProposal<K extends AnySheetKind = SheetKind> {
  kind: K;
  /** 1-based Excel row of the (first) header row; data starts after `headerBottom`. */
  headerRow: number;
  headerBottom: number;
  /** Header text per column as shown to the user (levels of a merged header joined by “/”). */
  headers: string[];
  columns: ColumnMap;
  /** Columns no field claimed (shown so the officer can map them). */
  unmapped: { column: number; header: string }[];
  /** Required fields without a column. */
  missing: FieldDef[];
  /** Unit the amount header states (“金额（万元）”), or a “单位：万元” line above the header, if any. */
  amountUnit?: AmountUnit;
  /** The wide shape: one amount column per fund (each non-empty cell is a line of that fund). */
  funds?: FundColumn[];
  /**
   * A merged range that starts in the header and runs into the data rows (“A1:A4”): the rows it
   * covers are neither header nor data as the file stands, so the sheet is refused, naming it.
   */
  mergeIntoData?: { ref: string; headerBottom: number; bottom: number };
}

function matchField(fields: readonly FieldDef[], name: string): FieldDef | undefined {
  return fields.find((f) => f.synonyms.includes(name));
}

export interface FundColumn extends Fund {
  column: number;
  header: string;
}

/** How many cells of a row are recognised headers of `kind`. */
function score(cells: readonly string[], fields: readonly FieldDef[]): number {
  const seen = new Set<string>();
  for (const c of cells) {
    const f = matchField(fields, normalizeHeader(c).name);
    if (f) seen.add(f.key);
  }
  return seen.size;
}

/** The header row: among the first rows, the one with most recognised names (at least two). */
export function findHeaderRow(
  sheet: SheetData,
  kind: AnySheetKind,
  scan = 15,
): { index: number; score: number } | null {
  let best: { index: number; score: number } | null = null;
  const fields = fieldsOf(kind);
  sheet.rows.slice(0, scan).forEach((r, index) => {
    const s = score(r.cells, fields);
    if (s >= 2 && (!best || s > best.score)) best = { index, score: s };
  });
  return best;
}

/**
 * Proposes a mapping for the sheet: finds the header row (with the rows a merged header spans
 * below it), reads each column's header levels, and assigns each field the first column whose
 * header (all levels joined, the lowest level, or the top level) is one of its names.
 */
export function proposeMapping<K extends AnySheetKind>(sheet: SheetData, kind: K): MappingProposal<K> | null {
  const found = findHeaderRow(sheet, kind);
  if (!found) return null;
  const top = sheet.rows[found.index];
  const block = headerBlock(sheet, found.index);
  const bottom = block.bottom;
  const headerRows: SheetData['rows'] = [];
  let width = 0;
  for (let i = found.index; i < sheet.rows.length && sheet.rows[i].row <= bottom; i++) {
    headerRows.push(sheet.rows[i]);
    if (sheet.rows[i].cells.length > width) width = sheet.rows[i].cells.length;
  }
  const fields = fieldsOf(kind);
  const columns: ColumnMap = {};
  const headers: string[] = [];
  const unmapped: { column: number; header: string }[] = [];
  let amountUnit: AmountUnit | undefined;
  for (let c = 0; c < width; c++) {
    const levels: string[] = [];
    for (const r of headerRows) {
      const t = (r.cells[c] ?? '').trim();
      if (t !== '' && levels[levels.length - 1] !== t) levels.push(t);
    }
    headers.push(levels.join('/'));
    if (levels.length === 0) continue;
    const candidates = [levels.join(''), levels[levels.length - 1], levels[0]];
    let placed = false;
    for (const cand of candidates) {
      const norm = normalizeHeader(cand);
      const f = matchField(fields, norm.name);
      if (!f) continue;
      if (columns[f.key] !== undefined) break; // a second amount column (一般公共预算 under 金额…) stays unmapped
      columns[f.key] = c;
      if (f.key === 'amount' || f.money)
        amountUnit ??= levels.map((l) => normalizeHeader(l).unit).find((u) => u !== undefined);
      placed = true;
      break;
    }
    if (!placed) unmapped.push({ column: c, header: levels.join('/') });
  }
  const funds = kind === 'expenses' ? fundColumns(sheet, bottom, headers, columns, unmapped) : [];
  return {
    kind,
    headerRow: top.row,
    headerBottom: bottom,
    headers,
    columns,
    unmapped: funds.length > 0 ? unmapped.filter((u) => !funds.some((f) => f.column === u.column)) : unmapped,
    missing: fields.filter((f) => f.required && !fieldPresent(f, columns, funds.length > 0)),
    amountUnit: amountUnit ?? unitAboveHeader(sheet, found.index),
    ...(funds.length > 0 ? { funds } : {}),
    ...(block.into ? { mergeIntoData: block.into } : {}),
  };
}

/**
 * The fund columns of an expense sheet in its wide shape: only when no column says the source
 * (资金来源 or 资金性质). A plain “上年结转” column is money when other fund columns stand beside
 * it or its cells hold amounts, and then it is taken from the 是否上年结转 field it was mapped to.
 */
function fundColumns(
  sheet: SheetData,
  headerBottom: number,
  headers: readonly string[],
  columns: ColumnMap,
  unmapped: readonly { column: number; header: string }[],
): FundColumn[] {
  if (columns.source !== undefined || columns.fundNature !== undefined) return [];
  const funds: FundColumn[] = [];
  for (const u of unmapped) {
    const levels = u.header.split('/');
    const fund = fundOfHeader(levels[levels.length - 1]) ?? fundOfHeader(u.header.replace(/\//g, ''));
    if (fund) funds.push({ ...fund, column: u.column, header: u.header });
  }
  const carry = columns.carryover;
  if (
    carry !== undefined &&
    isPlainCarryHeader(headers[carry]) &&
    (funds.length > 0 || holdsMoney(sheet, headerBottom, carry))
  ) {
    funds.push({ ...fundOfHeader(headers[carry])!, column: carry, header: headers[carry] });
    delete columns.carryover;
  }
  return funds.sort((a, b) => a.column - b.column);
}

/** Whether the first data cells of a column hold amounts (not 是/否, 1/0). */
function holdsMoney(sheet: SheetData, headerBottom: number, col: number): boolean {
  let seen = 0;
  for (const r of sheet.rows) {
    if (r.row <= headerBottom) continue;
    const t = (r.cells[col] ?? '').trim().replace(/,/g, '');
    if (t === '') continue;
    if (DATA_VALUE.test(t) && t !== '0' && t !== '1') return true;
    if (++seen >= 50) break;
  }
  return false;
}

/** “单位：万元” (or 金额单位：元) in the title lines above the header: the unit of the sheet's amounts. */
function unitAboveHeader(sheet: SheetData, headerIndex: number): AmountUnit | undefined {
  for (let i = 0; i < headerIndex; i++) {
    for (const c of sheet.rows[i].cells) {
      const m = /(?:^|[\s(（])(?:金额)?单位\s*[:：]\s*(万元|元)/.exec(c);
      if (m) return m[1] === '万元' ? 'wanyuan' : 'yuan';
    }
  }
  return undefined;
}

/** A whole number or amount as a data row holds it (2010301, 1000, 1,234.50, -3). */
const DATA_VALUE = /^[-+]?[\d,]*\.?\d+$/;

/**
 * The rows of the header: the header row, and below it the rows a merged header cell spans (a
 * two-level header: “支出功能分类” over “科目编码 / 科目名称”). A row inside that span holding a
 * number of its own (a code, an amount) is a data row: the header ends above it, and the merged
 * range that reaches it runs from the header into the data (`into`). A cell filled from the
 * merged cell above repeats that cell's text (xlsx-sheet.ts, fillMerges), which is how the row's
 * own cells are told from it. At most 50 rows are looked at: no real header is taller.
 */
function headerBlock(
  sheet: SheetData,
  index: number,
): { bottom: number; into?: { ref: string; headerBottom: number; bottom: number } } {
  const top = sheet.rows[index].row;
  let spans = top;
  for (const m of sheet.merges) if (m.top === top && m.bottom > spans) spans = m.bottom;
  if (spans === top) return { bottom: top };
  let bottom = spans;
  let prev = sheet.rows[index];
  for (let i = index + 1, n = 0; i < sheet.rows.length && sheet.rows[i].row <= spans; i++, n++) {
    const r = sheet.rows[i];
    const data =
      n >= 50 ||
      r.cells.some((c, col) => {
        const t = c.trim();
        return t !== '' && DATA_VALUE.test(t) && (prev.cells[col] ?? '').trim() !== t;
      });
    if (data) {
      bottom = prev.row;
      break;
    }
    prev = r;
  }
  if (bottom === spans) return { bottom };
  // The range that runs from the header into the data: the widest-reaching one that starts in the header.
  let into: { ref: string; headerBottom: number; bottom: number } | undefined;
  for (const m of sheet.merges) {
    if (m.top < top || m.top > bottom || m.bottom <= bottom) continue;
    if (!into || m.bottom > into.bottom) into = { ref: rangeRef(m), headerBottom: bottom, bottom: m.bottom };
  }
  return { bottom, into };
}

/** A1:B2 */
export function rangeRef(m: { top: number; left: number; bottom: number; right: number }): string {
  return `${columnLetter(m.left - 1)}${m.top}:${columnLetter(m.right - 1)}${m.bottom}`;
}

/**
 * Applies the officer's choices over a proposal: `field → column` (null un-maps the field).
 * A column given to a field is taken from any other field.
 */
export function applyUserMapping<K extends AnySheetKind>(
  p: MappingProposal<K>,
  user: Record<string, number | null>,
  amountUnit?: AmountUnit,
): MappingProposal<K> {
  const columns: ColumnMap = { ...p.columns };
  for (const [key, col] of Object.entries(user)) {
    if (col === null) {
      delete columns[key];
      continue;
    }
    for (const [k, c] of Object.entries(columns)) if (c === col) delete columns[k];
    columns[key] = col;
  }
  const used = new Set(Object.values(columns));
  const fields = fieldsOf(p.kind);
  // A column the officer gives a field is no fund column; a source column ends the wide shape.
  const funds =
    columns.source !== undefined || columns.fundNature !== undefined
      ? []
      : (p.funds ?? []).filter((f) => !used.has(f.column));
  const { funds: _old, ...rest } = p;
  return {
    ...rest,
    columns,
    unmapped: p.headers
      .map((header, column) => ({ column, header }))
      .filter((u) => u.header !== '' && !used.has(u.column) && !funds.some((f) => f.column === u.column)),
    missing: fields.filter((f) => f.required && !fieldPresent(f, columns, funds.length > 0)),
    amountUnit: amountUnit ?? p.amountUnit,
    ...(funds.length > 0 ? { funds } : {}),
  };
}

/** Which kind of data a sheet holds (of the kinds of `set`, the 预算 import's by default): by its name, else by its headers. */
export function classifySheet<K extends AnySheetKind = SheetKind>(
  sheet: SheetData,
  set: SheetKindSet<K> = BUDGET_SHEET_KINDS as unknown as SheetKindSet<K>,
): K | null {
  const name = normalizeHeader(sheet.name).name;
  for (const kind of Object.keys(set.names) as K[]) {
    if (set.names[kind].includes(name)) return kind;
  }
  let best: { kind: K; score: number } | null = null;
  for (const kind of set.order) {
    const found = findHeaderRow(sheet, kind);
    const required = fieldsOf(kind).filter((f) => f.required).length;
    // A sheet is taken for a kind when its headers name most of that kind's required fields.
    if (found && found.score >= Math.min(required, 3) && (!best || found.score > best.score))
      best = { kind, score: found.score };
  }
  return best?.kind ?? null;
}

/** Excel column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
