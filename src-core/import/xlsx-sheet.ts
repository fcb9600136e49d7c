import { dateText, errorValueMessage, formulaWithoutResult, numberText } from './cell-text';
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS } from './limits';
import type { CellStyles } from './xlsx-parts';
import { columnNumber, decodeOoxmlEscapes, decodeXml, nextTag, rowNumber, textUntilClose, type Tag } from './xml-scan';

/**
 * One worksheet's XML (`<sheetData>` rows of `<c>` cells, then `<mergeCells>`) → cell texts, read
 * in one forward pass. Cell types (ECMA-376 Part 1, 18.18.11): `s` shared string, `inlineStr`,
 * `str` (formula text result), `b` boolean, `e` error value, `d` ISO date, otherwise a number
 * (a date when its style's number format is a date format). A formula `<f>` without a cached
 * value `<v>` is reported as an error of the cell, as are error values.
 *
 * The work is bounded by the file, never by the coordinates it claims: a cell or merged range
 * beyond Excel's sheet (XFD1048576) refuses the file, rows are only as wide as their cells and
 * their widths count against `maxGridCells`, and merged ranges are counted and their areas summed
 * (against `maxCells`) before any cell of them is filled.
 */
export interface ParsedRow {
  row: number;
  cells: string[];
  /** Bit c set: the cell of column c (0–31) is stored as a whole number (a code typed as 001 is stored as 1). */
  numeric: number;
}
export interface ParsedMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ParsedSheet {
  rows: ParsedRow[];
  merges: ParsedMerge[];
  /** `${row}:${col}` (0-based col) → message. */
  cellErrors: Map<string, string>;
  /** `${row}:${col}` of the cells stored as whole numbers in columns beyond the 32nd (the others: ParsedRow.numeric). */
  numbers: Set<string>;
  cells: number;
  /** Slots of the row arrays (see SheetContext.maxGridCells). */
  gridCells: number;
}

export interface SheetContext {
  shared: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  maxRows: number;
  /** Cells still allowed for this workbook. */
  maxCells: number;
  /** Row slots still allowed for this workbook (a row is as wide as its last cell). */
  maxGridCells: number;
  /** Merged ranges allowed in this sheet. */
  maxMerges: number;
  /** Called every few thousand rows with the share of the XML read (0–1). */
  onProgress?: (fraction: number) => void;
}

export type SheetFailure =
  | { reason: 'rows' | 'cells' | 'grid' }
  /** A cell or merged range outside Excel's sheet: `ref` as written in the file. */
  | { reason: 'ref'; ref: string }
  | { reason: 'merges'; count: number }
  /** The merged ranges together cover `area` cells; `ref` is the largest. */
  | { reason: 'mergeArea'; ref: string; area: number };

export type SheetResult = { ok: true; sheet: ParsedSheet } | ({ ok: false } & SheetFailure);

const fail = (f: SheetFailure): SheetResult => ({ ok: false, ...f });

/** Excel serial day number → the exceljs Date (UTC instant of the wall-clock value). */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
}

// Attributes of the current <c>, read in one pass (no allocation per cell).
let cellRef = '';
let cellType = '';
let cellStyle = -1;

function readCellAttrs(x: string, tag: Tag): void {
  cellRef = '';
  cellType = '';
  cellStyle = -1;
  let i = tag.attrStart;
  const end = tag.end - 1;
  while (i < end) {
    const eq = x.indexOf('=', i);
    if (eq < 0 || eq >= end) return;
    let k = eq - 1;
    while (x.charCodeAt(k) === 32) k -= 1;
    const keyChar = x.charCodeAt(k);
    const keyLen1 = x.charCodeAt(k - 1) === 32 || x.charCodeAt(k - 1) === 9 || x.charCodeAt(k - 1) === 10;
    let q = eq + 1;
    while (x.charCodeAt(q) === 32) q += 1;
    const quote = x.charCodeAt(q);
    const close = x.indexOf(quote === 39 ? "'" : '"', q + 1);
    if (close < 0) return;
    if (keyLen1) {
      if (keyChar === 114)
        cellRef = x.slice(q + 1, close); // r
      else if (keyChar === 116)
        cellType = x.slice(q + 1, close); // t
      else if (keyChar === 115) cellStyle = Number(x.slice(q + 1, close)); // s
    }
    i = close + 1;
  }
}

