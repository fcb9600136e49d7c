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
/**
 * Codes interned as small integers, once per fact, so that every group below finds its rows by
 * array index instead of hashing the same code again in each table.
 */
export class CodeIds {
  readonly function = new Map<string, number>();
  readonly economic = new Map<string, number>();
  readonly unit = new Map<string, number>();
  readonly project = new Map<string, number>();
  /** Ids of the current fact (set by `read`). */
  fn = 0;
  econ = 0;
  unitId = 0;
  proj = 0;

  read(f: Fact): void {
    this.fn = intern(this.function, f.function);
    this.econ = intern(this.economic, f.economic);
    this.unitId = intern(this.unit, f.unit);
    this.proj = intern(this.project, f.project);
  }
}

function intern(map: Map<string, number>, code: string): number {
  let id = map.get(code);
  if (id === undefined) {
    id = map.size;
    map.set(code, id);
  }
  return id;
}

/** A group of rows (by function, economic code, unit, project) and the row chains of its codes. */
export class GroupState {
  private readonly chains: RowState[][] = [];
  /** unitFunction groups: unit id → function id → rows. */
  private readonly unitChains: RowState[][][] = [];
  private readonly by: GroupRowSpec['by'];

  constructor(readonly section: SectionState, readonly spec: GroupRowSpec, readonly match: FactPredicate) {
    this.by = spec.by;
  }

  /** The rows a fact falls in, top-down (类 → 款 → 项, or unit → unit/类 → …), created on first use. */
  chain(f: Fact, ids: CodeIds): RowState[] {
    let list: RowState[][];
    let id: number;
    switch (this.by) {
      case 'function': list = this.chains; id = ids.fn; break;
      case 'economic': list = this.chains; id = ids.econ; break;
      case 'unit': list = this.chains; id = ids.unitId; break;
      case 'project': list = this.chains; id = ids.proj; break;
      default:
        list = this.unitChains[ids.unitId] ??= [];
        id = ids.fn;
    }
    let rows = list[id];
    if (!rows) {
      rows = this.section.createChain(this.spec, f);
      list[id] = rows;
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

  private topContainerRows: RowState[] | null = null;

  /** Fixed rows summing the top-level group rows (`sumOf: ['@top']`). */
  topContainers(): RowState[] {
    this.topContainerRows ??= this.fixedRows.filter((r) => r.fixed?.sumOf?.includes('@top'));
    return this.topContainerRows;
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
    if (this.groups.some((g) => g.spec === spec)) this.createChain(spec, f);
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

const STREAM_I: Record<string, number> = { expense: 0, income: 1, carryForward: 2, procurement: 3 };
const SOURCE_I: Record<string, number> = {
  gpb: 1, gf: 2, soc: 3, special: 4, business: 5, operating: 6, superior: 7, subsidiary: 8, other: 9, unit: 10,
};
const KIND_I: Record<string, number> = { personnel: 1, public: 2, project: 3, operating: 4, toSuperior: 5, toSubsidiary: 6 };
const PROC_I: Record<string, number> = { goods: 1, works: 2, services: 3 };
const UNIT_TYPE_I: Record<string, number> = { admin: 1, civil: 2, institution: 3 };

/**
 * The attributes filters read, as one number: facts equal in these are treated alike by every
 * section. Values outside the vocabularies share index 0 (no filter names them, so none matches).
 */
function profileKey(f: Fact, econId: number): number {
  const s = STREAM_I[f.stream] ?? 0;
  const src = SOURCE_I[f.source] ?? 0;
  const kind = KIND_I[f.kind] ?? 0;
  const proc = PROC_I[f.procKind] ?? 0;
  const ut = UNIT_TYPE_I[f.unitType] ?? 0;
  return (((((econId * 4 + s) * 11 + src) * 2 + (f.carryover ? 1 : 0)) * 7 + kind) * 4 + proc) * 4 + ut;
}

export class Pivot {
  readonly tables: TableState[];
  private readonly profiles = new Map<number, SectionMatch[]>();
  private readonly ids = new CodeIds();

  constructor(specs: readonly TableSpec[], readonly publishUnit: AmountUnit) {
    this.tables = specs.map((s) => new TableState(s));
  }

  table(id: string): TableState | undefined {
    return this.tables.find((t) => t.spec.id === id);
  }

  private profile(f: Fact): SectionMatch[] {
    const key = profileKey(f, this.ids.econ);
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
    const ids = this.ids;
    ids.read(f);
    const profile = this.profile(f);
    for (let p = 0; p < profile.length; p++) {
      const m = profile[p];
      const amountCols = m.amountCols;
      const countCols = m.countCols;
      const fixed = m.fixed;
      for (let i = 0; i < fixed.length; i++) addTo(fixed[i], amountCols, countCols, delta, sign, touched);
      const groups = m.groups;
      for (let g = 0; g < groups.length; g++) {
        const rows = groups[g].chain(f, ids);
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
