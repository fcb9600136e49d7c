/**
 * Classification catalogs (README “The two classifications”): 支出功能分类 (类/款/项 = 3/5/7 digits)
 * and 部门预算支出经济分类 (类/款 = 3/5 digits), for one year, loaded from data files.
 */
export type Scheme = 'function' | 'economic';

export interface CatalogEntry {
  code: string;
  name: string;
  /** Official explanation (科目说明), used for 名词解释; '' when not known. */
  description: string;
  /** 1 类, 2 款, 3 项. */
  level: number;
  parent: string | null;
  /** Economic 类 only: whose basic spending this class is (人员经费 / 公用经费). */
  basicKind?: 'personnel' | 'public';
  /** False when the row comes from memory, not a checked source. */
  verified: boolean;
  /** True for a code the draft adds itself (`catalogExtras`). */
  local?: boolean;
}

const FUNCTION_LENGTHS = [3, 5, 7];
const ECONOMIC_LENGTHS = [3, 5];

export function codeLengths(scheme: Scheme): readonly number[] {
  return scheme === 'function' ? FUNCTION_LENGTHS : ECONOMIC_LENGTHS;
}

/** Level of a code by its length (1 类, 2 款, 3 项), or 0 when the length fits no level. */
export function codeLevel(scheme: Scheme, code: string): number {
  return codeLengths(scheme).indexOf(code.length) + 1;
}

/** The codes of all levels above and including `code`: 2010301 → [201, 20103, 2010301]. */
export function codePath(scheme: Scheme, code: string): string[] {
  const out: string[] = [];
  for (const len of codeLengths(scheme)) if (len <= code.length) out.push(code.slice(0, len));
  return out;
}

export class Catalog {
  private readonly entries = new Map<string, CatalogEntry>();

  constructor(
    readonly scheme: Scheme,
    readonly year: number,
    entries: Iterable<CatalogEntry>,
  ) {
    for (const e of entries) this.entries.set(e.code, e);
  }

  get(code: string): CatalogEntry | undefined {
    return this.entries.get(code);
  }

  has(code: string): boolean {
    return this.entries.has(code);
  }

  name(code: string): string {
    return this.entries.get(code)?.name ?? '';
  }

  get size(): number {
    return this.entries.size;
  }

  all(): CatalogEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  /** Entries of one level (1 类 …), ordered by code. */
  level(level: number): CatalogEntry[] {
    return this.all().filter((e) => e.level === level);
  }

  /** 类 entry above a code. */
  classOf(code: string): CatalogEntry | undefined {
    return this.entries.get(code.slice(0, 3));
  }

  /** A copy with local codes added (draft `catalogExtras`); catalog rows win over local ones. */
  withExtras(extras: readonly { code: string; name: string; description?: string }[]): Catalog {
    const added: CatalogEntry[] = extras
      .filter((x) => !this.entries.has(x.code) && codeLevel(this.scheme, x.code) > 0)
      .map((x) => ({
        code: x.code,
        name: x.name,
        description: x.description ?? '',
        level: codeLevel(this.scheme, x.code),
        parent: parentCode(this.scheme, x.code),
        verified: false,
        local: true,
      }));
    if (added.length === 0) return this;
    return new Catalog(this.scheme, this.year, [...this.entries.values(), ...added]);
  }
}

export function parentCode(scheme: Scheme, code: string): string | null {
  const lengths = codeLengths(scheme);
  const i = lengths.indexOf(code.length);
  return i > 0 ? code.slice(0, lengths[i - 1]) : null;
}

/** The two catalogs a draft is checked against. */
export interface CatalogPair {
  year: number;
  function: Catalog;
  economic: Catalog;
}
