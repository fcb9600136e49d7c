import type { Style } from 'exceljs';
import type { CellKind } from './grid';

/**
 * Cell styles of the published forms: 宋体 (SimSun) body, 黑体 title, thin borders on every cell of
 * the table (merged ones too: a merged range takes its first cell's style), codes as text,
 * amounts `#,##0.00` with zero blank, 合计 rows bold, names indented by level.
 * Styles are shared objects (one per kind × emphasis × indent), so that the writer registers each
 * once and cells never copy them.
 */
export const BODY_FONT = '宋体';
export const TITLE_FONT = '黑体';
/** GB2312 character set: tells Excel the font is Chinese. */
const CHARSET_GB2312 = 134;
export const BODY_SIZE = 10;
export const TITLE_SIZE = 16;

/** Amounts: thousands separators, 2 decimals, zero blank, text as text. */
export const AMOUNT_FORMAT = '#,##0.00;-#,##0.00;;@';
/** Text cells (codes): Excel keeps what is typed into them as text too. */
export const TEXT_FORMAT = '@';

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<Style['border']> = { top: thin, left: thin, bottom: thin, right: thin };

const font = (bold: boolean, name = BODY_FONT, size = BODY_SIZE): Partial<Style['font']> => ({
  name,
  size,
  bold,
  charset: CHARSET_GB2312,
  color: { argb: 'FF000000' },
});

function build(kind: CellKind, emphasis: boolean, indent: number): Partial<Style> {
  switch (kind) {
    case 'title':
      return {
        font: font(false, TITLE_FONT, TITLE_SIZE),
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    case 'number':
      return { font: font(false), alignment: { horizontal: 'left', vertical: 'middle' } };
    case 'metaLeft':
      return { font: font(false), alignment: { horizontal: 'left', vertical: 'bottom' } };
    case 'metaRight':
      return { font: font(false), alignment: { horizontal: 'right', vertical: 'bottom' } };
    case 'metaCenter':
      return { font: font(false), alignment: { horizontal: 'center', vertical: 'bottom' } };
    case 'note':
      return { font: font(false), alignment: { horizontal: 'left', vertical: 'top', wrapText: true } };
    case 'header':
      return {
        font: font(true),
        border: BORDER,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    case 'columnNumber':
      return { font: font(false), border: BORDER, alignment: { horizontal: 'center', vertical: 'middle' } };
    case 'code':
      return {
        font: font(emphasis),
        border: BORDER,
        numFmt: TEXT_FORMAT,
        alignment: { horizontal: 'left', vertical: 'middle' },
      };
    case 'name':
      return {
        font: font(emphasis),
        border: BORDER,
        numFmt: TEXT_FORMAT,
        alignment: { horizontal: 'left', vertical: 'middle', wrapText: true, ...(indent > 0 ? { indent } : {}) },
      };
    case 'total':
      return {
        font: font(emphasis),
        border: BORDER,
        numFmt: TEXT_FORMAT,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    case 'text':
      return {
        font: font(emphasis),
        border: BORDER,
        numFmt: TEXT_FORMAT,
        alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
      };
    case 'centered':
      return {
        font: font(emphasis),
        border: BORDER,
        numFmt: TEXT_FORMAT,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
    case 'prose':
      return {
        font: font(emphasis),
        border: BORDER,
        numFmt: TEXT_FORMAT,
        alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
      };
    case 'amount':
      return {
        font: font(emphasis),
        border: BORDER,
        numFmt: AMOUNT_FORMAT,
        alignment: { horizontal: 'right', vertical: 'middle' },
      };
  }
}

/** The shared styles of one workbook. */
export class StylePalette {
  private readonly styles = new Map<string, Partial<Style>>();

  get(kind: CellKind, emphasis = false, indent = 0): Partial<Style> {
    const key = `${kind}|${emphasis ? 1 : 0}|${indent}`;
    let s = this.styles.get(key);
    if (!s) {
      s = build(kind, emphasis, indent);
      this.styles.set(key, s);
    }
    return s;
  }
}