/** Text of an inline string `<is>…</is>` starting after `<is>`; returns the text and the index after `</is>`. */
function inlineString(x: string, from: number): { text: string; end: number } {
  let text = '';
  let phonetic = 0;
  let pos = from;
  for (let t = nextTag(x, pos); t; t = nextTag(x, pos)) {
    pos = t.end;
    if (t.name === 'is' && t.closing) break;
    if (t.name === 'rPh' && !t.selfClosing) phonetic += t.closing ? -1 : 1;
    else if (t.name === 't' && !t.closing && !t.selfClosing) {
      const r = textUntilClose(x, t.end);
      if (phonetic === 0) text += r.text;
      pos = r.end;
    }
  }
  return { text: decodeOoxmlEscapes(text), end: pos };
}

export function parseSheetXml(x: string, ctx: SheetContext): SheetResult {
  const rows: ParsedRow[] = [];
  const merges: ParsedMerge[] = [];
  const cellErrors = new Map<string, string>();
  const numbers = new Set<string>();
  const sharedFormulas = new Map<string, string>();
  let cells = 0;
  let gridCells = 0;
  let mergeArea = 0;
  let largestMerge = 0;
  let largestRef = '';
  let rowCount = 0;
  let rowNum = 0;
  let texts: string[] = [];
  let numeric = 0;
  let any = false;
  let inRow = false;
  let lastCol = 0;
  let sorted = true;
  const progressEvery = 2000;

  const finishRow = () => {
    if (any) {
      if (rows.length > 0 && rows[rows.length - 1].row >= rowNum) sorted = false;
      rows.push({ row: rowNum, cells: texts, numeric });
    }
    inRow = false;
  };

  let pos = 0;
  for (let tag = nextTag(x, pos); tag; tag = nextTag(x, pos)) {
    pos = tag.end;
    const name = tag.name;
    if (name === 'c') {
      if (tag.closing) continue;
      readCellAttrs(x, tag);
      const col = cellRef ? columnNumber(cellRef) : lastCol + 1;
      if (col < 1 || col > EXCEL_MAX_COLS || (cellRef && rowNumber(cellRef) > EXCEL_MAX_ROWS))
        return fail({ reason: 'ref', ref: cellRef || `第 ${col} 列` });
      lastCol = col;
      if (!inRow) {
        // A cell outside <row> is malformed; it is read into a row of its own number.
        rowNum = cellRef ? rowNumber(cellRef) : rowNum + 1;
        if (rowNum < 1) return fail({ reason: 'ref', ref: cellRef });
        texts = [];
        numeric = 0;
        any = false;
        inRow = true;
      }
      if (tag.selfClosing) continue;
      const type = cellType;
      const style = cellStyle;
      let value: string | undefined;
      let formula: string | undefined;
      let inline: string | undefined;
      // Fast path for the common cell `<c …><v>…</v></c>` (no prefix, no formula).
      let simple = false;
      if (x.startsWith('<v>', pos)) {
        const close = x.indexOf('</v>', pos + 3);
        if (close >= 0 && x.startsWith('</c>', close + 4)) {
          value = decodeXml(x.slice(pos + 3, close));
          pos = close + 8;
          simple = true;
        }
      }
      if (!simple)
        for (let t = nextTag(x, pos); t; t = nextTag(x, pos)) {
          pos = t.end;
          if (t.closing) {
            if (t.name === 'c') break;
            continue;
          }
          if (t.name === 'v') {
            if (t.selfClosing) value = '';
            else {
              const r = textUntilClose(x, pos);
              value = r.text;
              pos = r.end;
            }
          } else if (t.name === 'f') {
            const si = readAttr(x, t, 'si');
            if (t.selfClosing) formula = si !== undefined ? (sharedFormulas.get(si) ?? '') : '';
            else {
              const r = textUntilClose(x, pos);
              formula = r.text;
              pos = r.end;
              if (si !== undefined && !sharedFormulas.has(si)) sharedFormulas.set(si, formula);
            }
          } else if (t.name === 'is') {
            if (!t.selfClosing) {
              const r = inlineString(x, pos);
              inline = r.text;
              pos = r.end;
            } else inline = '';
          }
        }
      // The cell's text and error.
      let text: string;
      let error: string | undefined;
      let whole = false;
      if (type === 's') {
        if (value === undefined) continue;
        text = ctx.shared[Number(value)] ?? '';
      } else if (type === 'inlineStr') {
        if (inline === undefined && value === undefined) continue;
        text = inline ?? decodeOoxmlEscapes(value ?? '');
      } else if (value === undefined) {
        if (formula === undefined) {
          if (inline === undefined) continue;
          text = inline;
        } else {
          text = '';
          error = formulaWithoutResult(formula);
        }
      } else if (type === 'str') {
        text = decodeOoxmlEscapes(value);
      } else if (type === 'b') {
        text = value === '1' || value === 'true' ? '是' : '否';
      } else if (type === 'e') {
        text = value;
        error = errorValueMessage(value);
      } else if (type === 'd') {
        text = dateText(new Date(value));
      } else {
        const n = parseFloat(value);
        if (style >= 0 && ctx.styles.isDate[style]) text = dateText(serialDate(n, ctx.date1904));
        else {
          text = numberText(n, style >= 0 ? ctx.styles.numFmt[style] : undefined);
          whole = Number.isInteger(n) && n >= 0;
        }
      }
      cells += 1;
      if (cells > ctx.maxCells) return fail({ reason: 'cells' });
      if (col > texts.length) {
        gridCells += col - texts.length;
        if (gridCells > ctx.maxGridCells) return fail({ reason: 'grid' });
        while (texts.length < col - 1) texts.push('');
      }
      texts[col - 1] = text;
      if (error) cellErrors.set(`${rowNum}:${col - 1}`, error);
      if (whole) {
        if (col <= 32) numeric |= 1 << (col - 1);
        else numbers.add(`${rowNum}:${col - 1}`);
      }
      if (!any && (error || text.trim() !== '')) any = true;
    } else if (name === 'row') {
      if (tag.closing) {
        finishRow();
        continue;
      }
      if (inRow) finishRow();
      rowCount += 1;
      if (rowCount > ctx.maxRows) return fail({ reason: 'rows' });
      const r = readAttr(x, tag, 'r');
      rowNum = r ? Number(r) : rowNum + 1;
      if (!(rowNum >= 1 && rowNum <= EXCEL_MAX_ROWS)) return fail({ reason: 'ref', ref: `第 ${r} 行` });
      texts = [];
      numeric = 0;
      any = false;
      lastCol = 0;
      inRow = !tag.selfClosing;
      if (ctx.onProgress && rowCount % progressEvery === 0) ctx.onProgress(pos / x.length);
    } else if (name === 'mergeCell' && !tag.closing) {
      const ref = readAttr(x, tag, 'ref');
      const colon = ref ? ref.indexOf(':') : -1;
      if (ref && colon > 0) {
        if (merges.length >= ctx.maxMerges) return fail({ reason: 'merges', count: merges.length + 1 });
        const a = ref.slice(0, colon);
        const b = ref.slice(colon + 1);
        const top = Math.min(rowNumber(a), rowNumber(b));
        const bottom = Math.max(rowNumber(a), rowNumber(b));
        const left = Math.min(columnNumber(a), columnNumber(b));
        const right = Math.max(columnNumber(a), columnNumber(b));
        if (top < 1 || left < 1 || bottom > EXCEL_MAX_ROWS || right > EXCEL_MAX_COLS)
          return fail({ reason: 'ref', ref });
        const area = (bottom - top + 1) * (right - left + 1);
        mergeArea += area;
        if (area > largestMerge) {
          largestMerge = area;
          largestRef = ref;
        }
        // Checked before any cell of the ranges is filled (fillMerges): the filling is bounded by this sum.
        if (mergeArea > ctx.maxCells) return fail({ reason: 'mergeArea', ref: largestRef, area: mergeArea });
        merges.push({ top, left, bottom, right });
      }
    } else if (name === 'sheetData' && tag.closing && inRow) {
      finishRow();
    }
  }
  if (inRow) finishRow();
  if (!sorted) rows.sort((a, b) => a.row - b.row);
  const sheet: ParsedSheet = { rows, merges, cellErrors, numbers, cells, gridCells };
  if (merges.length > 0) {
    const over = fillMerges(sheet, ctx.maxCells, ctx.maxGridCells);
    if (over) return fail({ reason: over });
  }
  return { ok: true, sheet };
}

