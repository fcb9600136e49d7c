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
  /** Exact sums in 分: integers, exact in float64 below 2^53 (checked in refreshShown). */
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
    this.cells = zeros(section.columns.length);
    this.shown = zeros(section.columns.length);
    // Only group rows have children; fixed rows share one empty array.
    this.childShown = kind === 'group' ? zeros(section.columns.length) : NO_CHILDREN;
  }

  isZero(): boolean {
    for (const c of this.cells) if (c !== 0) return false;
    return true;
  }
}

const NO_CHILDREN: number[] = [];

/** A packed array of zeros (cheaper to allocate than a typed array, and as fast to add into). */
function zeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

interface CompiledColumn { spec: ColumnSpec; index: number; match: FactPredicate; count: boolean }

/** What one section does with facts of one attribute profile (memoised per profile). */
export interface SectionMatch {
  section: SectionState;
  amountCols: number[];
  countCols: number[];
  fixed: RowState[];
  groups: GroupState[];
}

/** A group of rows (by function, economic code, unit, project) and the row chains of its codes. */
export class GroupState {
  private readonly chains = new Map<string, RowState[]>();
  /** unitFunction groups: unit → function → rows. */
  private readonly unitChains = new Map<string, Map<string, RowState[]>>();
  private readonly pick: (f: Fact) => string;

  constructor(readonly section: SectionState, readonly spec: GroupRowSpec, readonly match: FactPredicate) {
    const by = spec.by;
    this.pick = by === 'function' ? (f) => f.function : by === 'economic' ? (f) => f.economic
      : by === 'unit' ? (f) => f.unit : (f) => f.project;
  }

  /** The rows a fact falls in, top-down (类 → 款 → 项, or unit → unit/类 → …), created on first use. */
  chain(f: Fact): RowState[] {
    let map = this.chains;
    let key: string;
    if (this.spec.by === 'unitFunction') {
      let m = this.unitChains.get(f.unit);
      if (!m) this.unitChains.set(f.unit, (m = new Map()));
      map = m;
      key = f.function;
    } else key = this.pick(f);
    let rows = map.get(key);
    if (!rows) {
      rows = this.section.createChain(this.spec, f);
      map.set(key, rows);
    }
    return rows;
  }
}

export class SectionState {
  readonly columns: CompiledColumn[];
  readonly columnIndex = new Map<string, number>();
  readonly fixedRows: RowState[] = [];
  readonly fixedByKey = new Map<string, RowState>();
  readonly groupRows = new Map<string, RowState>();
  readonly topRows = new Map<GroupRowSpec, RowState[]>();
  /** Sum of the displayed values of the top-level rows of each group. */
  readonly topShown = new Map<GroupRowSpec, number[]>();
  readonly groups: GroupState[] = [];
  /** Bumps whenever a row is created, so that cached orderings know to refresh. */
  shapeVersion = 0;
  private readonly match: FactPredicate;
  private readonly fixedMatch: FactPredicate[] = [];

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
        this.groups.push(new GroupState(this, r, compileFilter(r.filter)));
        this.topRows.set(r, []);
        this.topShown.set(r, zeros(this.columns.length));
      }
    }
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

  /** How this section treats facts like `f` (everything but the grouping codes), or null. */
  matchFor(f: Fact): SectionMatch | null {
    if (!this.match(f)) return null;
    const amountCols: number[] = [];
    const countCols: number[] = [];
    for (const c of this.columns) if (c.match(f)) (c.count ? countCols : amountCols).push(c.index);
    if (amountCols.length === 0 && countCols.length === 0) return null;
    const fixed = this.fixedRows.filter((_, i) => this.fixedMatch[i](f));
    const groups = this.groups.filter((g) => g.match(f));
    return { section: this, amountCols, countCols, fixed, groups };
  }

  createChain(spec: GroupRowSpec, f: Fact): RowState[] {
    const rows: RowState[] = [];
    let parent: RowState | null = null;
    for (const link of groupChain(spec, f)) {
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
      rows.push(row);
      parent = row;
    }
    return rows;
  }

  /** Creates (zero) group rows for codes a layout lists even without data. */
  ensureGroupRow(spec: GroupRowSpec, f: Fact): void {
    this.groups.find((g) => g.spec === spec)?.chain(f);
  }

  groupSpecs(): GroupRowSpec[] {
    return this.groups.map((g) => g.spec);
  }
}

interface ChainLink { key: string; code: string; level: number; unit: string }

/** The rows of a group a fact falls in, top-down. */
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
  const links: ChainLink[] = [];
  levels.forEach((len, i) => {
    if (code.length >= len) links.push({ key: prefix + code.slice(0, len), code: code.slice(0, len), level: firstLevel + i, unit });
  });
  // A code too short for any level still needs a row, or its amount would vanish from the table.
  if (links.length === 0) links.push({ key: prefix + code, code, level: firstLevel, unit });
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

function addTo(r: RowState, amountCols: number[], countCols: number[], delta: number, sign: number, touched: RowState[] | null): void {
  const cells = r.cells;
  for (let c = 0; c < amountCols.length; c++) cells[amountCols[c]] += delta;
  for (let c = 0; c < countCols.length; c++) cells[countCols[c]] += sign;
  if (touched) touched.push(r);
}

/** The attributes filters read; facts equal in these are treated alike by every section. */
function profileKey(f: Fact): string {
  return `${f.stream}|${f.source}|${f.carryover ? 1 : 0}|${f.kind}|${f.economic}|${f.procKind}|${f.unitType}`;
}

export class Pivot {
  readonly tables: TableState[];
  private readonly profiles = new Map<string, SectionMatch[]>();

  constructor(specs: readonly TableSpec[], readonly publishUnit: AmountUnit) {
    this.tables = specs.map((s) => new TableState(s));
  }

  table(id: string): TableState | undefined {
    return this.tables.find((t) => t.spec.id === id);
  }

  private profile(f: Fact): SectionMatch[] {
    const key = profileKey(f);
    let p = this.profiles.get(key);
    if (!p) {
      p = [];
      for (const t of this.tables) for (const s of t.sections) {
        const m = s.matchFor(f);
        if (m) p.push(m);
      }
      this.profiles.set(key, p);
    }
    return p;
  }

  /**
   * Adds (sign 1) or removes (sign -1) a fact: a few dozen integer additions. Rows touched are
   * appended to `touched` when given (for the displayed sums and the incremental 尾差 check).
   */
  apply(f: Fact, sign: 1 | -1, touched: RowState[] | null): void {
    const delta = sign * f.cents;
    const profile = this.profile(f);
    for (let p = 0; p < profile.length; p++) {
      const m = profile[p];
      const amountCols = m.amountCols;
      const countCols = m.countCols;
      const fixed = m.fixed;
      for (let i = 0; i < fixed.length; i++) addTo(fixed[i], amountCols, countCols, delta, sign, touched);
      const groups = m.groups;
      for (let g = 0; g < groups.length; g++) {
        const rows = groups[g].chain(f);
        for (let i = 0; i < rows.length; i++) addTo(rows[i], amountCols, countCols, delta, sign, touched);
      }
    }
  }

  /** Brings the displayed values (and their sums in parents) of these rows up to date. */
  refreshShown(rows: readonly RowState[]): void {
    const unit = this.publishUnit;
    for (const row of rows) {
      const { cells, shown } = row;
      const up = row.parent ? row.parent.childShown : row.group ? row.section.topShown.get(row.group)! : null;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (c > 9007199254740991 || c < -9007199254740991) assertSafe(c);
        const s = toDisplaySteps(c, unit);
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
}

export { both };
