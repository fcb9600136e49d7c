import { codePath } from '../catalog/catalog';
import type { BudgetEngine } from '../engine/budget-engine';
import type { RowState, SectionState } from '../engine/pivot';
import type { Cents } from '../money/cents';
import type { RuleContext } from '../rules/context';
import type { Project } from '../draft/types';
import { CARRYOVER_SOURCES, CURRENT_SOURCES, SOURCE_NAMES, type CurrentSource } from '../draft/vocabulary';

/** An exact figure (in 分) with the name the text gives it. */
export interface Figure {
  key: string;
  name: string;
  cents: Cents;
}

/** A function-classification row (类/款/项) with its exact amount. */
export interface FunctionFigure {
  code: string;
  name: string;
  cents: Cents;
}

/**
 * The exact figures the report prints, read from the engine: its metrics and prior figures, its
 * internal aggregates, and the exact (unrounded) cells of the published tables. Nothing is summed
 * from the draft here that the engine already keeps, so the text and the tables share one
 * definition of every number (docs/architecture.md “Data, not code”).
 */
export class ReportFigures {
  readonly ctx: RuleContext;

  constructor(readonly engine: BudgetEngine) {
    this.ctx = engine.ruleContext;
  }

  metric(key: string): Cents {
    return this.ctx.metric(key);
  }

  prior(key: string): { cents: Cents; basis: 'actual' | 'budget' } | null {
    return this.ctx.prior(key);
  }

  /** A section of a published table's exact accumulators, or undefined when the layout lacks it. */
  section(tableId: string, sectionId: string): SectionState | undefined {
    return this.ctx.pivot.table(tableId)?.section(sectionId);
  }

  /** An exact cell of a published table (0 when the table, row or column is absent). */
  cell(tableId: string, sectionId: string, rowKey: string, column: string): Cents {
    const s = this.section(tableId, sectionId);
    if (!s) return 0;
    return cellOf(s, s.fixedByKey.get(rowKey) ?? s.groupRows.get(rowKey), column);
  }

  /** 本年收入 by source (every current source, zero ones included) and 上年结转结余. */
  incomeSources(): Figure[] {
    const units = auxRows(this.ctx, 'units');
    const sum = (col: string) => units.reduce((a, r) => a + cellOf(r.section, r, col), 0);
    const out: Figure[] = CURRENT_SOURCES.map((s: CurrentSource) => ({
      key: s,
      name: SOURCE_NAMES[s],
      cents: sum(`in|${s}|0`),
    }));
    out.push({
      key: 'carryover',
      name: '上年结转结余',
      cents: CARRYOVER_SOURCES.reduce((a, s) => a + sum(`in|${s}|1`), 0),
    });
    return out;
  }

  /** 年终结转结余 (结转下年) of the department. */
  carryForward(): Cents {
    const units = auxRows(this.ctx, 'units');
    return units.reduce((a, r) => a + cellOf(r.section, r, 'cf'), 0);
  }

  /**
   * Spending by use (按支出用途分类), every source, from T03's total row: 人员支出, 日常公用支出, 项目支出,
   * 事业单位经营支出, 对附属单位补助支出, 上缴上级支出.
   */
  expenseKinds(): Figure[] {
    const kinds: [string, string][] = [
      ['personnel', '人员支出'],
      ['public', '日常公用支出'],
      ['project', '项目支出'],
      ['operating', '事业单位经营支出'],
      ['toSubsidiary', '对附属单位补助支出'],
      ['toSuperior', '上缴上级支出'],
    ];
    const t03 = this.section('T03', 'main');
    return kinds.map(([key, name]) => ({
      key,
      name,
      cents: t03
        ? cellOf(t03, t03.fixedByKey.get('total'), key)
        : ['personnel', 'public', 'project'].includes(key)
          ? this.metric(key)
          : 0,
    }));
  }

  /** Every expense (all sources) by function 类, non-zero, in code order. */
  expenseClasses(): FunctionFigure[] {
    const byClass = new Map<string, Cents>();
    for (const r of auxRows(this.ctx, 'fnUsed')) {
      const cls = r.code.slice(0, 3);
      byClass.set(cls, (byClass.get(cls) ?? 0) + cellOf(r.section, r, 'amount'));
    }
    return this.named([...byClass].map(([code, cents]) => ({ code, cents })));
  }

  /** Function 项 used by any expense line (名词解释), in code order. */
  usedItems(): string[] {
    return auxRows(this.ctx, 'fnUsed')
      .filter((r) => cellOf(r.section, r, 'count') > 0)
      .map((r) => r.code)
      .sort();
  }

