import { codePath, type Catalog, type CatalogEntry, type Scheme } from '../domain/catalog/catalog';
import { normalizeFullWidth } from '../domain/money/parse-input';
import { comparable } from './cell-input';

/**
 * Finding a classification code while typing in a code cell: by code (“2010301”, “20103”) or by
 * name (“公务接待” → 30217 公务接待费). Only the level a line is booked at can be picked — 项 of
 * 支出功能分类, 款 of 经济分类 (docs/draft-format.md `expenses[]`) — and each hit carries the names
 * of the levels above it (类/款) so that the many 项 called “行政运行” can be told apart.
 *
 * A query is words separated by spaces; every word must be found, in the entry's name or in the
 * name of a 类/款 above it (“政府办公厅 行政运行” → 2010301). Leading digits are a code: the code
 * must start with them, and words after them must match too (“20103 行政” → 2010301).
 *
 * Ranking, best first: the exact code, codes starting with the query, then by the entry's own
 * name — equal to the query (or to one of its words), starting with it, containing it — then
 * entries found only through the names of their 类/款. Within a rank the caller's preference
 * decides (the 款 the draft already books, the 类 of the line's 支出类型), then code order.
 * Spacing, case and full-width forms are ignored.
 */

export type CodeMatch = 'code-exact' | 'code-prefix' | 'name-exact' | 'name-prefix' | 'name-contains' | 'parent-name';

const RANK: Record<CodeMatch, number> = {
  'code-exact': 0,
  'code-prefix': 1,
  'name-exact': 2,
  'name-prefix': 3,
  'name-contains': 4,
  'parent-name': 5,
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
  /**
   * Orders hits of the same rank: a higher number first (e.g. 1 for a 款 the draft already uses).
   * Called only for entries that match.
   */
  prefer?: (entry: CatalogEntry) => number;
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

/** A parsed query: the code digits it starts with, and its words (normalised). */
export interface CodeQuery {
  code?: string;
  words: string[];
}

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
    const q = parseCodeQuery(query);
    if (!q) return { hits: [], total: 0 };
    const found: { item: Indexed; match: CodeMatch; preference: number }[] = [];
    for (const item of indexed) {
      if (!item.selectable && !options.includeParents) continue;
      const match = matchEntry(item, q);
      if (match) found.push({ item, match, preference: options.prefer?.(item.entry) ?? 0 });
    }
    found.sort(
      (a, b) =>
        RANK[a.match] - RANK[b.match] ||
        b.preference - a.preference ||
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

/**
 * Splits a query into its leading code and its words: “2010301 行政运行” (as cells display a code),
 * “[2010301]行政运行”, “政府办公厅 行政运行”. Null when nothing was typed.
 */
export function parseCodeQuery(query: string): CodeQuery | null {
  const s = normalizeFullWidth(query).trim();
  if (s === '') return null;
  const m = /^[[【(]?(\d+)[\]】)]?[\s\-—:：、.]*(.*)$/s.exec(s);
  const rest = m ? m[2] : s;
  const words = rest
    .split(/\s+/)
    .map(comparable)
    .filter((w) => w !== '');
  return m ? { code: m[1], words } : { words };
}

function matchEntry(item: Indexed, q: CodeQuery): CodeMatch | null {
  if (q.code !== undefined) {
    const code = item.entry.code;
    const byCode = code === q.code ? 'code-exact' : code.startsWith(q.code) ? 'code-prefix' : null;
    if (!byCode) return null;
    return q.words.length === 0 || matchWords(item, q.words) ? byCode : null;
  }
  return matchWords(item, q.words);
}

/** Every word in the name or a 类/款 name; the rank says how the entry's own name relates to the words. */
function matchWords(item: Indexed, words: readonly string[]): CodeMatch | null {
  if (words.length === 0) return null;
  const inName: string[] = [];
  for (const w of words) {
    if (item.name.includes(w)) inName.push(w);
    else if (!item.pathNames.some((n) => n.includes(w))) return null;
  }
  if (inName.length === 0) return 'parent-name';
  if (words.join('') === item.name || inName.some((w) => w === item.name)) return 'name-exact';
  if (item.name.startsWith(inName[0]) || item.name.startsWith(words.join(''))) return 'name-prefix';
  return 'name-contains';
}
