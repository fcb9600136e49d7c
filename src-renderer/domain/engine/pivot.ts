import { assertSafe, toDisplaySteps } from '../money/cents';
import type { AmountUnit } from '../money/units';
import type { ColumnSpec, FixedRowSpec, GroupRowSpec, SectionSpec, TableSpec } from '../tables/spec';
import type { Fact } from './facts';
import { both, compileFilter, type FactPredicate } from './filter';

/**
 * The incremental derivation engine. Each table definition becomes accumulators (integer 分 per
 * row × column). A fact's contribution is compiled once per fact signature into a plan: the list
 * of accumulator slots it adds to. Adding, removing or changing a line is then a few dozen integer
 * additions; every cell of every table is current after each change (hyperformula-style: a
 * mutation returns which rows it touched, for the incremental rules).
 */
export class RowState {
  readonly children: RowState[] = [];
  readonly cells: number[];
  /** Each cell as displayed: integer steps of 0.01 in the publish unit (kept current). */
  readonly shown: number[];
  /** Sum of the children's displayed values (for the 尾差 check without visiting children). */
  readonly childShown: number[];
  /** Rows whose sum relation includes this row (its group parent, or `@top`/sumOf fixed rows). */
  readonly containers: RowState[] = [];

  constructor(
    readonly section: SectionState,
    readonly key: string,
    readonly kind: 'fixed' | 'group',
    /** Classification code (function/economic) or unit/project code for group rows. */
    readonly code: string,
    readonly level: number,
    readonly parent: RowState | null,
    readonly fixed: FixedRowSpec | null,
    readonly group: GroupRowSpec | null,
    /** Unit code of a unit block row (T03 unit blocks). */
    readonly unit: string,
  ) {
    this.cells = new Array<number>(section.columns.length).fill(0);
    this.shown = new Array<number>(section.columns.length).fill(0);
    this.childShown = new Array<number>(section.columns.length).fill(0);
  }

  isZero(): boolean {
    for (const c of this.cells) if (c !== 0) return false;
    return true;
  }
}

interface CompiledColumn { spec: ColumnSpec; index: number; match: FactPredicate; count: boolean }

export class SectionState {
  readonly columns: CompiledColumn[];
  readonly columnIndex = new Map<string, number>();
  readonly fixedRows: RowState[] = [];
  readonly fixedByKey = new Map<string, RowState>();
  /** Group rows by key, per group spec (index in spec.rows). */
  readonly groupRows = new Map<string, RowState>();
  readonly topRows = new Map<GroupRowSpec, RowState[]>();
  /** Sum of the displayed values of the top-level rows of each group. */
  readonly topShown = new Map<GroupRowSpec, number[]>();
  /** Bumps whenever a row is created, so that cached orderings know to refresh. */
  shapeVersion = 0;
  private readonly match: FactPredicate;
  private readonly fixedMatch: FactPredicate[] = [];
  private readonly groups: { spec: GroupRowSpec; match: FactPredicate }[] = [];

  constructor(readonly table: TableState, readonly spec: SectionSpec) {
    this.match = compileFilter(spec.filter);
    this.columns = spec.columns.map((c, index) => ({
      spec: c, index, count: c.key === 'count',
      // Prior columns take their value from the draft's prior figures, never from facts.
      match: c.prior ? () => false : compileFilter(c.filter),
    }));
    for (const c of this.columns) this.columnIndex.set(c.spec.key, c.index);
    for (const r of spec.rows) {
      if (r.type === 'fixed') {
        const row = new RowState(this, r.key, 'fixed', '', r.level ?? 0, null, r, null, '');
        this.fixedRows.push(row);
        this.fixedByKey.set(r.key, row);
        this.fixedMatch.push(compileFilter(r.filter));
      } else {
        this.groups.push({ spec: r, match: compileFilter(r.filter) });
        this.topRows.set(r, []);
        this.topShown.set(r, new Array<number>(this.columns.length).fill(0));
      }
    }
    // Sum relations among fixed rows: register containers.
    for (const row of this.fixedRows) {
      for (const part of row.fixed?.sumOf ?? []) {
        if (part === '@top') continue;
        this.fixedByKey.get(part)?.containers.push(row);
      }
    }
  }

