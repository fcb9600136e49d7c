import { balanceTable } from '../../domain/tables/balance-rounding';
import type { DerivedTable } from '../../domain/tables/derived';

/** A few rows of a table as the export will write them, and which cells 舍位平衡 changed. */
export interface TablePreview {
  title: string;
  /** The printed amount columns of the first section (收入 of a 收支 table). */
  columns: { key: string; title: string }[];
  rows: { key: string; name: string; level: number; cells: { value: string; adjusted: boolean }[] }[];
  /** Printed rows beyond those shown. */
  more: number;
  /** Cells of the whole table that balancing moved by 0.01 (0 without balancing). */
  adjustedCells: number;
}

/**
 * The first `limit` printed rows of a table's first section, balanced when asked, with every cell
 * balancing changed marked — what the export dialog shows before the officer writes the file.
 */
export function tablePreview(table: DerivedTable, balanced: boolean, limit = 10): TablePreview {
  const shown = balanced ? balanceTable(table) : table;
  const section = shown.rows.find((r) => r.printed)?.section ?? shown.columns[0]?.section;
  const columns = shown.columns.filter((c) => c.printed && c.section === section);
  const printed = shown.rows.filter((r) => r.printed && r.section === section);
  let adjustedCells = 0;
  if (balanced) {
    for (let i = 0; i < shown.rows.length; i++) {
      const before = table.rows[i].values;
      for (const [k, v] of Object.entries(shown.rows[i].values)) if (before[k] !== v) adjustedCells++;
    }
  }
  const original = new Map(table.rows.map((r) => [`${r.section}|${r.key}`, r]));
  return {
    title: [shown.number, shown.title].filter(Boolean).join(' '),
    columns: columns.map((c) => ({ key: c.key, title: c.group ? `${c.group}·${c.title}` : c.title })),
    rows: printed.slice(0, limit).map((r) => {
      const before = original.get(`${r.section}|${r.key}`)?.values ?? {};
      return {
        key: r.key,
        name: r.code && !r.name.startsWith(r.code) ? `${r.code} ${r.name}` : r.name,
        level: r.level,
        cells: columns.map((c) => ({
          value: r.values[c.key] ?? '',
          adjusted: (before[c.key] ?? '') !== (r.values[c.key] ?? ''),
        })),
      };
    }),
    more: Math.max(0, printed.length - limit),
    adjustedCells,
  };
}
