import { displayAmount, fromCents } from '../money/cents';
import type { DerivedRow, DerivedTable } from '../tables/derived';
import { fillPattern, type MaterializeContext } from './materialize';
import type { RowState, SectionState, TableState } from './pivot';
import type { Project } from '../draft/types';
import type { AmountUnit } from '../money/units';

/**
 * The rows last built for each project (keyed by the project object, which an edit of the project
 * replaces) with what they were built from; shared across materializations by one engine. Rows are
 * handed out as they are: consumers never change a DerivedRow (舍位平衡 makes new ones).
 */
export type ProjectBlocks = WeakMap<
  Project,
  { total: number; gpb: number; unit: string; publishUnit: AmountUnit; rows: DerivedRow[] }
>;

/**
 * What the last T11 of one engine was built from, and which projects' sums changed since: a
 * keystroke changes the amounts of one or two projects, and T11 is then the last table with only
 * their blocks replaced (a copy of the row list, ~0.2 ms at 68,000 rows, instead of visiting every
 * project). Any change of the draft's head (projects, units, texts …) replaces the draft object and
 * the table is built again, reusing every unchanged block through `blocks`.
 */
export class TextTableMemo {
  readonly blocks: ProjectBlocks = new WeakMap();
  last: {
    draft: MaterializeContext['draft'];
    layoutTable: MaterializeContext['layoutTable'];
    table: DerivedTable;
    /** Index of each project's first row, or -1 for a code listed twice (then no patching). */
    start: Map<string, number>;
    project: Map<string, Project>;
  } | null = null;
  readonly dirty = new Set<string>();

  /** Notes the projects whose sums an edit touched (rows of the engine's projects section). */
  touched(rows: readonly RowState[], projectSums: SectionState): void {
    for (const r of rows) if (r.section === projectSums) this.dirty.add(r.code);
  }
}

/** Most changed projects patched into the last table; more are built again. */
const MAX_PATCHED = 64;

/**
 * T11 项目支出绩效目标表: one block per project (its amounts and 总体目标), then one row per
 * indicator. A text table: amounts come from the engine's project rows; texts are printed as typed.
 */
export function buildTextTable(
  table: TableState,
  projectSums: SectionState,
  ctx: MaterializeContext,
  memo: TextTableMemo = new TextTableMemo(),
): DerivedTable {
  const last = memo.last;
  if (last && last.draft === ctx.draft && last.layoutTable === ctx.layoutTable && memo.dirty.size <= MAX_PATCHED) {
    const patched = patchTextTable(last, projectSums, ctx, memo);
    if (patched) {
      memo.dirty.clear();
      last.table = patched;
      return patched;
    }
  }
  memo.dirty.clear();
  const { draft, layoutTable: lt } = ctx;
  const rows: DerivedRow[] = [];
  const start = new Map<string, number>();
  const project = new Map<string, Project>();
  for (const p of draft.projects) {
    start.set(p.code, start.has(p.code) ? -1 : rows.length);
    project.set(p.code, p);
    for (const row of projectBlock(p, projectSums, ctx, memo.blocks)) rows.push(row);
  }
  const empty = draft.projects.length === 0;
  const built: DerivedTable = {
    id: table.spec.id,
    variant: table.spec.variant,
    title: fillPattern(lt.title, draft),
    number: lt.number ?? '',
    unit: draft.publishUnit,
    labelColumns: [
      { key: 'unitName', title: '单位名称' },
      { key: 'projectName', title: '项目名称' },
      { key: 'goal', title: '总体目标' },
      { key: 'level1', title: '一级指标' },
      { key: 'level2', title: '二级指标' },
      { key: 'level3', title: '三级指标' },
      { key: 'op', title: '指标性质' },
      { key: 'value', title: '指标值' },
      { key: 'unit', title: '度量单位' },
      { key: 'weight', title: '权重' },
    ],
    columns: [
      { key: 'total', title: '项目金额', section: 'main', printed: true },
      { key: 'gpb', title: '其中：一般公共预算', section: 'main', printed: true },
    ],
    rows,
    notes: empty && lt.emptySentence ? [fillPattern(lt.emptySentence, draft)] : [],
    empty,
    columnNumbers: false,
  };
  memo.last = { draft, layoutTable: lt, table: built, start, project };
  return built;
}

