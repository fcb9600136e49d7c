import { UNIT_LABEL } from '../money/units';
import type { FinalDraftHead } from '../draft/types';
import type { DerivedTable } from '../tables/derived';
import type { TableSpec } from '../tables/spec';
import { hasFunctionFigures } from './final-facts';
import type { FinalLayout, FinalLayoutTable } from './layout';
import { chineseOrdinal, lineNumbers } from './line-numbers';
import type { ColumnBlockPlan } from './report/column-block-plan';

/** A published 决算 table: the budget's derived table plus the header lines and 行次 of the form. */
export interface FinalDerivedTable extends DerivedTable {
  /** Lines above the table: 单位：…, 2024年度, 金额单位：万元. */
  header: string[];
  /** 行次 by row key (two-sided tables whose layout prints them). */
  lineNumbers?: Record<string, number>;
  /** The blocks the form prints side by side (公开06表), when the layout asks: export/paper/column-blocks.ts. */
  columnBlocks?: ColumnBlockPlan;
}

/** Fills {year}, {department}, {unit} of a 决算 layout pattern. */
export function fillFinalPattern(pattern: string, draft: FinalDraftHead): string {
  return pattern
    .replaceAll('{year}', String(draft.year))
    .replaceAll('{department}', draft.department.name)
    .replaceAll('{shortName}', draft.department.shortName || draft.department.name)
    .replaceAll('{unit}', UNIT_LABEL[draft.publishUnit]);
}

/**
 * What a 决算 form adds to a materialized table: optional budget columns dropped when the draft has
 * no such figures (公开05表 年初/全年预算数), ordinals before the 类 rows, the layout's notes
 * (before the empty sentence and the 尾数 note), the header lines and the 行次.
 */
export function finishFinalTable(
  table: DerivedTable,
  spec: TableSpec,
  lt: FinalLayoutTable,
  layout: FinalLayout,
  draft: FinalDraftHead,
): FinalDerivedTable {
  const dropped = new Set<string>();
  for (const section of spec.sections) {
    for (const c of section.columns) {
      const stream = c.filter?.stream;
      const which = stream === 'budgetInitial' ? 'initial' : stream === 'budgetAdjusted' ? 'adjusted' : null;
      if (c.optional && which && !hasFunctionFigures(draft.budget, which)) dropped.add(c.key);
    }
  }
  let rows = table.rows;
  if (dropped.size > 0) {
    rows = rows.map((r) => ({ ...r, values: without(r.values, dropped), exact: without(r.exact, dropped) }));
  }
  if (lt.classOrdinals) {
    const counters = new Map<string, number>();
    rows = rows.map((r) => {
      if (r.level !== 1 || !r.code || !r.key.includes('fn:') || lt.rowNames?.[r.key]) return r;
      const n = (counters.get(r.section) ?? 0) + 1;
      counters.set(r.section, n);
      return { ...r, name: `${chineseOrdinal(n)}、${r.name}` };
    });
  }
  const notes = [...(lt.notes ?? []).map((n) => fillFinalPattern(n, draft)), ...table.notes];
  return {
    ...table,
    columns: table.columns.filter((c) => !dropped.has(c.key)),
    rows,
    notes,
    header: (layout.header ?? []).map((h) => fillFinalPattern(h, draft)),
    ...(lt.rowNumbers ? { lineNumbers: lineNumbers(rows) } : {}),
  };
}

function without(values: Record<string, string>, keys: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (!keys.has(k)) out[k] = v;
  return out;
}
