import type { Fact } from './facts';

/** Indices of the attribute vocabularies (0: a value outside the vocabulary). */
export const STREAM_I: Record<string, number> = {
  expense: 0,
  income: 1,
  carryForward: 2,
  procurement: 3,
  // 决算 drafts (final-accounts.md): balance amounts and budget figures.
  opening: 4,
  surplusUsed: 5,
  distribution: 6,
  budgetInitial: 7,
  budgetAdjusted: 8,
};
export const SOURCE_I: Record<string, number> = {
  gpb: 1,
  gf: 2,
  soc: 3,
  special: 4,
  business: 5,
  operating: 6,
  superior: 7,
  subsidiary: 8,
  other: 9,
  unit: 10,
};
export const KIND_I: Record<string, number> = {
  personnel: 1,
  public: 2,
  project: 3,
  operating: 4,
  toSuperior: 5,
  toSubsidiary: 6,
};
export const PROC_I: Record<string, number> = { goods: 1, works: 2, services: 3 };
export const UNIT_TYPE_I: Record<string, number> = { admin: 1, civil: 2, institution: 3 };

/**
 * Codes interned as small integers, once per fact, so that every group of rows finds its rows by
 * array index instead of hashing the same code again in each table. Ids live as long as the pivot.
 */
export class CodeIds {
  readonly function = new Map<string, number>();
  readonly economic = new Map<string, number>();
  readonly unit = new Map<string, number>();
  readonly project = new Map<string, number>();
  /** The codes by id (the reverse of the maps above). */
  readonly functionCodes: string[] = [];
  readonly economicCodes: string[] = [];
  readonly unitCodes: string[] = [];
  readonly projectCodes: string[] = [];
  /** Ids of the current fact (set by `read`). */
  fn = 0;
  econ = 0;
  unitId = 0;
  proj = 0;

  // The codes of the fact read before, and their ids: lines of a unit or project come together,
  // and comparing with the last code is cheaper than hashing it again.
  private lastFunction = '';
  private lastFunctionId = -1;
  private lastEconomic = '';
  private lastEconomicId = -1;
  private lastUnit = '';
  private lastUnitId = -1;
  private lastProject = '';
  private lastProjectId = -1;

  read(f: Fact): void {
    const fn = f.function;
    if (fn !== this.lastFunction || this.lastFunctionId < 0) {
      this.lastFunctionId = intern(this.function, this.functionCodes, fn);
      this.lastFunction = fn;
    }
    this.fn = this.lastFunctionId;
    const econ = f.economic;
    if (econ !== this.lastEconomic || this.lastEconomicId < 0) {
      this.lastEconomicId = intern(this.economic, this.economicCodes, econ);
      this.lastEconomic = econ;
    }
    this.econ = this.lastEconomicId;
    const unit = f.unit;
    if (unit !== this.lastUnit || this.lastUnitId < 0) {
      this.lastUnitId = intern(this.unit, this.unitCodes, unit);
      this.lastUnit = unit;
    }
    this.unitId = this.lastUnitId;
    const project = f.project;
    if (project !== this.lastProject || this.lastProjectId < 0) {
      this.lastProjectId = intern(this.project, this.projectCodes, project);
      this.lastProject = project;
    }
    this.proj = this.lastProjectId;
  }

  /**
   * A 30-bit hash of the fact's signature (facts.ts `factSignature`) from the interned codes of the
   * fact last `read`: equal signatures hash equal while these ids live; collisions are possible.
   * (30 bits: a small integer, never boxed.)
   */
  signatureHash(f: Fact): number {
    let h = mixInt(0x811c9dc5, this.unitId);
    h = mixInt(h, this.fn);
    h = mixInt(h, this.econ);
    h = mixInt(h, this.proj);
    h = mixInt(h, vocabularyId(STREAM_I, f.stream));
    h = mixInt(h, vocabularyId(SOURCE_I, f.source));
    h = mixInt(h, vocabularyId(KIND_I, f.kind));
    h = mixInt(h, vocabularyId(PROC_I, f.procKind));
    return mixInt(h, f.carryover ? 1 : 0) & 0x3fffffff;
  }
}

function intern(map: Map<string, number>, codes: string[], code: string): number {
  let id = map.get(code);
  if (id === undefined) {
    id = codes.length;
    map.set(code, id);
    codes.push(code);
  }
  return id;
}

function mixInt(h: number, v: number): number {
  return Math.imul((h ^ v) + 0x7f4a7c15, 0x01000193) ^ (h >>> 15);
}

/** A known attribute value's index, or a hash of the text (unknown values still hash apart). */
function vocabularyId(vocabulary: Record<string, number>, value: string): number {
  const i = vocabulary[value];
  if (i !== undefined) return i;
  let h = 0x9e3779b9;
  for (let c = 0; c < value.length; c++) h = Math.imul(h ^ value.charCodeAt(c), 0x01000193);
  return h;
}
