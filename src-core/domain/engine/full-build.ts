import type { GroupBy } from '../tables/spec';
import type { CodeIds } from './code-ids';
import { emptyFact, type Fact } from './facts';
import { PairMap } from './pair-map';

import type { GroupState, RowState, SectionMatch } from './pivot';

/** A group of one section that facts of a profile fall in. */
export interface ProfileGroup {
  match: SectionMatch;
  group: GroupState;
}

/**
 * The sections facts of one attribute profile add to (everything filters read is part of the
 * profile, the economic code included), and what a full build has summed for it.
 */
export interface Profile {
  /** Order of first sight among the pivot's profiles. */
  readonly index: number;
  readonly matches: SectionMatch[];
  /** The profile's groups by what they group by. */
  readonly groups: Record<GroupBy, ProfileGroup[]>;
  /** The economic code of the profile's facts, and its id. */
  readonly economic: string;
  readonly econId: number;
  /** Full build only: sum of the profile's amounts and number of its facts, not yet in rows. */
  cents: number;
  lines: number;
}

/** Sums per profile × code for one kind of grouping, numbered in order of first sight. */
class CodeSums {
  readonly pairs = new PairMap(4096);
  readonly cents: number[] = [];
  readonly lines: number[] = [];
  readonly profiles: Profile[] = [];
  /** The code id. */
  readonly code: number[] = [];

  add(p: Profile, code: number, cents: number): void {
    const id = this.pairs.id(p.index, code);
    if (id === this.cents.length) {
      this.cents.push(cents);
      this.lines.push(1);
      this.profiles.push(p);
      this.code.push(code);
    } else {
      this.cents[id] += cents;
      this.lines[id]++;
    }
  }

  /** Adds sum `i` to the rows of its profile's groups by `by`, for the codes set in `f` and `ids`. */
  writeInto(i: number, by: 'function' | 'unit', f: Fact, ids: CodeIds): void {
    const cents = this.cents[i];
    const lines = this.lines[i];
    for (const { match, group } of this.profiles[i].groups[by]) addToChain(match, group.chain(f, ids), cents, lines);
  }
}

/**
 * A full derivation of many facts at once. Per fact it adds the amount to its profile, and to its
 * profile × function and profile × unit sums where the profile's sections group by those (the
 * economic code is part of the profile). `finish` then writes each sum into the fixed rows and the
 * deepest group rows once; the sections roll group rows up afterwards. Groupings with about as
 * many rows as facts (projects, unit × function, function × project) gain nothing from summing first: each fact goes
 * straight to its deepest row.
 *
 * Rows are created in the same order as fact by fact: sums are numbered in order of first sight,
 * and the first fact of a profile × code is the first fact of its rows.
 */
export class FullBuild {
  private readonly functions = new CodeSums();
  private readonly units = new CodeSums();

  /** Adds a fact of profile `p` whose codes `ids` has just read. */
  add(p: Profile, f: Fact, ids: CodeIds): void {
    const cents = f.cents;
    p.cents += cents;
    p.lines++;
    const g = p.groups;
    if (g.function.length > 0) this.functions.add(p, ids.fn, cents);
    if (g.unit.length > 0) this.units.add(p, ids.unitId, cents);
    for (let i = 0; i < g.project.length; i++)
      addToChain(g.project[i].match, g.project[i].group.chain(f, ids), cents, 1);
    for (let i = 0; i < g.unitFunction.length; i++)
      addToChain(g.unitFunction[i].match, g.unitFunction[i].group.chain(f, ids), cents, 1);
    for (let i = 0; i < g.functionProject.length; i++)
      addToChain(g.functionProject[i].match, g.functionProject[i].group.chain(f, ids), cents, 1);
    for (let i = 0; i < g.projectParent.length; i++)
      addToChain(g.projectParent[i].match, g.projectParent[i].group.chain(f, ids), cents, 1);
  }

  /** Writes the sums into the rows (creating group rows); `ids` serves as scratch. */
  finish(profiles: Iterable<Profile>, ids: CodeIds): void {
    const f = emptyFact();
    for (const p of profiles) {
      if (p.lines === 0) continue;
      for (const m of p.matches) {
        for (const r of m.fixed) addSums(r, m.amountCols, m.negCols, m.countCols, p.cents, p.lines);
        for (const r of m.fixedNeg) addSums(r, m.negCols, m.amountCols, m.countCols, p.cents, p.lines);
      }
      if (p.groups.economic.length > 0) {
        ids.econ = p.econId;
        f.economic = p.economic;
        for (const { match, group } of p.groups.economic) addToChain(match, group.chain(f, ids), p.cents, p.lines);
      }
      p.cents = 0;
      p.lines = 0;
    }
    for (let i = 0; i < this.functions.cents.length; i++) {
      const code = this.functions.code[i];
      ids.fn = code;
      f.function = ids.functionCodes[code];
      this.functions.writeInto(i, 'function', f, ids);
    }
    for (let i = 0; i < this.units.cents.length; i++) {
      const code = this.units.code[i];
      ids.unitId = code;
      f.unit = ids.unitCodes[code];
      this.units.writeInto(i, 'unit', f, ids);
    }
  }
}

/**
 * Adds sums to a chain of group rows: its deepest row when the section rolls its rows up after the
 * build, else every row.
 */
function addToChain(m: SectionMatch, rows: readonly RowState[], cents: number, lines: number): void {
  if (m.section.rollsUp) addSums(rows[rows.length - 1], m.amountCols, m.negCols, m.countCols, cents, lines);
  else for (const r of rows) addSums(r, m.amountCols, m.negCols, m.countCols, cents, lines);
}

/** Adds `cents` to the `plus` columns, subtracts it from the `minus` ones, counts `lines`. */
function addSums(r: RowState, plus: number[], minus: number[], counts: number[], cents: number, lines: number): void {
  const cells = r.cells;
  for (const c of plus) cells[c] += cents;
  for (const c of minus) cells[c] -= cents;
  for (const c of counts) cells[c] += lines;
}
