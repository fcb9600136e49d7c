import type { AmountUnit } from '../money/units';
import type { LabelColumn, TableSpec } from '../tables/spec';
import type { LayoutTable } from './types';

/** The 单位编码 column a layout adds before the unit's name (`unitCodeIfYuan`). */
export const UNIT_CODE_COLUMN: LabelColumn = { key: 'unitCode', title: '单位编码' };

/**
 * The label column naming the unit of a table whose rows are units or projects (T02 by unit, T07,
 * T10, T10A, T12): `unitName` beside a project's name, or `name` on rows that are units. -1 for
 * any other table (and for a text table, or one that has a 单位编码 column already).
 */
function unitNameColumn(spec: TableSpec): number {
  if (spec.kind === 'text' || spec.labelColumns.some((l) => l.key === 'unitCode')) return -1;
  const grouped = spec.sections.flatMap((s) => s.rows.flatMap((r) => (r.type === 'group' ? [r.by] : [])));
  if (grouped.length === 0) return -1;
  if (grouped.every((by) => by === 'unit')) return spec.labelColumns.findIndex((l) => l.key === 'name');
  if (grouped.every((by) => by === 'project' || by === 'projectParent'))
    return spec.labelColumns.findIndex((l) => l.key === 'unitName');
  return -1;
}

/** Whether `unitCodeIfYuan` applies to a table definition (its rows are units or projects). */
export function namesUnits(spec: TableSpec): boolean {
  return unitNameColumn(spec) >= 0;
}

/**
 * The definition with a 单位编码 column before 单位名称 when the layout asks for it in 元 and the table
 * is printed in 元 (Zhejiang documents in 元 print the unit codes; in 万元 they do not).
 */
export function withUnitCodeColumn(spec: TableSpec, lt: LayoutTable, publishUnit: AmountUnit): TableSpec {
  if (lt.unitCodeIfYuan !== true || (spec.unit ?? publishUnit) !== 'yuan') return spec;
  const at = unitNameColumn(spec);
  if (at < 0) return spec;
  return {
    ...spec,
    labelColumns: [...spec.labelColumns.slice(0, at), UNIT_CODE_COLUMN, ...spec.labelColumns.slice(at)],
  };
}
