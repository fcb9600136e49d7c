import type { Draft } from '../draft/types';
import { formatProblems } from '../draft/problems';
import { readLayout } from '../layout/read-layout';
import { withUnitCodeColumn } from '../layout/unit-code-column';
import type { Layout, LayoutTable } from '../layout/types';
import { RULES } from '../rules/registry';
import { findTableSpec } from '../tables/definitions';
import type { ColumnSpec, LabelColumn, RowSpec, SectionSpec, TableSpec } from '../tables/spec';

export interface ResolvedTable {
  spec: TableSpec;
  layoutTable: LayoutTable;
}

/**
 * The table definitions a layout prints for a draft, in the layout's order. T03 unit blocks fall
 * back to rows by function for a department of one unit (as the 舟山 seed prints it). What a layout
 * says about a table's shape — column order, levels of the function rows, 类/款/项 in columns of
 * their own, the amount unit, the 机关运行经费 scope — is applied to a copy of the definition here,
 * so that every output (and the 尾差 check) sees the table as printed.
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
    return { spec: withUnitCodeColumn(shapeSpec(spec, lt, layout), lt, draft.publishUnit), layoutTable: lt };
  });
}

/** The definition as this layout prints it (the definition itself when the layout changes nothing). */
export function shapeSpec(spec: TableSpec, lt: LayoutTable, layout: Pick<Layout, 'officeOperationScope'>): TableSpec {
  const allUnits = layout.officeOperationScope === 'all';
  const changes =
    lt.functionLevels !== undefined ||
    lt.splitCode === true ||
    lt.columnOrder !== undefined ||
    lt.unit !== undefined ||
    (allUnits && spec.sections.some((s) => s.columns.some((c) => c.key === OFFICE_OPERATION)));
  if (!changes || spec.kind === 'text') return spec;
  const levels = lt.functionLevels ? [...lt.functionLevels].sort((a, b) => a - b) : null;
  const sections = spec.sections.map((s): SectionSpec => ({
    ...s,
    rows: levels ? s.rows.map((r) => withLevels(r, levels)) : s.rows,
    columns: orderColumns(allUnits ? s.columns.map(everyUnit) : s.columns, lt.columnOrder ?? []),
  }));
  return {
    ...spec,
    sections,
    labelColumns: lt.splitCode ? spec.labelColumns.flatMap(splitCodeColumn) : spec.labelColumns,
    ...(lt.unit ? { unit: lt.unit } : {}),
  };
}

/** The 机关运行经费 column (T07 `officeOperation`): admin and civil units unless the layout counts all. */
const OFFICE_OPERATION = 'officeOperation';

function everyUnit(c: ColumnSpec): ColumnSpec {
  if (c.key !== OFFICE_OPERATION || !c.filter?.unitType) return c;
  const { unitType: _all, ...filter } = c.filter;
  return { ...c, filter };
}

function withLevels(r: RowSpec, levels: readonly number[]): RowSpec {
  if (r.type !== 'group' || !(r.by === 'function' || r.by === 'functionProject' || r.by === 'unitFunction')) return r;
  return { ...r, levels };
}

function orderColumns(columns: readonly ColumnSpec[], order: readonly string[]): readonly ColumnSpec[] {
  if (order.length === 0) return columns;
  const first = order.flatMap((k) => columns.filter((c) => c.key === k));
  return [...first, ...columns.filter((c) => !order.includes(c.key))];
}

const SPLIT_CODE: readonly LabelColumn[] = [
  { key: 'fnClass', title: '类' },
  { key: 'fnItem', title: '款' },
  { key: 'fnSection', title: '项' },
];

function splitCodeColumn(l: LabelColumn): readonly LabelColumn[] {
  return l.key === 'code' ? SPLIT_CODE : [l];
}

/**
 * Checks a layout (a parsed layout file) against the schema and the table definitions: every
 * problem as “path：message” (docs/layouts.md “Checks”); empty when the layout is sound.
 */
export function validateLayout(layout: unknown): string[] {
  const read = readLayout(layout, { ruleIds: RULES.map((r) => r.id) });
  return read.ok ? [] : formatProblems(read.error).split('\n');
}
