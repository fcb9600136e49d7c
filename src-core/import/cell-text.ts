import { Decimal } from '../domain/money/decimal';

/**
 * Cell values of a loaded workbook as the text an officer sees, so that every later step (codes,
 * amounts, names) works on strings exactly as with CSV and pasted text.
 *
 * Numbers (the choice documented here): an .xlsx stores a binary double, so 0.1+0.2 is stored as
 * 0.30000000000000004. The value is first cut to 15 significant digits — Excel's own precision,
 * what Excel itself displays — which removes the float noise; then, when the cell's number format
 * has a fixed number of decimals (`0.00`, `#,##0.00`, `0.00_ `), the text gets exactly those
 * decimals (2874600 formatted `#,##0.00` reads "2874600.00", as the officer sees it). Thousands
 * separators and other decoration of the format are not reproduced: the amount parser gets plain
 * digits. Amounts are then checked against the draft's unit (at most 2 decimals in 元) by
 * parseAmountInput, which refuses rather than rounds.
 */
const ERROR_NAMES: Record<string, string> = {
  '#REF!': '引用无效',
  '#DIV/0!': '除数为零',
  '#VALUE!': '值的类型错误',
  '#N/A': '值不可用',
  '#NAME?': '公式中有无法识别的名称',
  '#NUM!': '数字无效',
  '#NULL!': '区域没有交集',
};

export function errorValueMessage(code: string): string {
  const why = ERROR_NAMES[code];
  return `单元格是错误值 ${code}${why ? `（${why}）` : ''}，请在 Excel/WPS 中修正公式后再导入`;
}

export function formulaWithoutResult(formula: string): string {
  return `公式“=${formula}”没有保存计算结果，请在 Excel/WPS 中打开并保存后再导入（或把公式粘贴为数值）`;
}

/** Decimals of a fixed-decimal number format (`0.00` → 2), or null for General and the rest. */
export function formatDecimals(numFmt: string | undefined): number | null {
  if (!numFmt || numFmt === 'General' || numFmt === '@') return null;
  const section = numFmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/[eE%]/.test(section)) return null;
  const m = /[0#,]*\.([0#]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#]/.test(section) ? 0 : null;
}

/**
 * Digits a format of plain zeros always shows before the decimal point (`000000` → 6, `0000.00`
 * → 4): officers format a code column so that a code typed as a number still shows its leading
 * zeros (1 shows as 000001). 0 for every other format.
 */
const integerDigits = new Map<string, number>();

export function formatIntegerDigits(numFmt: string | undefined): number {
  if (!numFmt || numFmt.length > 64) return 0;
  const known = integerDigits.get(numFmt);
  if (known !== undefined) return known;
  const digits = plainZeros(numFmt);
  if (integerDigits.size < 1000) integerDigits.set(numFmt, digits);
  return digits;
}

function plainZeros(numFmt: string): number {
  const section = numFmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .trim();
  const m = /^(0+)(?:\.[0#]+)?$/.exec(section);
  return m ? m[1].length : 0;
}

/** A double as a plain decimal string without float noise (see the module comment), with the leading zeros its format shows. */
export function numberText(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return String(n);
  const d = new Decimal(n.toPrecision(15));
  const places = formatDecimals(numFmt);
  // A format with fewer decimals than the value must not hide them: keep the value's own digits.
  const text = places === null || d.decimalPlaces() > places ? d.toFixed() : d.toFixed(places);
  const digits = n >= 0 ? formatIntegerDigits(numFmt) : 0;
  if (digits <= 1) return text;
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  return int.length >= digits ? text : int.padStart(digits, '0') + (dot < 0 ? '' : text.slice(dot));
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** A date as the UTC instant of its wall-clock value (how Excel serial days are converted) → “2024-01-31”. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}
