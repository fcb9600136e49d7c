import { displayAmount, fromCents, toCents } from '../money/cents';
import type { AmountUnit } from '../money/units';
import type { CatalogPair } from '../catalog/catalog';
import type { Draft } from '../draft/types';
import type { LayoutTable } from '../layout/types';
import type { DerivedColumn, DerivedRow, DerivedTable } from '../tables/derived';
import type { ColumnSpec, GroupRowSpec, TableSpec } from '../tables/spec';
import type { RowState, SectionState, TableState } from './pivot';
import type { Fact } from './facts';

export interface MaterializeContext {
  draft: Draft;
  /** Units and projects by code (built once per draft, not per row). */
  lookup: DraftLookup;
  catalogs: CatalogPair;
  layoutTable: LayoutTable;
  /** Rows flagged by R-ROUND in this table (they get the 尾数 note). */
  hasRoundingDifference: boolean;
  /** Resolves a figure column (`ColumnSpec.figure`) in 分, or null when the draft has no such figure. */
  figure?: (figure: NonNullable<ColumnSpec['figure']>) => number | null;
}

/** Units and projects of a draft by code. */
export class DraftLookup {
  readonly units = new Map<string, Draft['units'][number]>();
  readonly projects = new Map<string, Draft['projects'][number]>();

  constructor(draft: Draft) {
    for (const u of draft.units) this.units.set(u.code, u);
    for (const p of draft.projects) this.projects.set(p.code, p);
  }
}

export { ROUNDING_NOTE } from '../tables/notes';
import { ROUNDING_NOTE } from '../tables/notes';

/** Fills a title pattern: {year}, {department}, {shortName}. */
export function fillPattern(pattern: string, draft: Draft): string {
  return pattern
    .replaceAll('{year}', String(draft.year))
    .replaceAll('{department}', draft.department.name)
    .replaceAll('{shortName}', draft.department.shortName || draft.department.name);
}

export function isRowHidden(key: string, lt: LayoutTable): boolean {
  return matchesKey(key, lt.hideRows);
}

/** Whether a row key is one of `keys` (exact keys, or prefixes ending in `*`). */
function matchesKey(key: string, keys: readonly string[] | undefined): boolean {
  for (const h of keys ?? []) {
    if (h.endsWith('*') ? key.startsWith(h.slice(0, -1)) : key === h) return true;
  }
  return false;
}

/** Builds the JSON form of one pivot table from its accumulators. */
export function materializeTable(table: TableState, ctx: MaterializeContext): DerivedTable {
  const { draft, layoutTable: lt } = ctx;
  const unit: AmountUnit = table.spec.unit ?? draft.publishUnit;
  const hiddenCols = new Set(lt.hideColumns ?? []);
  const columns: DerivedColumn[] = [];
  const seen = new Set<string>();
  for (const section of table.sections) {
    for (const c of section.columns) {
      if (c.count || seen.has(`${section.spec.id}|${c.spec.key}`)) continue;
      seen.add(`${section.spec.id}|${c.spec.key}`);
      columns.push({
        key: c.spec.key,
        title: lt.columnTitles?.[c.spec.key] ?? c.spec.title,
        section: section.spec.id,
        printed: !hiddenCols.has(c.spec.key),
        ...(c.spec.group ? { group: c.spec.group } : {}),
        ...(c.spec.sumOf ? { sumOf: [...c.spec.sumOf] } : {}),
      });
    }
  }
  const rows: DerivedRow[] = [];
  let hasData = false;
  for (const section of table.sections) {
    const listed = orderedRows(section, ctx);
    const listedSet = new Set(listed);
    for (const row of listed) {
      if (row.kind === 'group') hasData = true;
      rows.push(keptRow(section, row, ctx, unit, listedSet));
    }
  }
  // Columns a layout prints only when the draft has money in them (Zhejiang: carried-over 财政拨款).
  for (const c of columns) {
    if (!c.printed || !lt.hideColumnsIfZero?.includes(c.key)) continue;
    if (rows.every((r) => r.section !== c.section || isZeroText(r.exact[c.key]))) c.printed = false;
  }
  const notes: string[] = [];
  const empty = !hasData && rows.every((r) => Object.values(r.values).every((v) => v === '0.00'));
  if (empty && lt.emptySentence) notes.push(fillPattern(lt.emptySentence, draft));
  if (ctx.hasRoundingDifference) notes.push(ROUNDING_NOTE);
  return {
    id: table.spec.id,
    variant: table.spec.variant,
    title: fillPattern(lt.title, draft),
    number: lt.number ?? '',
    unit,
    labelColumns: table.spec.labelColumns.map((l) => ({ key: l.key, title: l.title })),
    columns,
    rows,
    notes,
    empty,
    columnNumbers: lt.columnNumbers === true,
  };
}

/** What a group row's published row was made from: its sums (stamp), the draft's head and the layout. */
interface MadeRow {
  stamp: number;
  draft: Draft;
  layoutTable: LayoutTable;
  catalogs: CatalogPair;
  unit: AmountUnit;
  row: DerivedRow;
}

