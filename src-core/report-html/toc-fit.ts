import { UNIT_LABEL, type AmountUnit } from '../domain/money/units';
import { displayWidth } from '../export/paper/display-width';
import { PT_PER_MM } from './table-columns';

/**
 * The 目录 fits on one page: a line spilling onto a page of its own looks careless in a published
 * document. Its entries are set at the largest of a few sizes whose estimated height fits the text
 * block of a portrait page (styles.ts prints each size from the same numbers). The estimate counts
 * lines as the browser breaks them — East-Asian characters one em, others half — with a margin
 * for fonts that set a line taller than asked.
 */

export type TocKind = 'part' | 'section' | 'table';

/** Said after a table's title in the 目录 when the tables are not all in one unit: “（单位：万元）”. */
export function tocUnitText(unit: AmountUnit): string {
  return `（单位：${UNIT_LABEL[unit]}）`;
}

export interface TocEntry {
  kind: TocKind;
  text: string;
  /** Printed unbroken after the text (a table's “（单位：元）”): it moves to a new line whole. */
  unit?: string;
}

interface EntryStyle {
  /** Font size (pt). */
  font: number;
  /** Line height (pt). */
  line: number;
  /** Space above the entry (pt). */
  gap: number;
  /** Indent of the first line and of the lines after it (em). */
  first: number;
  rest: number;
}

export interface TocScale {
  /** Class name on the 目录 (`toc-<name>`). */
  name: string;
  entries: Record<TocKind, EntryStyle>;
}

/** Sizes tried in order; the first that fits is used (the last one otherwise). */
export const TOC_SCALES: readonly TocScale[] = [
  {
    name: 'normal',
    entries: {
      part: { font: 14, line: 22, gap: 5, first: 0, rest: 2 },
      section: { font: 14, line: 22, gap: 0, first: 2, rest: 4 },
      table: { font: 12, line: 19, gap: 0, first: 2, rest: 4 },
    },
  },
  {
    name: 'compact',
    entries: {
      part: { font: 13, line: 19, gap: 3, first: 0, rest: 2 },
      section: { font: 13, line: 18.5, gap: 0, first: 2, rest: 4 },
      table: { font: 11.5, line: 16, gap: 0, first: 2, rest: 4 },
    },
  },
  {
    name: 'tight',
    entries: {
      part: { font: 12, line: 16.5, gap: 2, first: 0, rest: 2 },
      section: { font: 12, line: 15.5, gap: 0, first: 2, rest: 4 },
      table: { font: 10.5, line: 13.5, gap: 0, first: 2, rest: 4 },
    },
  },
];

/** The text block of a portrait page (styles.ts: A4 less 37/26/35/28 mm), in pt. */
export const TOC_PAGE = { width: (210 - 28 - 26) * PT_PER_MM, height: (297 - 37 - 35) * PT_PER_MM };

/** The 目录 heading: line and space below (pt). */
export const TOC_TITLE_PT = { line: 32, after: 10 };

/** Share of the page the entries may fill: fonts may set a line a little taller than asked. */
const SAFETY = 0.94;

/**
 * Lines an entry takes at a style: the first line starts at `first` em, the others at `rest`; an
 * unbreakable `unit` after the text goes to a new line when the last one has no room for it.
 */
export function entryLines(text: string, style: EntryStyle, unit = ''): number {
  const perLine = TOC_PAGE.width / style.font; // ems in a full line
  let ems = displayWidth(text) / 2;
  let lines = 1;
  ems -= perLine - style.first;
  while (ems > 0) {
    lines++;
    ems -= perLine - style.rest;
  }
  // `-ems` is the room left on the last line.
  return unit !== '' && displayWidth(unit) / 2 > -ems ? lines + 1 : lines;
}

/** Estimated height (pt) of the 目录's entries at a scale. */
export function tocHeightPt(entries: readonly TocEntry[], scale: TocScale): number {
  let h = 0;
  for (const e of entries) {
    const style = scale.entries[e.kind];
    h += style.gap + entryLines(e.text, style, e.unit) * style.line;
  }
  return h;
}

/** Room (pt) the entries have on the 目录's page. */
export const TOC_ROOM_PT = (TOC_PAGE.height - TOC_TITLE_PT.line - TOC_TITLE_PT.after) * SAFETY;

/** The largest scale at which the entries fit one page (the smallest when none does). */
export function tocScale(entries: readonly TocEntry[]): TocScale {
  return TOC_SCALES.find((s) => tocHeightPt(entries, s) <= TOC_ROOM_PT) ?? TOC_SCALES[TOC_SCALES.length - 1];
}

/** The CSS of every scale (styles.ts). */
export function tocScaleCss(): string {
  return TOC_SCALES.map((s) =>
    (Object.keys(s.entries) as TocKind[])
      .map((k) => {
        const e = s.entries[k];
        return `.toc-${s.name} .toc-${k} { font-size: ${e.font}pt; line-height: ${e.line}pt; margin-top: ${e.gap}pt; padding-left: ${e.rest}em; text-indent: ${e.first - e.rest}em; }`;
      })
      .join('\n'),
  ).join('\n');
}
