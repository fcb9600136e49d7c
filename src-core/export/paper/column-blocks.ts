import type { FinalDerivedTable } from '../../domain/final/final-tables';
import type { DerivedColumn, DerivedRow } from '../../domain/tables/derived';

/** Section id of the i-th block (0-based) of a table printed in column blocks. */
export const blockSection = (i: number): string => `block${i + 1}`;

/**
 * A table whose layout prints it in column blocks (公开06表, `FinalDerivedTable.columnBlocks`) as
 * the paper form draws side-by-side tables (form-layout.ts): one section per block, each with the
 * table's code and name columns and its one amount column, the blocks' headings over them (equal
 * headings merged), the 款 with no amount as blank lines, and each block's total (人员经费合计 …)
 * on the last line. The cells are the table's own — values, exact values, parts, adjusted by
 * 舍位平衡 if the table was — so Excel, the printed report and the screen show the same figures.
 * Rows the blocks do not place (the unprinted 合计 of 公开06表) are left out. Other tables are
 * returned as they are.
 */
export function presentColumnBlocks<T extends FinalDerivedTable>(table: T): T {
  const plan = table.columnBlocks;
  if (!plan || table.empty) return table;
  const amount = table.columns.find((c) => c.printed);
  if (!amount) return table;
  const byKey = new Map(table.rows.map((r) => [r.key, r]));
  const blank = { [amount.key]: '0.00' };
  const columns: DerivedColumn[] = plan.blocks.map((_, i) => ({
    key: amount.key,
    title: amount.title,
    section: blockSection(i),
    printed: true,
  }));
  const rows: DerivedRow[] = plan.blocks.flatMap((b, i) => {
    const section = blockSection(i);
    const lines = b.lines.map((l): DerivedRow => {
      const row = byKey.get(l.key);
      return row
        ? { ...row, section, level: l.level, printed: true }
        : {
            key: l.key,
            code: l.code,
            name: l.name,
            level: l.level,
            section,
            values: blank,
            exact: blank,
            printed: true,
          };
    });
    const total = b.total ? byKey.get(b.total) : undefined;
    return total ? [...lines, { ...total, section, level: 0, printed: true }] : lines;
  });
  const { columnBlocks: _placed, ...rest } = table;
  return {
    ...(rest as T),
    labelColumns: table.labelColumns.map((l) => ({ ...l, title: plan.labelTitles[l.key] ?? l.title })),
    columns,
    rows,
    sectionTitles: Object.fromEntries(plan.blocks.map((b, i) => [blockSection(i), b.title])),
  };
}