/**
 * A group row's published row, the same object as last time while nothing it is made from changed:
 * its sums, and through them its children's (a child's change passes through its parent, so a
 * child that became zero and left the list also changed the parent's stamp), and the draft's head
 * (names of units and projects), the layout and the catalogs, which are replaced, never changed in
 * place. At 200,000 lines T10 has 22,700 rows; making them all took ~150 ms per keystroke, mostly
 * strings and garbage. Fixed rows (a few per table, some summing others by `sumOf`) are made each time.
 */
function keptRow(
  section: SectionState,
  row: RowState,
  ctx: MaterializeContext,
  unit: AmountUnit,
  listed: ReadonlySet<RowState>,
): DerivedRow {
  if (row.kind !== 'group') return toDerivedRow(section, row, ctx, unit, listed);
  const made = row.made as MadeRow | null;
  if (
    made &&
    made.stamp === row.stamp &&
    made.draft === ctx.draft &&
    made.layoutTable === ctx.layoutTable &&
    made.catalogs === ctx.catalogs &&
    made.unit === unit
  )
    return made.row;
  const derived = toDerivedRow(section, row, ctx, unit, listed);
  row.made = {
    stamp: row.stamp,
    draft: ctx.draft,
    layoutTable: ctx.layoutTable,
    catalogs: ctx.catalogs,
    unit,
    row: derived,
  } satisfies MadeRow;
  return derived;
}

/** Rows in print order: fixed rows where the definition puts them, group rows by code, depth first. */
export function orderedRows(
  section: SectionState,
  ctx: Pick<MaterializeContext, 'catalogs' | 'layoutTable'>,
): RowState[] {
  const out: RowState[] = [];
  for (const spec of section.spec.rows) {
    if (spec.type === 'fixed') {
      out.push(section.fixedByKey.get(spec.key)!);
      continue;
    }
    const listed = spec.listCatalogClasses ? ensureCatalogClasses(section, spec, ctx) : null;
    const visit = (rows: readonly RowState[]) => {
      for (const r of sortedByCode(rows)) {
        if (r.isZero() && !(listed && r.level === 1 && listed.has(r.code))) continue;
        out.push(r);
        visit(r.children);
      }
    };
    visit(section.topRows.get(spec) ?? []);
  }
  return out;
}

/** Creates the zero 类 rows a layout lists even without data; returns their codes. */
function ensureCatalogClasses(
  section: SectionState,
  spec: GroupRowSpec,
  ctx: Pick<MaterializeContext, 'catalogs' | 'layoutTable'>,
): Set<string> {
  const codes = ctx.layoutTable.listClasses ?? ctx.catalogs.function.level(1).map((e) => e.code);
  for (const code of codes) {
    if (!section.groupRows.has(spec.prefix + code)) section.ensureGroupRow(spec, { function: code } as Fact);
  }
  return new Set(codes);
}

/**
 * Rows sorted by code, kept per list: a section only ever appends rows to a list (children, top
 * rows), so a list of the same length is still sorted the same way — sorting T10's 22,700 project
 * rows again on every keystroke was a fifth of its materialization.
 */
const sorted = new WeakMap<readonly RowState[], { length: number; rows: readonly RowState[] }>();
function sortedByCode(rows: readonly RowState[]): readonly RowState[] {
  const kept = sorted.get(rows);
  if (kept && kept.length === rows.length) return kept.rows;
  const out = [...rows].sort(byCode);
  sorted.set(rows, { length: rows.length, rows: out });
  return out;
}