/** The last table with the changed projects' blocks rebuilt, or null when that cannot be done in place. */
function patchTextTable(
  last: NonNullable<TextTableMemo['last']>,
  projectSums: SectionState,
  ctx: MaterializeContext,
  memo: TextTableMemo,
): DerivedTable | null {
  if (memo.dirty.size === 0) return last.table;
  let rows: DerivedRow[] | null = null;
  for (const code of memo.dirty) {
    const at = last.start.get(code);
    if (at === undefined) continue; // sums of a project the draft does not list: not in T11
    if (at < 0) return null;
    const p = last.project.get(code)!;
    const block = projectBlock(p, projectSums, ctx, memo.blocks);
    if (block.length !== p.indicators.length + 1) return null;
    if (block[0] === last.table.rows[at]) continue;
    rows ??= last.table.rows.slice();
    for (let i = 0; i < block.length; i++) rows[at + i] = block[i];
  }
  return rows ? { ...last.table, rows } : last.table;
}

/** One project's rows: kept from the last build while its text, amounts and unit name stay the same. */
function projectBlock(p: Project, section: SectionState, ctx: MaterializeContext, blocks: ProjectBlocks): DerivedRow[] {
  const { draft } = ctx;
  const totalIdx = section.columnIndex.get('amount')!;
  const gpbIdx = section.columnIndex.get('gpb')!;
  const r = section.groupRows.get(`project:${p.code}`);
  const total = r?.cells[totalIdx] ?? 0;
  const gpb = r?.cells[gpbIdx] ?? 0;
  const unit = ctx.lookup.units.get(p.unit)?.name ?? p.unit;
  // A project whose text, amounts and unit name did not change keeps its row objects: a keystroke
  // elsewhere rebuilds none of the tens of thousands of rows, and the screen sees them unchanged.
  const kept = blocks.get(p);
  if (kept && kept.total === total && kept.gpb === gpb && kept.unit === unit && kept.publishUnit === draft.publishUnit)
    return kept.rows;
  const rows: DerivedRow[] = [
    {
      key: `project:${p.code}`,
      code: p.code,
      name: p.name,
      level: 1,
      section: 'main',
      printed: true,
      values: {
        total: displayAmount(total, draft.publishUnit),
        gpb: displayAmount(gpb, draft.publishUnit),
      },
      exact: {
        total: fromCents(total, draft.publishUnit),
        gpb: fromCents(gpb, draft.publishUnit),
      },
      text: {
        unitName: unit,
        projectName: p.name,
        goal: p.goal ?? '',
        parent: p.parent ?? '',
        category: p.category ?? '',
        // Printed by the form per project (T11 `perProject`, Chongqing 表十).
        period: p.period ?? '',
        executionWeight: p.executionWeight === null || p.executionWeight === undefined ? '' : String(p.executionWeight),
      },
    },
  ];
  p.indicators.forEach((ind, i) => {
    rows.push({
      key: `project:${p.code}/ind:${i}`,
      code: '',
      name: ind.level3,
      level: 2,
      section: 'main',
      printed: true,
      values: {},
      exact: {},
      text: {
        level1: ind.level1,
        level2: ind.level2,
        level3: ind.level3,
        op: ind.op,
        value: ind.value,
        unit: ind.unit,
        weight: ind.weight === null || ind.weight === undefined ? '' : String(ind.weight),
      },
    });
  });
  blocks.set(p, { total, gpb, unit, publishUnit: draft.publishUnit, rows });
  return rows;
}
