import { comparable } from '../cell-input';
import type { GridColumn } from '../grid-model';

/**
 * A header row at the top of a pasted block: officers copy a range from a sheet with its column
 * titles — the grid's own (单位, 功能科目 … 金额（元）) or the import template's (单位编码,
 * 功能科目编码, 是否上年结转 …). Pasted as data, every title would be refused as a value. The row is
 * recognised when each of its non-blank cells is a title some column is known by, and it is not
 * the only thing pasted unless it holds two titles or more (a single word pasted alone, such as
 * “备注”, is a value). Pure data, no DOM.
 */

/** A title without decoration: spacing, case, full-width forms, required marks (*), a trailing colon and a unit annotation removed (“金额（万元）” → 金额). */
export function normalizeTitle(text: string): string {
  return comparable(text)
    .replace(/[*＊]/g, '')
    .replace(/[:：]$/, '')
    .replace(/[([【]?(?:单位[:：]?)?(?:万元|元)[)\]】]?$/, (m, offset: number) => (offset > 0 ? '' : m));
}

/** Every normalised title of the columns: their labels and the other titles they are known by. */
export function columnTitles(columns: readonly GridColumn[]): Set<string> {
  const out = new Set<string>();
  for (const c of columns) for (const t of [c.label, ...(c.titles ?? [])]) out.add(normalizeTitle(t));
  out.delete('');
  return out;
}

/** Is the first row of `block` a header row of these titles? */
export function startsWithHeader(block: readonly (readonly string[])[], titles: ReadonlySet<string>): boolean {
  const first = block[0];
  if (!first) return false;
  const filled = first.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return false;
  if (block.length === 1 && filled.length < 2) return false;
  return filled.every((c) => titles.has(normalizeTitle(c)));
}

/** The block without its header row, and the titles it had (null when it had none). */
export function dropHeaderRow(
  block: readonly (readonly string[])[],
  columns: readonly GridColumn[],
): { block: readonly (readonly string[])[]; header: string[] | null } {
  if (!startsWithHeader(block, columnTitles(columns))) return { block, header: null };
  return { block: block.slice(1), header: block[0].map((c) => c.trim()).filter((c) => c !== '') };
}
