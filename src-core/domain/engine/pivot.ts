import { assertSafe, toDisplaySteps } from '../money/cents';
import type { AmountUnit } from '../money/units';
import type { ColumnSpec, FixedRowSpec, GroupBy, GroupRowSpec, SectionSpec, TableSpec } from '../tables/spec';
import type { Fact } from './facts';
import { both, compileFilter, type FactPredicate } from './filter';
import { CodeIds, KIND_I, PROC_I, SOURCE_I, STREAM_I, UNIT_TYPE_I } from './code-ids';
import { FullBuild, type Profile, type ProfileGroup } from './full-build';

/**
 * The incremental derivation engine. Each table definition becomes accumulators (integer 分 per
 * row × column). A fact's contribution is compiled once per fact signature into a plan: the list
 * of accumulator slots it adds to. Adding, removing or changing a line is then a few dozen integer
 * additions; every cell of every table is current after each change (hyperformula-style: a
 * mutation returns which rows it touched, for the incremental rules).
 */
export class RowState {
  /**
   * Child rows (group rows only). Rows without children share one empty array: a 50,000-line
   * department has some 15,000 rows, most of them leaves; only the section adds children.
   */
  children: readonly RowState[] = NO_ROWS;
  /** Exact sums in 分: integers, exact in float64 below 2^53 (checked in refreshShown). */
  readonly cells: number[];
  /** Each cell as displayed: integer steps of 0.01 in the publish unit (kept current). */
  readonly shown: number[];
  /** Sum of the children's displayed values (for the 尾差 check without visiting children); empty without children. */
  childShown: number[] = NO_CELLS;
  /** Fixed rows whose `sumOf` names this fixed row (set up by the section). */
  readonly sumContainers: RowState[];
  /** Counts the changes of `cells` (a fact added or removed), so that what is made from them can be kept until the next. */
  stamp = 0;
  /** The published row last made from this row and what it was made from (materialize.ts). */
  made: unknown = null;

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
    this.sumContainers = kind === 'fixed' ? [] : (NO_ROWS as RowState[]);
  }

  /** Rows whose sum relation includes this row: its group parent, the `@top` rows, or `sumOf` fixed rows. */
  get containers(): readonly RowState[] {
    if (this.kind === 'fixed') return this.sumContainers;
    return this.parent ? [this.parent] : this.section.topContainers();
  }

  /** Adds a child row (the section does, when it creates the child). */
  addChild(child: RowState): void {
    if (this.children.length === 0) {
      this.children = [child];
      this.childShown = zeros(this.cells.length);
    } else (this.children as RowState[]).push(child);
  }

  isZero(): boolean {
    for (const c of this.cells) if (c !== 0) return false;
    return true;
  }
}

// Shared empty arrays (typed read-only; not frozen, so that they keep the elements kind of the others).
const NO_ROWS: readonly RowState[] = [];
const NO_CELLS: number[] = [];

let ZEROS: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/**
 * A packed array of n zeros (cheaper to allocate than a typed array, and as fast to add into): a
 * slice of a packed zero array, allocated once at its exact length (pushing grows it several times).
 */
function zeros(n: number): number[] {
  while (ZEROS.length < n) ZEROS = ZEROS.concat(ZEROS);
  return ZEROS.slice(0, n);
}

interface CompiledColumn {
  spec: ColumnSpec;
  index: number;
  match: FactPredicate;
  /** Facts the column subtracts (`ColumnSpec.subtract`), or null. */
  negate: FactPredicate | null;
  count: boolean;
}

/** What one section does with facts of one attribute profile (memoised per profile). */
export interface SectionMatch {
  section: SectionState;
  /** Columns the fact's amount adds to, and those it is subtracted from (`subtract`). */
  amountCols: number[];
  negCols: number[];
  countCols: number[];
  /** Fixed rows the fact adds to, and those it counts negatively in (`subtract`: columns swap roles). */
  fixed: RowState[];
  fixedNeg: RowState[];
  groups: GroupState[];
}

/** A group of rows (by function, economic code, unit, project) and the row chains of its codes. */
export class GroupState {
  private readonly chains: RowState[][] = [];
  /** unitFunction groups: unit id → function id → rows; functionProject: function id → project id → rows. */
  private readonly unitChains: RowState[][][] = [];
  private readonly by: GroupRowSpec['by'];

  constructor(
    readonly section: SectionState,
    readonly spec: GroupRowSpec,
    readonly match: FactPredicate,
  ) {
    this.by = spec.by;
  }

