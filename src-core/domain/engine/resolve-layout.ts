import type { Draft } from '../draft/types';
import type { Layout, LayoutTable } from '../layout/types';
import { findTableSpec } from '../tables/definitions';
import type { TableSpec } from '../tables/spec';

export interface ResolvedTable {
  spec: TableSpec;
  layoutTable: LayoutTable;
}

/**
 * The table definitions a layout prints for a draft, in the layout's order. T03 unit blocks fall
 * back to rows by function for a department of one unit (as the 舟山 seed prints it).
 */
export function resolveLayoutTables(layout: Layout, draft: Draft): ResolvedTable[] {
  return layout.tables.map((lt) => {
    let variant = lt.variant ?? 'default';
    if (
      lt.table === 'T03' &&
      variant === 'unitBlocks' &&
      lt.unitBlocksOnlyIfMultiUnit !== false &&
      draft.units.length <= 1
    ) {
      variant = 'byFunction';
    }
    const spec = findTableSpec(lt.table, variant);
    if (!spec) throw new Error(`版式“${layout.id}”引用了不存在的表 ${lt.table}（${variant}）`);
    return { spec, layoutTable: lt };
  });
}

/** Checks a layout against the table definitions: every table and variant exists, keys are known. */
export function validateLayout(layout: Layout): string[] {
  const problems: string[] = [];
  if (!layout.id || !layout.name) problems.push('版式缺少 id 或 name');
  for (const lt of layout.tables ?? []) {
    const spec = findTableSpec(lt.table, lt.variant ?? 'default');
    if (!spec) {
      problems.push(`表 ${lt.table} 没有“${lt.variant ?? 'default'}”格式`);
      continue;
    }
    if (!lt.title) problems.push(`表 ${lt.table} 缺少标题`);
    const colKeys = new Set(spec.sections.flatMap((s) => s.columns.map((c) => c.key)));
    for (const k of [...(lt.hideColumns ?? []), ...Object.keys(lt.columnTitles ?? {})]) {
      if (!colKeys.has(k)) problems.push(`表 ${lt.table}：未知的列“${k}”`);
    }
    const fixedKeys = new Set(spec.sections.flatMap((s) => s.rows.flatMap((r) => (r.type === 'fixed' ? [r.key] : []))));
    for (const k of [...(lt.hideRows ?? []), ...Object.keys(lt.rowNames ?? {})]) {
      if (!k.endsWith('*') && !fixedKeys.has(k)) problems.push(`表 ${lt.table}：未知的行“${k}”`);
    }
  }
  return problems;
}
