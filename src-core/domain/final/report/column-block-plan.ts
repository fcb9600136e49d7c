import type { Catalog } from '../../catalog/catalog';
import type { DerivedTable } from '../../tables/derived';
import type { ColumnBlockClass, ColumnBlocksLayout } from '../layout';

/** Prefix of the economic rows of a table grouped by economic code (F06: `econ:301`, `econ:30101`). */
const ECON = 'econ:';

/** A line of a block: a row of the table (`key`), or a 款 the table has no amount for (printed blank). */
export interface ColumnBlockLine {
  key: string;
  code: string;
  name: string;
  /** 1 类, 2 款. */
  level: number;
}

/** The blocks a table prints side by side, resolved against the year's catalog. */
export interface ColumnBlockPlan {
  labelTitles: Record<string, string>;
  blocks: { title: string; lines: ColumnBlockLine[]; total?: string }[];
}

/**
 * Resolves a layout's column blocks (FinalLayoutTable.columnBlocks) for one derived table: each
 * listed 类 with its 款 — the layout's `items`, or every 款 of the 类 in the catalog less `omit` —
 * and any 款 the table has an amount for that the list leaves out (so the blocks always add up to
 * the table). A 类 with amounts that no block lists goes to the last block. Names are the table's,
 * else the catalog's. The amounts stay in the table: the plan names rows by key.
 */
export function resolveColumnBlocks(
  table: Pick<DerivedTable, 'rows'>,
  layout: ColumnBlocksLayout,
  economic: Catalog,
): ColumnBlockPlan {
  const blocks = layout.blocks;
  const rows = new Map(table.rows.filter((r) => r.key.startsWith(ECON)).map((r) => [r.code, r]));
  const line = (code: string): ColumnBlockLine => ({
    key: `${ECON}${code}`,
    code,
    name: rows.get(code)?.name ?? (economic.name(code) || code),
    level: code.length === 3 ? 1 : 2,
  });
  const itemsOf = (code: string, items?: readonly string[], omit?: readonly string[]): string[] => {
    const listed =
      items ??
      economic
        .all()
        .filter((e) => e.parent === code && e.level === 2)
        .map((e) => e.code)
        .filter((c) => !(omit ?? []).includes(c));
    const spent = [...rows.keys()].filter((c) => c.length === 5 && c.startsWith(code) && !listed.includes(c));
    return [...listed, ...spent.sort()];
  };
  const placed = new Set(blocks.flatMap((b) => b.classes.map((c) => c.code)));
  const unplaced = [...rows.keys()].filter((c) => c.length === 3 && !placed.has(c)).sort();
  return {
    labelTitles: { ...layout.labelTitles },
    blocks: blocks.map((b, i) => {
      const classes: ColumnBlockClass[] = [
        ...b.classes,
        ...(i === blocks.length - 1 ? unplaced.map((code) => ({ code })) : []),
      ];
      const lines = classes.flatMap((c) => [line(c.code), ...itemsOf(c.code, c.items, c.omit).map(line)]);
      return { title: b.title, lines, ...(b.total ? { total: b.total } : {}) };
    }),
  };
}
