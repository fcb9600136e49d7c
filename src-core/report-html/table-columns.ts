import type { FormSide } from '../export/paper/form-layout';

/**
 * Column widths of a printed table. The table has a fixed layout (it always fits its page), so
 * every column gets a share of the page's text width: amounts 1, names wider, prose 4. A code
 * column is never narrower than its longest code needs at the table's font size, so a 7-digit
 * 科目编码 (2010301) stays inside its cell even on the widest forms.
 */

/** Font size of a table's body (pt) by density: the widest forms print smaller. */
export const TABLE_FONT_PT = { normal: 10.5, dense: 9.5, tight: 8 } as const;

export type Density = keyof typeof TABLE_FONT_PT;

/** Padding on each side of a cell and the width of a rule (pt), as styles.ts prints them. */
export const CELL_PADDING_PT = 3;
export const RULE_PT = 0.75;

/** Width of the text block of a table sheet (mm): A4 landscape or portrait less the margins (styles.ts). */
export const TABLE_PAGE_WIDTH_MM = { landscape: 297 - 20 - 20, portrait: 210 - 20 - 20 } as const;

export const PT_PER_MM = 72 / 25.4;

/** The widest a digit is drawn in the table fonts (宋体 and its stand-ins), in em. */
export const DIGIT_EM = 0.6;

/** The width (pt) a cell needs to hold `chars` digits on one line, with its padding and rule. */
export function codeCellPt(chars: number, density: Density): number {
  return chars * DIGIT_EM * TABLE_FONT_PT[density] + 2 * CELL_PADDING_PT + RULE_PT;
}

/** Relative widths of descriptive columns by key (amount columns weigh 1). */
const LABEL_WEIGHTS: Record<string, number> = {
  code: 0.85,
  unitName: 1.7,
  projectName: 1.7,
  parent: 1.7,
  category: 1.2,
  level1: 1.1,
  level2: 1.1,
  level3: 1.5,
  op: 0.7,
  value: 0.8,
  unit: 0.8,
  weight: 0.6,
  /** 行次 of the 决算 forms (final-line-numbers.ts): two digits. */
  lineNo: 0.45,
};

function weights(sides: readonly FormSide[]): { weight: number; code: boolean }[] {
  const out: { weight: number; code: boolean }[] = [];
  for (const s of sides) {
    // Names are wider when there are few amount columns, and never narrower than 2.4 amounts.
    const name = Math.min(3.4, Math.max(2.4, 1.4 + s.columns.length * 0.5));
    const label = (l: { key: string }, kind: FormSide['labelKinds'][number]) => {
      const weight = l.key === 'name' ? name : kind === 'prose' ? 4 : (LABEL_WEIGHTS[l.key] ?? 1.4);
      out.push({ weight, code: kind === 'code' });
    };
    s.labels.forEach((l, j) => label(l, s.labelKinds[j]));
    for (let i = 0; i < s.columns.length; i++) out.push({ weight: 1, code: false });
    s.trailing.forEach((l, j) => label(l, s.trailingKinds[j])); // labels right of the amounts (T13 绩效目标)
  }
  return out;
}

export interface ColumnFit {
  density: Density;
  /** Width of the page's text block (mm). */
  pageWidthMm: number;
  /** Characters of the longest code printed in a code column (digits). */
  codeChars: number;
}

/**
 * Widths of the printed columns as percentages of the table, in order (labels, amounts, trailing
 * labels, side by side): a code column at least `codeCellPt(codeChars)` wide, the rest shared by weight.
 * Rounded down to hundredths, so they never add up to more than 100% (a table wider than its
 * page loses its right rule at the page edge).
 */
export function columnPercents(sides: readonly FormSide[], fit: ColumnFit): number[] {
  const cols = weights(sides);
  const pagePt = fit.pageWidthMm * PT_PER_MM;
  const total = cols.reduce((a, c) => a + c.weight, 0);
  const minCodePt = codeCellPt(Math.max(1, fit.codeChars), fit.density);
  // Codes that their weight leaves too narrow get their minimum; the others share what is left.
  const widened = cols.map((c) => c.code && (c.weight / total) * pagePt < minCodePt);
  const fixedPt = widened.filter(Boolean).length * minCodePt;
  const restWeight = cols.reduce((a, c, i) => a + (widened[i] ? 0 : c.weight), 0);
  const restPt = Math.max(0, pagePt - fixedPt);
  return cols.map((c, i) => {
    const pt = widened[i] ? minCodePt : restWeight > 0 ? (c.weight / restWeight) * restPt : 0;
    return Math.floor((pt / pagePt) * 10000) / 100;
  });
}

/** The `<colgroup>` of a printed table. */
export function colgroupHtml(sides: readonly FormSide[], fit: ColumnFit): string {
  const cols = columnPercents(sides, fit).map((p) => `<col style="width:${p.toFixed(2)}%">`);
  return `<colgroup>${cols.join('')}</colgroup>`;
}