  /** Fixed rows summing the top-level group rows (`sumOf: ['@top']`). */
  topContainers(): RowState[] {
    return this.fixedRows.filter((r) => r.fixed?.sumOf?.includes('@top'));
  }

  accepts(f: Fact): boolean {
    return this.match(f);
  }

  /** Adds to `out` every row the fact contributes to (creating group rows as needed). */
  collectRows(f: Fact, out: RowState[]): void {
    for (let i = 0; i < this.fixedRows.length; i++) if (this.fixedMatch[i](f)) out.push(this.fixedRows[i]);
    for (const g of this.groups) if (g.match(f)) this.collectGroup(g.spec, f, out);
  }

  /** Columns (indices) a fact contributes to, with whether the column counts lines. */
  matchingColumns(f: Fact): CompiledColumn[] {
    return this.columns.filter((c) => c.match(f));
  }

  private collectGroup(spec: GroupRowSpec, f: Fact, out: RowState[]): void {
    const chain = groupChain(spec, f);
    let parent: RowState | null = null;
    for (const link of chain) {
      let row = this.groupRows.get(link.key);
      if (!row) {
        row = new RowState(this, link.key, 'group', link.code, link.level, parent, null, spec, link.unit);
        this.groupRows.set(link.key, row);
        if (parent) {
          parent.children.push(row);
          row.containers.push(parent);
        } else {
          this.topRows.get(spec)!.push(row);
          row.containers.push(...this.topContainers());
        }
        this.shapeVersion++;
      }
      out.push(row);
      parent = row;
    }
  }

  /** Creates (zero) group rows for codes a layout lists even without data. */
  ensureGroupRow(spec: GroupRowSpec, f: Fact): void {
    this.collectGroup(spec, f, []);
  }

  groupSpecs(): GroupRowSpec[] {
    return this.groups.map((g) => g.spec);
  }
}

interface ChainLink { key: string; code: string; level: number; unit: string }

const chainCache = new Map<string, ChainLink[]>();

/** The rows of a group a fact falls in, top-down: 类 → 款 → 项, or unit → unit/类 → …. */
function groupChain(spec: GroupRowSpec, f: Fact): ChainLink[] {
  switch (spec.by) {
    case 'unit':
      return [{ key: spec.prefix + f.unit, code: f.unit, level: 1, unit: f.unit }];
    case 'project':
      return [{ key: spec.prefix + f.project, code: f.project, level: 1, unit: f.unit }];
    case 'function':
      return codeChain(spec.prefix, f.function, spec.levels ?? [3, 5, 7], 1, '');
    case 'economic':
      return codeChain(spec.prefix, f.economic, spec.levels ?? [3, 5], 1, '');
    case 'unitFunction': {
      const unitKey = spec.prefix + f.unit;
      return [
        { key: unitKey, code: f.unit, level: 1, unit: f.unit },
        ...codeChain(`${unitKey}/fn:`, f.function, spec.levels ?? [3, 5, 7], 2, f.unit),
      ];
    }
  }
}

function codeChain(prefix: string, code: string, levels: readonly number[], firstLevel: number, unit: string): ChainLink[] {
  const cacheKey = `${prefix}\u0000${code}\u0000${levels.join(',')}\u0000${firstLevel}`;
  const hit = chainCache.get(cacheKey);
  if (hit) return hit;
  const links: ChainLink[] = [];
  levels.forEach((len, i) => {
    if (code.length >= len) links.push({ key: prefix + code.slice(0, len), code: code.slice(0, len), level: firstLevel + i, unit });
  });
  // A code too short for any level still needs a row, or its amount would vanish from the table.
  if (links.length === 0) links.push({ key: prefix + code, code, level: firstLevel, unit });
  if (chainCache.size > 200_000) chainCache.clear();
  chainCache.set(cacheKey, links);
  return links;
}