function byCode(a: RowState, b: RowState): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function toDerivedRow(
  section: SectionState,
  row: RowState,
  ctx: MaterializeContext,
  unit: AmountUnit,
  listed: ReadonlySet<RowState>,
): DerivedRow {
  const { draft, catalogs, layoutTable: lt, lookup } = ctx;
  const values: Record<string, string> = {};
  const exact: Record<string, string> = {};
  for (const c of section.columns) {
    if (c.count) continue;
    if (c.spec.figure) {
      if (c.spec.figure.row !== row.key) continue;
      const v = ctx.figure?.(c.spec.figure) ?? null;
      if (v !== null) {
        values[c.spec.key] = displayAmount(v, unit);
        exact[c.spec.key] = fromCents(v, unit);
      }
      continue;
    }
    if (c.spec.prior) {
      if (c.spec.priorRow !== row.key) continue;
      const v = priorSum(draft, c.spec.prior);
      if (v !== null) {
        values[c.spec.key] = displayAmount(v, unit);
        exact[c.spec.key] = fromCents(v, unit);
      }
      continue;
    }
    values[c.spec.key] = displayAmount(row.cells[c.index], unit);
    exact[c.spec.key] = fromCents(row.cells[c.index], unit);
  }
  const parts = rowParts(section, row, listed);
  let name = '';
  let code = '';
  let text: Record<string, string> | undefined;
  if (row.kind === 'fixed') {
    name = row.fixed?.nameFrom === 'department' ? draft.department.name : (row.fixed?.name ?? '');
    if (row.fixed?.nameFrom === 'department' && labels(section).has('unitCode'))
      text = { unitCode: draft.department.code };
  } else {
    const by = row.group!.by;
    if (by === 'functionProject' && row.key.includes('/project:')) {
      name = lookup.projects.get(row.code)?.name ?? row.code;
    } else if (by === 'function' || by === 'functionProject' || (by === 'unitFunction' && row.level > 1)) {
      code = row.code;
      name = catalogs.function.name(row.code);
      if (section.table.spec.labelColumns.some((l) => l.key === 'fnClass')) text = splitFunctionCode(row.code);
    } else if (by === 'economic') {
      code = row.code;
      name = catalogs.economic.name(row.code);
    } else if (by === 'unit' || by === 'unitFunction') {
      code = row.code;
      name = lookup.units.get(row.code)?.name ?? row.code;
      if (by === 'unit' && labels(section).has('unitCode')) text = { unitCode: row.code };
    } else if (by === 'project') {
      code = row.code;
      const p = lookup.projects.get(row.code);
      name = p?.name ?? row.code;
      const unitCode = p?.unit ?? row.unit;
      text = {
        unitCode,
        unitName: lookup.units.get(unitCode)?.name ?? '',
        projectName: p?.name ?? '',
        category: p?.category ?? '',
        parent: p?.parent ?? '',
        // The 绩效目标 text only where the table prints it (T13): T10 stays small.
        ...(labels(section).has('goal') ? { goal: p?.goal ?? '' } : {}),
      };
    } else if (by === 'projectParent') {
      // A 一级项目 (T10A): the row's code is the parent's name; the unit is that of its first project.
      name = row.code;
      text = { unitCode: row.unit, unitName: lookup.units.get(row.unit)?.name ?? '', projectName: row.code };
    }
  }
  name = lt.rowNames?.[row.key] ?? name;
  return {
    key: row.key,
    code,
    name,
    level: row.level,
    section: section.spec.id,
    values,
    exact,
    ...(parts ? { parts } : {}),
    ...(text ? { text } : {}),
    ...(row.fixed?.emphasis ? { emphasis: true } : {}),
    printed: !isRowHidden(row.key, lt) && !(matchesKey(row.key, lt.hideRowsIfZero) && row.isZero()),
  };
}

/**
 * Keys of the listed rows a row is the sum of (unlisted rows are zero): a group row's children,
 * a fixed row's `sumOf` with `@top` expanded to the top-level group rows in print order.
 */
function rowParts(section: SectionState, row: RowState, listed: ReadonlySet<RowState>): string[] | undefined {
  if (row.kind === 'group') {
    return row.children.length > 0
      ? sortedByCode(row.children)
          .filter((r) => listed.has(r))
          .map((r) => r.key)
      : undefined;
  }
  const sumOf = row.fixed?.sumOf;
  if (!sumOf) return undefined;
  const out: string[] = [];
  for (const k of sumOf) {
    if (k !== '@top') {
      if (section.fixedByKey.has(k)) out.push(k);
      continue;
    }
    for (const spec of section.groupSpecs()) {
      for (const r of sortedByCode(section.topRows.get(spec) ?? [])) if (listed.has(r)) out.push(r.key);
    }
  }
  return out;
}

const LABEL_KEYS = new WeakMap<TableSpec, ReadonlySet<string>>();

/** The label keys of a section's table (what its rows' `text` must hold), computed once per definition. */
function labels(section: SectionState): ReadonlySet<string> {
  const spec = section.table.spec;
  let keys = LABEL_KEYS.get(spec);
  if (!keys) LABEL_KEYS.set(spec, (keys = new Set(spec.labelColumns.map((l) => l.key))));
  return keys;
}

/** Whether an exact amount text is zero (or absent). */
function isZeroText(value: string | undefined): boolean {
  return value === undefined || /^-?0*(\.0*)?$/.test(value);
}

/** A function code's 类/款/项 digits (`2010301` → 201 | 03 | 01), for tables printing them apart. */
function splitFunctionCode(code: string): Record<string, string> {
  return { fnClass: code.slice(0, 3), fnItem: code.slice(3, 5), fnSection: code.slice(5, 7) };
}

/** Sum of prior-year figures (上年预算数 by default for T07) in 分, or null when none is given. */
export function priorSum(draft: Draft, keys: readonly string[], basis: 'budget' | 'actual' = 'budget'): number | null {
  const source = draft.prior[basis] ?? {};
  let total = 0;
  let any = false;
  for (const k of keys) {
    const text = source[k];
    if (text === undefined) continue;
    const c = toCents(text, draft.amountUnit);
    if (c === null) continue;
    total += c;
    any = true;
  }
  return any ? total : null;
}