function readAttr(x: string, tag: Tag, name: string): string | undefined {
  const attrs = x.slice(tag.attrStart, tag.end);
  const i = attrs.indexOf(` ${name}="`);
  if (i < 0) return undefined;
  const start = i + name.length + 3;
  return decodeXml(attrs.slice(start, attrs.indexOf('"', start)));
}

/**
 * Cells of a merged range read as the range's first cell: Excel shows the first cell's value
 * across the whole range, so every covered cell gets its text (and its error, and whether it is a
 * number). In a header that is what a two-level header needs (“金额” over “合计 / 其中…”); in the
 * data it is what an officer means by merging the 单位编码 or 功能科目 of consecutive rows. Where
 * that reading would be wrong the later steps refuse rather than guess: a range running from the
 * header into the data rows (mapping.ts, headerMergeIntoData) and a 金额 merged over several rows
 * (rows.ts, verticalMergesIn). Rows inside a range that had no cells are added. The work is
 * bounded by the ranges' summed area, checked while parsing (and by xls-file.ts for an .xls).
 */
export function fillMerges(sheet: ParsedSheet, maxCells: number, maxGridCells: number): 'cells' | 'grid' | null {
  const byRow = new Map<number, ParsedRow>();
  for (const r of sheet.rows) byRow.set(r.row, r);
  let added = false;
  let blanked = false;
  for (const m of sheet.merges) {
    const master = byRow.get(m.top);
    const text = master?.cells[m.left - 1] ?? '';
    const masterKey = `${m.top}:${m.left - 1}`;
    const error = sheet.cellErrors.get(masterKey);
    const whole = isWholeNumber(sheet.numbers, master, m.left - 1);
    const blank = text.trim() === '' && !error;
    for (let r = m.top; r <= m.bottom; r++) {
      let row = byRow.get(r);
      if (!row) {
        if (blank) continue;
        row = { row: r, cells: [], numeric: 0 };
        byRow.set(r, row);
        added = true;
      }
      if (m.right > row.cells.length) {
        sheet.gridCells += m.right - row.cells.length;
        if (sheet.gridCells > maxGridCells) return 'grid';
      }
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        while (row.cells.length < c - 1) row.cells.push('');
        if (blank && (row.cells[c - 1] ?? '') !== '') blanked = true;
        row.cells[c - 1] = text;
        const key = `${r}:${c - 1}`;
        if (error) sheet.cellErrors.set(key, error);
        if (c <= 32) row.numeric = whole ? row.numeric | (1 << (c - 1)) : row.numeric & ~(1 << (c - 1));
        else if (whole) sheet.numbers.add(key);
        else if (sheet.numbers.size > 0) sheet.numbers.delete(key);
        sheet.cells += 1;
        if (sheet.cells > maxCells) return 'cells';
      }
    }
  }
  if (added || blanked) {
    const rows: ParsedRow[] = [];
    for (const r of byRow.values()) {
      if (!blanked || r.cells.some((c, i) => c.trim() !== '' || sheet.cellErrors.has(`${r.row}:${i}`))) rows.push(r);
    }
    sheet.rows = rows.sort((a, b) => a.row - b.row);
  }
  return null;
}

/** Whether the cell (0-based column `col`) of `row` is stored as a whole number. */
export function isWholeNumber(
  far: ReadonlySet<string> | undefined,
  row: { row: number; numeric?: number } | undefined,
  col: number,
): boolean {
  if (!row) return false;
  if (col < 32) return (((row.numeric ?? 0) >>> col) & 1) === 1;
  return !!far?.has(`${row.row}:${col}`);
}