export class TableState {
  readonly sections: SectionState[];

  constructor(readonly spec: TableSpec) {
    this.sections = spec.sections.map((s) => new SectionState(this, s));
  }

  section(id: string): SectionState | undefined {
    return this.sections.find((s) => s.spec.id === id);
  }
}

/** The compiled contribution of one fact signature. */
export interface Plan {
  /** Accumulator arrays and slot indices that receive the amount. */
  amountCells: number[][];
  amountSlots: number[];
  /** Accumulators that count lines (column key `count`). */
  countCells: number[][];
  countSlots: number[];
  /** Distinct rows touched, for the incremental rules (R-ROUND). */
  rows: RowState[];
}

export class Pivot {
  readonly tables: TableState[];
  private readonly plans = new Map<string, Plan>();

  constructor(specs: readonly TableSpec[], readonly publishUnit: AmountUnit) {
    this.tables = specs.map((s) => new TableState(s));
  }

  /** Brings the displayed values (and their sums in parents) of these rows up to date. */
  refreshShown(rows: readonly RowState[]): void {
    const unit = this.publishUnit;
    for (const row of rows) {
      const { cells, shown } = row;
      const up = row.parent ? row.parent.childShown : row.group ? row.section.topShown.get(row.group)! : null;
      for (let i = 0; i < cells.length; i++) {
        const s = toDisplaySteps(cells[i], unit);
        const d = s - shown[i];
        if (d !== 0) {
          shown[i] = s;
          if (up) up[i] += d;
        }
      }
    }
  }

  /** Recomputes every displayed value from scratch (after a full derivation). */
  refreshAllShown(): void {
    const all: RowState[] = [];
    for (const t of this.tables) {
      for (const s of t.sections) {
        for (const v of s.topShown.values()) v.fill(0);
        for (const r of [...s.fixedRows, ...s.groupRows.values()]) {
          r.shown.fill(0);
          r.childShown.fill(0);
          all.push(r);
        }
      }
    }
    this.refreshShown(all);
  }

  table(id: string): TableState | undefined {
    return this.tables.find((t) => t.spec.id === id);
  }

  planFor(signature: string, f: Fact): Plan {
    let plan = this.plans.get(signature);
    if (!plan) {
      plan = this.compile(f);
      this.plans.set(signature, plan);
    }
    return plan;
  }

  /** Adds (sign 1) or removes (sign -1) a fact. */
  apply(plan: Plan, cents: number, sign: 1 | -1): void {
    const delta = sign * cents;
    const { amountCells, amountSlots, countCells, countSlots } = plan;
    if (delta !== 0) {
      for (let i = 0; i < amountSlots.length; i++) amountCells[i][amountSlots[i]] += delta;
    }
    for (let i = 0; i < countSlots.length; i++) countCells[i][countSlots[i]] += sign;
  }

  /** Throws if any accumulator left the exact integer range (a broken invariant). */
  checkRange(plan: Plan): void {
    for (let i = 0; i < plan.amountSlots.length; i++) assertSafe(plan.amountCells[i][plan.amountSlots[i]]);
  }

  private compile(f: Fact): Plan {
    const plan: Plan = { amountCells: [], amountSlots: [], countCells: [], countSlots: [], rows: [] };
    const rows: RowState[] = [];
    for (const table of this.tables) {
      for (const section of table.sections) {
        if (!section.accepts(f)) continue;
        const cols = section.matchingColumns(f);
        if (cols.length === 0) continue;
        rows.length = 0;
        section.collectRows(f, rows);
        for (const row of rows) {
          plan.rows.push(row);
          for (const c of cols) {
            if (c.count) {
              plan.countCells.push(row.cells);
              plan.countSlots.push(c.index);
            } else {
              plan.amountCells.push(row.cells);
              plan.amountSlots.push(c.index);
            }
          }
        }
      }
    }
    return plan;
  }
}

export { both };
