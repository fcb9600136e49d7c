import { attr, decodeOoxmlEscapes, nextTag, textUntilClose } from './xml-scan';

/**
 * The small parts of an .xlsx the reader needs besides the sheets (ECMA-376 Part 1, SpreadsheetML):
 * the workbook's sheet list, the relationships that say which part is which sheet, the shared
 * string table, and the number formats of the cell styles (decimals and dates).
 */
export interface SheetEntry {
  name: string;
  state: string;
  path: string;
}

/** `rId` → part path inside the zip, from xl/_rels/workbook.xml.rels. */
export function parseRelationships(x: string, baseDir = 'xl/'): Map<string, { type: string; path: string }> {
  const out = new Map<string, { type: string; path: string }>();
  for (let t = nextTag(x, 0); t; t = nextTag(x, t.end)) {
    if (t.closing || t.name !== 'Relationship') continue;
    const id = attr(x, t, 'Id');
    const target = attr(x, t, 'Target');
    if (!id || !target || attr(x, t, 'TargetMode') === 'External') continue;
    out.set(id, { type: attr(x, t, 'Type') ?? '', path: resolvePath(baseDir, target) });
  }
  return out;
}

function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Sheets in workbook order, and whether dates count from 1904. */
export function parseWorkbookXml(
  x: string,
  rels: Map<string, { type: string; path: string }>,
): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (let t = nextTag(x, 0); t; t = nextTag(x, t.end)) {
    if (t.closing) continue;
    if (t.name === 'workbookPr') {
      const v = attr(x, t, 'date1904');
      date1904 = v === '1' || v === 'true';
    } else if (t.name === 'sheet') {
      const rel = rels.get(attr(x, t, 'r:id') ?? attr(x, t, 'id') ?? '');
      if (!rel) continue;
      sheets.push({ name: attr(x, t, 'name') ?? '', state: attr(x, t, 'state') ?? 'visible', path: rel.path });
    }
  }
  return { sheets, date1904 };
}

/**
 * The shared string table: each `<si>` is plain `<t>` or rich text runs `<r><t>`; phonetic
 * guides `<rPh>` are not part of the text.
 */
export function parseSharedStrings(x: string): string[] {
  const out: string[] = [];
  let current = '';
  let phonetic = 0;
  for (let t = nextTag(x, 0); t; t = nextTag(x, t.end)) {
    switch (t.name) {
      case 'si':
        if (t.closing) out.push(decodeOoxmlEscapes(current));
        else if (t.selfClosing) out.push('');
        else current = '';
        break;
      case 'rPh':
        if (!t.selfClosing) phonetic += t.closing ? -1 : 1;
        break;
      case 't':
        if (!t.closing && !t.selfClosing) {
          const r = textUntilClose(x, t.end);
          if (phonetic === 0) current += r.text;
        }
        break;
      default:
        break;
    }
  }
  return out;
}

/** Built-in number formats (ECMA-376 Part 1, 18.8.30) that matter here; 27–36 and 50–58 are East Asian dates. */
const BUILTIN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

function builtinFormat(id: number): string | undefined {
  if (BUILTIN[id] !== undefined) return BUILTIN[id];
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'yyyy-mm-dd';
  return undefined;
}

/** A format shows a date or time when it has date letters outside quotes and brackets (as exceljs decides). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

export interface CellStyles {
  /** Number format by style index (`s` of a cell). */
  numFmt: (string | undefined)[];
  isDate: boolean[];
}

/** Number formats of the cell styles (`cellXfs`), from xl/styles.xml. */
export function parseStyles(x: string): CellStyles {
  const custom = new Map<number, string>();
  const numFmt: (string | undefined)[] = [];
  let inCellXfs = false;
  for (let t = nextTag(x, 0); t; t = nextTag(x, t.end)) {
    if (t.name === 'numFmt' && !t.closing) {
      const id = Number(attr(x, t, 'numFmtId'));
      const code = attr(x, t, 'formatCode');
      if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
    } else if (t.name === 'cellXfs') {
      inCellXfs = !t.closing && !t.selfClosing;
    } else if (t.name === 'xf' && inCellXfs && !t.closing) {
      const id = Number(attr(x, t, 'numFmtId') ?? '0');
      numFmt.push(custom.get(id) ?? builtinFormat(id));
    }
  }
  return { numFmt, isDate: numFmt.map(isDateFormat) };
}
