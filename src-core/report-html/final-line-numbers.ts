import type { FinalDerivedTable } from '../domain/final/final-tables';
import type { DerivedRow } from '../domain/tables/derived';

/** Key of the 行次 label column the printed 决算 adds to 公开01/04表. */
export const LINE_NUMBER_COLUMN = 'lineNo';

/**
 * A two-sided 决算 form (公开01/04表) as the seed prints it: a 行次 column after 项目 on each side,
 * and the blank lines between a side's items and its totals numbered too (收入 9–26 of 公开01表),
 * so that both sides' totals face each other. The blank lines are rows without figures; a table
 * without 行次 is returned as it is.
 */
export function withPrintedLineNumbers(table: FinalDerivedTable): FinalDerivedTable {
  const numbers = table.lineNumbers;
  if (!numbers) return table;
  const rows: DerivedRow[] = table.rows.map((r) =>
    numbers[r.key] === undefined ? r : { ...r, text: { ...r.text, [LINE_NUMBER_COLUMN]: String(numbers[r.key]) } },
  );
  const printed = rows.filter((r) => r.printed && numbers[r.key] !== undefined);
  const taken = new Set(printed.map((r) => numbers[r.key]));
  const last = Math.max(0, ...taken);
  const all: Record<string, number> = { ...numbers };
  for (let n = 1; n <= last; n++) {
    if (taken.has(n)) continue;
    // The side of the first numbered row after the gap: padding lies before that side's totals.
    const next = printed.filter((r) => numbers[r.key] > n).sort((a, b) => numbers[a.key] - numbers[b.key])[0];
    if (!next) continue;
    const key = `line:${n}`;
    all[key] = n;
    rows.push({
      key,
      code: '',
      name: '',
      level: 1,
      section: next.section,
      values: {},
      exact: {},
      text: { [LINE_NUMBER_COLUMN]: String(n) },
      printed: true,
    });
  }
  return {
    ...table,
    labelColumns: [...table.labelColumns, { key: LINE_NUMBER_COLUMN, title: '行次' }],
    rows,
    lineNumbers: all,
  };
}
