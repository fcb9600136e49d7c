/**
 * Writes a block of cells as the plain-text clipboard flavour, the way Excel itself does, so that
 * pasting into Excel/WPS (or back into this grid through `parseTsv`) gives the same cells:
 * fields separated by tabs, every row ended by CRLF (including the last, as Excel writes it), and a
 * field holding a tab, a line break or a double quote wrapped in quotes with inner quotes doubled.
 *
 * `parseTsv(toTsv(block))` equals `block` for any rectangular block with at least one column.
 */
export function toTsv(block: readonly (readonly string[])[]): string {
  return block.map((row) => `${row.map(quoteField).join('\t')}\r\n`).join('');
}

const NEEDS_QUOTES = /[\t\n\r"]/;

function quoteField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
