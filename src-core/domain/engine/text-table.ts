import { displayAmount, fromCents } from '../money/cents';
import type { DerivedRow, DerivedTable } from '../tables/derived';
import { fillPattern, type MaterializeContext } from './materialize';
import type { SectionState, TableState } from './pivot';
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
 * T11 项目支出绩效目标表: one block per project (its amounts and 总体目标), then one row per
 * indicator. A text table: amounts come from the engine's project rows; texts are printed as typed.
 */
export function buildTextTable(
  table: TableState,
  projectSums: SectionState,
  ctx: MaterializeContext,
  blocks: ProjectBlocks = new WeakMap(),
): DerivedTable {
  const { draft, layoutTable: lt } = ctx;
  const section = projectSums;
  const totalIdx = section.columnIndex.get('amount')!;
  const gpbIdx = section.columnIndex.get('gpb')!;
  const unitName = (code: string) => ctx.lookup.units.get(code)?.name ?? code;
  const rows: DerivedRow[] = [];
  for (const p of draft.projects) {
    const r = section.groupRows.get(`project:${p.code}`);
    const total = r?.cells[totalIdx] ?? 0;
    const gpb = r?.cells[gpbIdx] ?? 0;
    const unit = unitName(p.unit);
    // A project whose text, amounts and unit name did not change keeps its row objects: a keystroke
    // elsewhere rebuilds none of the tens of thousands of rows, and the screen sees them unchanged.
    const kept = blocks.get(p);
    if (
      kept &&
      kept.total === total &&
      kept.gpb === gpb &&
      kept.unit === unit &&
      kept.publishUnit === draft.publishUnit
    ) {
      for (const row of kept.rows) rows.push(row);
      continue;
    }
    const first = rows.length;
    rows.push({
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
      },
    });
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
    blocks.set(p, { total, gpb, unit, publishUnit: draft.publishUnit, rows: rows.slice(first) });
  }
  const empty = draft.projects.length === 0;
  return {
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
}