  /** 一般公共预算当年拨款 by function at one level (3 类, 5 款, 7 项), non-zero, in code order. */
  gpbByFunction(length: 3 | 5 | 7): FunctionFigure[] {
    return this.named(
      auxRows(this.ctx, 'fnGpb')
        .filter((r) => r.code.length === length)
        .map((r) => ({ code: r.code, cents: cellOf(r.section, r, 'amount') })),
    );
  }

  /** Group rows of a published table section at one code length, non-zero in `column`, in code order. */
  tableCodes(
    tableId: string,
    sectionId: string,
    length: number,
    column: string,
    scheme: 'function' | 'economic' = 'function',
  ): FunctionFigure[] {
    const s = this.section(tableId, sectionId);
    if (!s) return [];
    const rows = s.groupRowList.filter((r) => r.code.length === length && !r.unit);
    const catalog = scheme === 'function' ? this.engine.catalogs.function : this.engine.catalogs.economic;
    return rows
      .map((r) => ({ code: r.code, name: catalog.name(r.code) || r.code, cents: cellOf(s, r, column) }))
      .filter((f) => f.cents !== 0)
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  /**
   * The draft's projects with performance targets (绩效目标设置情况): how many, how many 一级项目 they
   * belong to, and their 一般公共预算当年拨款 (T10's 其中：一般公共预算 column). Which project rows to
   * add up is kept for the draft's list of projects (replaced, never changed in place, when projects
   * are edited) while no project row is added, so that an edit costs one addition per project row.
   */
  projectTargets(): ProjectTargets {
    const projects = this.engine.head.projects;
    const section = this.ctx.auxSection('projects');
    let chosen = targetRows.get(projects);
    if (!chosen || chosen.section !== section || chosen.shapeVersion !== section.shapeVersion) {
      chosen = chooseTargetRows(projects, section);
      targetRows.set(projects, chosen);
    }
    const column = section.columnIndex.get('gpb');
    let gpb = 0;
    if (column !== undefined) for (const row of chosen.rows) gpb += row.cells[column];
    return { count: chosen.count, parents: chosen.parents, all: chosen.count === projects.length, gpb };
  }

  /** “{类}（类）{款}（款）{项}（项）” of a 7-digit code. */
  itemPath(code: string): string {
    const fn = this.engine.catalogs.function;
    const [cls, kuan, item] = codePath('function', code);
    return `${fn.name(cls) || cls}（类）${fn.name(kuan) || kuan}（款）${fn.name(item) || item}（项）`;
  }

  private named(list: { code: string; cents: Cents }[]): FunctionFigure[] {
    const fn = this.engine.catalogs.function;
    return list
      .filter((f) => f.cents !== 0)
      .map((f) => ({ ...f, name: fn.name(f.code) || f.code }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
}

/** Group rows of an internal aggregate section, in the order they were created (not a copy). */
function auxRows(ctx: RuleContext, section: string): readonly RowState[] {
  return ctx.auxSection(section).groupRowList;
}

/** The figures of `ReportFigures.projectTargets`. */
export interface ProjectTargets {
  /** Projects with a goal or indicators. */
  count: number;
  /** Distinct 一级项目 (`parent`) they name. */
  parents: number;
  /** Every project has targets. */
  all: boolean;
  gpb: Cents;
}

/** A project has performance targets when it names a goal or lists indicators. */
export function hasTargets(project: Project): boolean {
  return project.indicators.length > 0 || (project.goal ?? '').trim() !== '';
}

interface TargetRows {
  section: SectionState;
  shapeVersion: number;
  rows: RowState[];
  count: number;
  parents: number;
}

/** The project rows of `projectTargets` per list of projects. */
const targetRows = new WeakMap<readonly Project[], TargetRows>();

function chooseTargetRows(projects: readonly Project[], section: SectionState): TargetRows {
  const withTargets = new Set<string>();
  const parents = new Set<string>();
  let count = 0;
  for (const project of projects) {
    if (!hasTargets(project)) continue;
    count += 1;
    withTargets.add(project.code);
    const parent = (project.parent ?? '').trim();
    if (parent !== '') parents.add(parent);
  }
  const rows = section.groupRowList.filter((row) => withTargets.has(row.code));
  return { section, shapeVersion: section.shapeVersion, rows, count, parents: parents.size };
}

function cellOf(s: SectionState, row: RowState | undefined, column: string): Cents {
  if (!row) return 0;
  const i = s.columnIndex.get(column);
  return i === undefined ? 0 : row.cells[i];
}
