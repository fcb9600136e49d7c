import { formatSteps } from '../../money/cents';
import { UNIT_LABEL } from '../../money/units';
import type { CatalogPair } from '../../catalog/catalog';
import type { LayoutTable } from '../../layout/types';
import { fillPattern, isRowHidden } from '../../engine/materialize';
import type { RowState, SectionState } from '../../engine/pivot';
import type { Draft } from '../../draft/types';
import type { Finding, TableRule } from '../types';

/**
 * R-ROUND: in a published table, a displayed total differs from the sum of its displayed parts
 * (尾差 from rounding each cell on its own, docs/tables.md). Checked per row: the row's total columns
 * against their part columns, and the row against its child rows. Uses the displayed values the
 * engine keeps current (RowState.shown / childShown), so a check never visits all children.
 */
export const R_ROUND: TableRule = {
  id: 'R-ROUND',
  severity: 'warning',
  scope: 'tables',
  title: '尾差',
  description: '公开表中显示的合计数与其显示的明细数之和不等（元转万元四舍五入造成），可在导出时选择“舍位平衡”。',
};

export interface RoundContext {
  draft: Draft;
  catalogs: CatalogPair;
  layoutTable: LayoutTable;
  unitNames: ReadonlyMap<string, string>;
  projects: ReadonlyMap<string, { name: string }>;
}

/** Per section and layout: which columns are printed and which are sums of which. */
interface SectionPlan {
  printed: number[];
  sums: { index: number; parts: number[] }[];
}
const plans = new WeakMap<SectionState, WeakMap<LayoutTable, SectionPlan>>();

function sectionPlan(section: SectionState, lt: LayoutTable): SectionPlan {
  let byLayout = plans.get(section);
  if (!byLayout) plans.set(section, (byLayout = new WeakMap()));
  let plan = byLayout.get(lt);
  if (plan) return plan;
  const hidden = new Set(lt.hideColumns ?? []);
  const printed = section.columns
    .filter((c) => !c.spec.prior && !c.count && !hidden.has(c.spec.key))
    .map((c) => c.index);
  const sums = section.columns
    .filter((c) => c.spec.sumOf && !c.spec.prior && !c.count && !hidden.has(c.spec.key))
    .map((c) => ({ index: c.index, parts: expandColumns(section, c.spec.sumOf!, hidden) }));
  plan = { printed, sums };
  byLayout.set(lt, plan);
  return plan;
}

/** Checks one row; returns up to two findings (columns relation, rows relation). */
export function checkRowRounding(row: RowState, rc: RoundContext): Finding[] {
  const lt = rc.layoutTable;
  const unit = row.section.table.spec.unit ?? rc.draft.publishUnit;
  if (unit === 'yuan' || isRowHidden(row.key, lt)) return [];
  const section = row.section;
  const plan = sectionPlan(section, lt);
  const shown = row.shown;
  const out: Finding[] = [];

  // Columns: a total column against its part columns, in this row.
  let colDiffs: string[] | null = null;
  let firstCol = '';
  for (const { index, parts } of plan.sums) {
    let sum = 0;
    for (const p of parts) sum += shown[p];
    if (shown[index] !== sum) {
      (colDiffs ??= []).push(
        `${colTitle(section, index, lt)} ${formatSteps(shown[index])}，其明细列之和 ${formatSteps(sum)}`,
      );
      firstCol ||= section.columns[index].spec.key;
    }
  }
  if (colDiffs) out.push(finding(section, row, firstCol, colDiffs, rc));

  // Rows: this row against its child rows, in every printed column.
  const partsSum = rowPartsShown(row, lt);
  if (partsSum) {
    let rowDiffs: string[] | null = null;
    let first = '';
    for (const i of plan.printed) {
      if (shown[i] !== partsSum[i]) {
        (rowDiffs ??= []).push(
          `${colTitle(section, i, lt)} ${formatSteps(shown[i])}，下级各行之和 ${formatSteps(partsSum[i])}`,
        );
        first ||= section.columns[i].spec.key;
      }
    }
    if (rowDiffs) out.push(finding(section, row, first, rowDiffs, rc));
  }
  return out;
}

function finding(section: SectionState, row: RowState, column: string, diffs: string[], rc: RoundContext): Finding {
  const title = fillPattern(rc.layoutTable.title, rc.draft);
  const unit = section.table.spec.unit ?? rc.draft.publishUnit;
  const message = `${title}“${describeRow(row, rc)}”行：${diffs.join('；')}（单位：${UNIT_LABEL[unit]}，尾差）。可在导出时选择“舍位平衡”`;
  return {
    rule: R_ROUND.id,
    severity: R_ROUND.severity,
    message,
    target: { table: section.table.spec.id, row: row.key, column },
  };
}

function colTitle(section: SectionState, index: number, lt: LayoutTable): string {
  const spec = section.columns[index].spec;
  const title = lt.columnTitles?.[spec.key] ?? spec.title;
  return spec.group && title === '小计' ? `${spec.group}小计` : title;
}

function describeRow(row: RowState, rc: RoundContext): string {
  if (row.kind === 'fixed') return rc.layoutTable.rowNames?.[row.key] ?? row.fixed?.name ?? row.key;
  const by = row.group!.by;
  if (by === 'economic') return `${row.code} ${rc.catalogs.economic.name(row.code)}`;
  if (by === 'functionProject' && row.key.includes('/project:')) return rc.projects.get(row.code)?.name ?? row.code;
  if (by === 'function' || by === 'functionProject' || (by === 'unitFunction' && row.level > 1))
    return `${row.code} ${rc.catalogs.function.name(row.code)}`;
  if (by === 'unit' || by === 'unitFunction') return rc.unitNames.get(row.code) ?? row.code;
  return rc.projects.get(row.code)?.name ?? row.code;
}

/** Part columns of a total, hidden totals replaced by their own parts. */
function expandColumns(section: SectionState, keys: readonly string[], hidden: Set<string>): number[] {
  const out: number[] = [];
  for (const k of keys) {
    const i = section.columnIndex.get(k);
    if (i === undefined) continue;
    const spec = section.columns[i].spec;
    if (hidden.has(k) && spec.sumOf) out.push(...expandColumns(section, spec.sumOf, hidden));
    else out.push(i);
  }
  return out;
}

/**
 * The displayed sum of the rows a row totals (per column), or null when it totals nothing.
 * Group rows: their children; fixed rows: their `sumOf` (`@top` = the top-level group rows),
 * hidden parts replaced by their own parts.
 */
export function rowPartsShown(row: RowState, lt: LayoutTable): readonly number[] | null {
  if (row.kind === 'group') return row.children.length > 0 ? row.childShown : null;
  const sumOf = row.fixed?.sumOf;
  if (!sumOf) return null;
  const section = row.section;
  const total = new Array<number>(row.shown.length).fill(0);
  for (const k of sumOf) {
    let xs: readonly number[] | null = null;
    if (k === '@top') {
      const first = section.groups[0]?.spec;
      if (first) xs = section.topShown.get(first)!;
    } else {
      const r = section.fixedByKey.get(k);
      if (r) xs = (isRowHidden(k, lt) ? rowPartsShown(r, lt) : null) ?? r.shown;
    }
    if (xs) for (let i = 0; i < xs.length; i++) total[i] += xs[i];
  }
  return total;
}