  /** The rows a fact falls in, top-down (类 → 款 → 项, or unit → unit/类 → …), created on first use. */
  chain(f: Fact, ids: CodeIds): RowState[] {
    let list: RowState[][];
    let id: number;
    switch (this.by) {
      case 'function':
        list = this.chains;
        id = ids.fn;
        break;
      case 'economic':
        list = this.chains;
        id = ids.econ;
        break;
      case 'unit':
        list = this.chains;
        id = ids.unitId;
        break;
      case 'project':
      case 'projectParent':
        list = this.chains;
        id = ids.proj;
        break;
      case 'functionProject':
        list = this.unitChains[ids.fn] ??= [];
        id = ids.proj;
        break;
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
  /** The group rows in order of creation (parents before their children). */
  readonly groupRowList: RowState[] = [];
  readonly topRows = new Map<GroupRowSpec, RowState[]>();
  /** Sum of the displayed values of the top-level rows of each group. */
  readonly topShown = new Map<GroupRowSpec, number[]>();
  readonly groups: GroupState[] = [];
  /** Bumps whenever a row is created, so that cached orderings know to refresh. */
  shapeVersion = 0;
  /**
   * Whether the group rows form one tree per group (no group's keys can collide with another's):
   * then a full derivation may add each fact to its deepest row only and roll the sums up once.
   */
  readonly rollsUp: boolean;
  private readonly match: FactPredicate;
  private readonly fixedMatch: FactPredicate[] = [];
  private readonly fixedNegate: (FactPredicate | null)[] = [];

  constructor(
    readonly table: TableState,
    readonly spec: SectionSpec,
  ) {
    this.match = compileFilter(spec.filter);
    this.columns = spec.columns.map((c, index) => ({
      spec: c,
      index,
      count: c.key === 'count',
      // Prior and figure columns take their value from the draft's figures, never from facts.
      match: c.prior || c.figure ? () => false : compileFilter(c.filter),
      negate: c.subtract ? compileFilter(c.subtract) : null,
    }));
    for (const c of this.columns) this.columnIndex.set(c.spec.key, c.index);
    for (const r of spec.rows) {
      if (r.type === 'fixed') {
        const row = new RowState(this, r.key, 'fixed', '', r.level ?? 0, null, r, null, '');
        this.fixedRows.push(row);
        this.fixedByKey.set(r.key, row);
        this.fixedMatch.push(compileFilter(r.filter));
        this.fixedNegate.push(r.subtract ? compileFilter(r.subtract) : null);
      } else {
        this.groups.push(new GroupState(this, r, compileFilter(r.filter)));
        this.topRows.set(r, []);
        this.topShown.set(r, zeros(this.columns.length));
      }
    }
    const prefixes = this.groups.map((g) => g.spec.prefix);
    this.rollsUp = prefixes.every((a, i) => prefixes.every((b, j) => i === j || !a.startsWith(b)));
    for (const row of this.fixedRows) {
      for (const part of row.fixed?.sumOf ?? []) {
        if (part === '@top') continue;
        this.fixedByKey.get(part)?.sumContainers.push(row);
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
    const negCols: number[] = [];
    const countCols: number[] = [];
    for (const c of this.columns) {
      if (!c.match(f)) continue;
      if (c.count) countCols.push(c.index);
      else if (c.negate?.(f)) negCols.push(c.index);
      else amountCols.push(c.index);
    }
    if (amountCols.length === 0 && negCols.length === 0 && countCols.length === 0) return null;
    const fixed: RowState[] = [];
    const fixedNeg: RowState[] = [];
    this.fixedRows.forEach((row, i) => {
      if (this.fixedMatch[i](f)) (this.fixedNegate[i]?.(f) ? fixedNeg : fixed).push(row);
    });
    const groups = this.groups.filter((g) => g.match(f));
    return { section: this, amountCols, negCols, countCols, fixed, fixedNeg, groups };
  }

  /** The rows of a group a fact falls in, top-down (created on first use). */
  createChain(spec: GroupRowSpec, f: Fact): RowState[] {
    const rows: RowState[] = [];
    switch (spec.by) {
      case 'unit':
        this.link(spec, rows, spec.prefix + f.unit, f.unit, 1, f.unit);
        break;
      case 'project':
        this.link(spec, rows, spec.prefix + f.project, f.project, 1, f.unit);
        break;
      case 'projectParent': {
        const parent = this.table.projectParent(f.project);
        this.link(spec, rows, spec.prefix + parent, parent, 1, f.unit);
        break;
      }
      case 'function':
        this.codeLinks(spec, rows, spec.prefix, f.function, spec.levels ?? [3, 5, 7], 1, '');
        break;
      case 'economic':
        this.codeLinks(spec, rows, spec.prefix, f.economic, spec.levels ?? [3, 5], 1, '');
        break;
      case 'unitFunction': {
        const unitKey = spec.prefix + f.unit;
        this.link(spec, rows, unitKey, f.unit, 1, f.unit);
        this.codeLinks(spec, rows, `${unitKey}/fn:`, f.function, spec.levels ?? [3, 5, 7], 2, f.unit);
        break;
      }
      case 'functionProject': {
        this.codeLinks(spec, rows, spec.prefix, f.function, spec.levels ?? [3, 5, 7], 1, '');
        const item = rows[rows.length - 1];
        this.link(spec, rows, `${item.key}/project:${f.project}`, f.project, item.level + 1, f.unit);
        break;
      }
    }
    return rows;
  }

  /** Appends the rows of a code's levels (类 → 款 → 项) below the rows already in `rows`. */
  private codeLinks(
    spec: GroupRowSpec,
    rows: RowState[],
    prefix: string,
    code: string,
    levels: readonly number[],
    firstLevel: number,
    unit: string,
  ): void {
    const before = rows.length;
    for (let i = 0; i < levels.length; i++) {
      const len = levels[i];
      if (code.length >= len) {
        const part = code.slice(0, len);
        this.link(spec, rows, prefix + part, part, firstLevel + i, unit);
      }
    }
    // A code too short for any level still needs a row, or its amount would vanish from the table.
    if (rows.length === before) this.link(spec, rows, prefix + code, code, firstLevel, unit);
  }

  /** Appends the row of `key` (created under the last row of `rows`, or at the top, if new). */
  private link(spec: GroupRowSpec, rows: RowState[], key: string, code: string, level: number, unit: string): void {
    const parent = rows.length > 0 ? rows[rows.length - 1] : null;
    let row = this.groupRows.get(key);
    if (!row) {
      row = new RowState(this, key, 'group', code, level, parent, null, spec, unit);
      this.groupRows.set(key, row);
      this.groupRowList.push(row);
      if (parent) parent.addChild(row);
      else this.topRows.get(spec)!.push(row);
      this.shapeVersion++;
    }
    rows.push(row);
  }

  /** Creates (zero) group rows for codes a layout lists even without data. */
  ensureGroupRow(spec: GroupRowSpec, f: Fact): void {
    if (this.groups.some((g) => g.spec === spec)) this.createChain(spec, f);
  }

  groupSpecs(): GroupRowSpec[] {
    return this.groups.map((g) => g.spec);
  }

  /**
   * Adds every group row's sums into its parent, deepest rows first (after a full derivation that
   * added each fact to its deepest row only). A parent is created before its children, so going
   * through the rows in reverse creation order finishes each row before it is added to its parent.
   */
  rollUp(): void {
    const rows = this.groupRowList;
    for (let i = rows.length - 1; i >= 0; i--) {
      const r = rows[i];
      const parent = r.parent;
      if (!parent) continue;
      const from = r.cells;
      const to = parent.cells;
      for (let c = 0; c < from.length; c++) to[c] += from[c];
    }
  }
}

/** The 一级项目 of a project code (its `parent`, or the project itself when it has none): T10A rows. */
export type ProjectParentOf = (project: string) => string;

export class TableState {
  readonly sections: SectionState[];

  constructor(
    readonly spec: TableSpec,
    readonly projectParent: ProjectParentOf = (project) => project,
  ) {
    this.sections = spec.sections.map((s) => new SectionState(this, s));
  }

  section(id: string): SectionState | undefined {
    return this.sections.find((s) => s.spec.id === id);
  }
}

function addTo(
  r: RowState,
  amountCols: number[],
  negCols: number[],
  countCols: number[],
  delta: number,
  sign: number,
  touched: RowState[] | null,
): void {
  const cells = r.cells;
  for (let c = 0; c < amountCols.length; c++) cells[amountCols[c]] += delta;
  for (let c = 0; c < negCols.length; c++) cells[negCols[c]] -= delta;
  for (let c = 0; c < countCols.length; c++) cells[countCols[c]] += sign;
  r.stamp++;
  if (touched) touched.push(r);
}

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
  return (((((econId * 16 + s) * 11 + src) * 2 + (f.carryover ? 1 : 0)) * 7 + kind) * 4 + proc) * 4 + ut;
}

export class Pivot {
  readonly tables: TableState[];
  private readonly profiles = new Map<number, Profile>();
  /** Interned codes of the fact last applied (shared with the duplicate index). */
  readonly ids = new CodeIds();
  /** The full derivation under way, between `beginBuild` and `endBuild`. */
  private build: FullBuild | null = null;
  /** Whether any fact has been applied (a full build must start from empty accumulators). */
  private applied = false;

  constructor(
    specs: readonly TableSpec[],
    readonly publishUnit: AmountUnit,
    projectParent?: ProjectParentOf,
  ) {
    this.tables = specs.map((s) => new TableState(s, projectParent));
  }

  table(id: string): TableState | undefined {
    return this.tables.find((t) => t.spec.id === id);
  }

  private profile(f: Fact): Profile {
    const key = profileKey(f, this.ids.econ);
    let p = this.profiles.get(key);
    if (!p) {
      const matches: SectionMatch[] = [];
      const groups: Record<GroupBy, ProfileGroup[]> = {
        function: [],
        economic: [],
        unit: [],
        project: [],
        unitFunction: [],
        functionProject: [],
        projectParent: [],
      };
      for (const t of this.tables)
        for (const s of t.sections) {
          const m = s.matchFor(f);
          if (!m) continue;
          matches.push(m);
          for (const group of m.groups) groups[group.spec.by].push({ match: m, group });
        }
      p = {
        index: this.profiles.size,
        matches,
        groups,
        economic: f.economic,
        econId: this.ids.econ,
        cents: 0,
        lines: 0,
      };
      this.profiles.set(key, p);
    }
    return p;
  }

  /**
   * Starts a full derivation into empty accumulators: until `endBuild`, `apply` only sums facts
   * per profile and code (full-build.ts), and cells are not current. `endBuild` writes the sums
   * into the rows and rolls group rows up to their parents.
   */
  beginBuild(): void {
    if (this.applied) throw new Error('beginBuild: the pivot already holds facts');
    this.build = new FullBuild();
  }

  endBuild(): void {
    const build = this.build;
    if (!build) return;
    this.build = null;
    build.finish(this.profiles.values(), this.ids);
    for (const t of this.tables) for (const s of t.sections) if (s.rollsUp) s.rollUp();
  }

  /**
   * Adds (sign 1) or removes (sign -1) a fact: a few dozen integer additions. Rows touched are
   * appended to `touched` when given (for the displayed sums and the incremental 尾差 check).
   */
  apply(f: Fact, sign: 1 | -1, touched: RowState[] | null): void {
    const delta = sign * f.cents;
    const ids = this.ids;
    ids.read(f);
    this.applied = true;
    if (this.build) {
      if (sign !== 1 || touched) throw new Error('apply: a full build only adds facts');
      this.build.add(this.profile(f), f, ids);
      return;
    }
    const profile = this.profile(f).matches;
    for (let p = 0; p < profile.length; p++) {
      const m = profile[p];
      const amountCols = m.amountCols;
      const negCols = m.negCols;
      const countCols = m.countCols;
      const fixed = m.fixed;
      for (let i = 0; i < fixed.length; i++) addTo(fixed[i], amountCols, negCols, countCols, delta, sign, touched);
      // A row that subtracts the fact: the columns' roles swap.
      const fixedNeg = m.fixedNeg;
      for (let i = 0; i < fixedNeg.length; i++)
        addTo(fixedNeg[i], negCols, amountCols, countCols, delta, sign, touched);
      const groups = m.groups;
      for (let g = 0; g < groups.length; g++) {
        const rows = groups[g].chain(f, ids);
        for (let i = 0; i < rows.length; i++) addTo(rows[i], amountCols, negCols, countCols, delta, sign, touched);
      }
    }
  }

  /** Brings the displayed values (and their sums in parents) of these rows up to date. */
  refreshShown(rows: readonly RowState[]): void {
    for (let r = 0; r < rows.length; r++) this.refreshRow(rows[r]);
  }

  private refreshRow(row: RowState): void {
    const unit = row.section.table.spec.unit ?? this.publishUnit;
    const { cells, shown } = row;
    let up: number[] | null | undefined;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c === 0 && shown[i] === 0) continue;
      if (c > 9007199254740991 || c < -9007199254740991) assertSafe(c);
      const s = toDisplaySteps(c, unit);
      const d = s - shown[i];
      if (d !== 0) {
        shown[i] = s;
        up ??= row.parent ? row.parent.childShown : row.group ? row.section.topShown.get(row.group)! : null;
        if (up) up[i] += d;
      }
    }
  }

  /** Recomputes every displayed value from scratch (after a full derivation). */
  refreshAllShown(): void {
    for (const t of this.tables) {
      for (const s of t.sections) {
        s.topShown.forEach((v) => v.fill(0));
        for (const r of s.fixedRows) {
          r.shown.fill(0);
          r.childShown.fill(0);
        }
        for (const r of s.groupRowList) {
          r.shown.fill(0);
          r.childShown.fill(0);
        }
      }
    }
    for (const t of this.tables) {
      for (const s of t.sections) {
        this.refreshShown(s.fixedRows);
        this.refreshShown(s.groupRowList);
      }
    }
  }
}

export { both };
