import { codePath, type Catalog, type CatalogEntry, type Scheme } from '../domain/catalog/catalog';
import { comparable } from './cell-input';

/**
 * Finding a classification code while typing in a code cell: by code (“2010301”, “20103”) or by
 * name (“公务接待” → 30217 公务接待费). Only the level a line is booked at can be picked — 项 of
 * 支出功能分类, 款 of 经济分类 (docs/draft-format.md `expenses[]`) — and each hit carries the names
 * of the levels above it (类/款) so that the many 项 called “行政运行” can be told apart.
 *
 * Ranking, best first: the exact code, codes starting with the query, names starting with it,
 * names containing it, then entries under a 类/款 whose name contains it; within a rank an exact
 * name comes first, then code order. Spacing, case and full-width forms are ignored.
 */

export type CodeMatch = 'code-exact' | 'code-prefix' | 'name-prefix' | 'name-contains' | 'parent-name';

const RANK: Record<CodeMatch, number> = {
  'code-exact': 0,
  'code-prefix': 1,
  'name-prefix': 2,
  'name-contains': 3,
  'parent-name': 4,
};

export interface CodeSearchHit {
  entry: CatalogEntry;
  /** The levels above the entry, 类 first (e.g. 201 一般公共服务支出, 20103 政府办公厅（室）及相关机构事务). */
  path: CatalogEntry[];
  /** True for the bookable level; parents only appear with `includeParents`, as context. */
  selectable: boolean;
  match: CodeMatch;
}

export interface CodeSearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Also list matching 类/款 (not selectable), e.g. to show a tree. Default false. */
  includeParents?: boolean;
}

export interface CodeSearchResult {
  hits: CodeSearchHit[];
  /** Hits before the limit, so the list can say how many more there are. */
  total: number;
}

/** The level lines are booked at: 项 (3) for 支出功能分类, 款 (2) for 经济分类. */
export function bookableLevel(scheme: Scheme): number {
  return scheme === 'function' ? 3 : 2;
}

interface Indexed {
  entry: CatalogEntry;
  name: string;
  path: CatalogEntry[];
  /** Normalised names of the levels above. */
  pathNames: string[];
  selectable: boolean;
}

export type CodeSearch = (query: string, options?: CodeSearchOptions) => CodeSearchResult;

/** Indexes a catalog once (names normalised, paths resolved); the returned function searches it. */
export function createCodeSearch(catalog: Catalog): CodeSearch {
  const leaf = bookableLevel(catalog.scheme);
  const indexed: Indexed[] = catalog.all().map((entry) => {
    const path = codePath(catalog.scheme, entry.code)
      .slice(0, -1)
      .map((c) => catalog.get(c))
      .filter((e): e is CatalogEntry => e !== undefined);
    return {
      entry,
      name: comparable(entry.name),
      path,
      pathNames: path.map((p) => comparable(p.name)),
      selectable: entry.level === leaf,
    };
  });

  return (query, options = {}) => {
    const limit = options.limit ?? 20;
    const q = parseQuery(query);
    if (!q) return { hits: [], total: 0 };
    const found: { item: Indexed; match: CodeMatch; exactName: boolean }[] = [];
    for (const item of indexed) {
      if (!item.selectable && !options.includeParents) continue;
      const match = q.code !== undefined ? matchCode(item.entry.code, q.code) : matchName(item, q.name);
      if (match) found.push({ item, match, exactName: q.name !== undefined && item.name === q.name });
    }
    found.sort(
      (a, b) =>
        RANK[a.match] - RANK[b.match] ||
        Number(b.exactName) - Number(a.exactName) ||
        (a.item.entry.code < b.item.entry.code ? -1 : a.item.entry.code > b.item.entry.code ? 1 : 0),
    );
    return {
      total: found.length,
      hits: found.slice(0, Math.max(0, limit)).map(({ item, match }) => ({
        entry: item.entry,
        path: item.path,
        selectable: item.selectable,
        match,
      })),
    };
  };
}

/** A query of digits (maybe followed by the name, as cells display “2010301 行政运行”) is a code query. */
function parseQuery(query: string): { code?: string; name?: string } | null {
  const q = comparable(query);
  if (q === '') return null;
  const m = /^[[【(]?(\d+)/.exec(q);
  if (m) return { code: m[1] };
  return { name: q };
}

function matchCode(code: string, q: string): CodeMatch | null {
  if (code === q) return 'code-exact';
  if (code.startsWith(q)) return 'code-prefix';
  return null;
}

function matchName(item: Indexed, q: string | undefined): CodeMatch | null {
  if (q === undefined) return null;
  if (item.name.startsWith(q)) return 'name-prefix';
  if (item.name.includes(q)) return 'name-contains';
  if (item.pathNames.some((n) => n.includes(q))) return 'parent-name';
  return null;
}
