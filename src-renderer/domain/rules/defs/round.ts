import { formatSteps, toDisplaySteps } from '../../money/cents';
import { UNIT_LABEL, type AmountUnit } from '../../money/units';
import type { CatalogPair } from '../../catalog/catalog';
import type { LayoutTable } from '../../layout/types';
import { fillPattern, isRowHidden } from '../../engine/materialize';
import type { RowState, SectionState } from '../../engine/pivot';
import type { Draft } from '../../draft/types';
import type { Finding, TableRule } from '../types';

/**
 * R-ROUND: in a published table, a displayed total differs from the sum of its displayed parts
 * (尾差 from rounding each cell on its own, tables.md). Checked per row: the row's total columns
 * against their part columns, and the row against its child rows.
 */
export const R_ROUND: TableRule = {
  id: 'R-ROUND', severity: 'warning', scope: 'tables',
  title: '尾差', description: '公开表中显示的合计数与其显示的明细数之和不等（元转万元四舍五入造成），可在导出时选择“舍位平衡”。',
};

export interface RoundContext {
  draft: Draft;
  catalogs: CatalogPair;
  layoutTable: LayoutTable;
}

/** Checks one row; returns up to two findings (columns relation, rows relation). */
export function checkRowRounding(row: RowState, rc: RoundContext): Finding[] {
  const lt = rc.layoutTable;
  if (isRowHidden(row.key, lt)) return [];
  const unit = rc.draft.publishUnit;
  if (unit === 'yuan') return [];
  const section = row.section;
  const hiddenCols = new Set(lt.hideColumns ?? []);
  const steps = (r: RowState, col: number) => toDisplaySteps(r.cells[col], unit);
  const out: Finding[] = [];
  const tableTitle = fillPattern(lt.title, rc.draft);
  const rowLabel = describeRow(row, rc);

  // Columns: a total column against its part columns, in this row.
  const colDiffs: string[] = [];
  let firstCol = '';
  for (const c of section.columns) {
    if (!c.spec.sumOf || c.spec.prior || c.count || hiddenCols.has(c.spec.key)) continue;
    const parts = expandColumns(section, c.spec.sumOf, hiddenCols);
    const shown = steps(row, c.index);
    const sum = parts.reduce((s, i) => s + steps(row, i), 0);
    if (shown !== sum) {
      colDiffs.push(`${colTitle(section, c.index, lt)} ${formatSteps(shown)}，其明细列之和 ${formatSteps(sum)}`);
      firstCol ||= c.spec.key;
    }
  }
  if (colDiffs.length > 0) {
    out.push(finding(section, row, firstCol, `${tableTitle}“${rowLabel}”行：${colDiffs.join('；')}（单位：${UNIT_LABEL[unit]}，尾差）。可在导出时选择“舍位平衡”`));
  }

  // Rows: this row against its child rows, in every printed column.
  const parts = rowParts(row, lt);
  if (parts) {
    const rowDiffs: string[] = [];
    let first = '';
    for (const c of section.columns) {
      if (c.spec.prior || c.count || hiddenCols.has(c.spec.key)) continue;
      const shown = steps(row, c.index);
      const sum = parts.reduce((s, r) => s + steps(r, c.index), 0);
      if (shown !== sum) {
        rowDiffs.push(`${colTitle(section, c.index, lt)} ${formatSteps(shown)}，下级各行之和 ${formatSteps(sum)}`);
        first ||= c.spec.key;
      }
    }
    if (rowDiffs.length > 0) {
      out.push(finding(section, row, first, `${tableTitle}“${rowLabel}”行：${rowDiffs.join('；')}（单位：${UNIT_LABEL[unit]}，尾差）。可在导出时选择“舍位平衡”`));
    }
  }
  return out;
}

function finding(section: SectionState, row: RowState, column: string, message: string): Finding {
  return { rule: R_ROUND.id, severity: R_ROUND.severity, message, target: { table: section.table.spec.id, row: row.key, column } };
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
  if (by === 'function' || (by === 'unitFunction' && row.level > 1)) return `${row.code} ${rc.catalogs.function.name(row.code)}`;
  if (by === 'unit' || by === 'unitFunction') return rc.draft.units.find((u) => u.code === row.code)?.name ?? row.code;
  return rc.draft.projects.find((p) => p.code === row.code)?.name ?? row.code;
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

/** The rows a row is the sum of, or null when it is not a total. Hidden totals expand. */
export function rowParts(row: RowState, lt: LayoutTable): RowState[] | null {
  if (row.kind === 'group') return row.children.length > 0 ? row.children : null;
  const sumOf = row.fixed?.sumOf;
  if (!sumOf) return null;
  const section = row.section;
  const out: RowState[] = [];
  for (const k of sumOf) {
    if (k === '@top') {
      const first = section.groupSpecs()[0];
      if (first) out.push(...(section.topRows.get(first) ?? []));
      continue;
    }
    const r = section.fixedByKey.get(k);
    if (!r) continue;
    if (isRowHidden(k, lt)) {
      const sub = rowParts(r, lt);
      if (sub) {
        out.push(...sub);
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

export type { AmountUnit };
