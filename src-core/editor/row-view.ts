/**
 * 筛选 and 排序 of a grid's rows as a view: an ordered list of row ids drawn from the stored order,
 * which itself never changes. The view is built once when the officer chooses a filter or a sort
 * (one pass over the ids, then one sort of precomputed keys) and is then kept, like Excel's
 * AutoFilter: a row edited so that it no longer matches stays in view until the filter is chosen
 * again, rows added while the view is shown appear where they were added, a deleted row that comes
 * back through undo reappears in its place. Pure data, no DOM.
 */

/** The fields a view filters and sorts on, as the draft stores them. */
export interface ViewRow {
  unit: string;
  function: string;
  economic: string;
  kind: string;
  /** '' for a line without a project. */
  project: string;
  /** Decimal string (“2874600.00”). */
  amount: string;
}

export type SortKey = keyof ViewRow;

export interface RowSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Value of `RowFilter.project` that keeps the lines without a project. */
export const NO_PROJECT = '\u0000none';

/** Empty / absent fields do not filter. */
export interface RowFilter {
  unit?: string;
  /** Digits: the code starts with them (“201”, “30217”); other text: the code's name contains it (“公务接待”). */
  function?: string;
  economic?: string;
  kind?: string;
  /** A project code, or `NO_PROJECT`. */
  project?: string;
}

export interface ViewSpec {
  filter: RowFilter;
  sort: RowSort | null;
}

export const NO_VIEW: ViewSpec = { filter: {}, sort: null };

export interface ViewReader {
  row(id: string): ViewRow;
  /** Catalog name of a code, for filtering by name; '' when unknown. */
  codeName?(scheme: 'function' | 'economic', code: string): string;
  /** Order of the values of enum-like fields (units as listed in the draft, kinds as in the vocabulary); others sort after, by text. */
  order?: Partial<Record<SortKey, readonly string[]>>;
}

/** A built view: `order` the ids shown (removed ones are skipped when shown), `known` every id the view has decided about. */
export interface RowView {
  readonly spec: ViewSpec;
  readonly order: readonly string[];
  readonly known: ReadonlySet<string>;
}

export function isFiltered(filter: RowFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined && v.trim() !== '');
}

export function isViewActive(spec: ViewSpec): boolean {
  return spec.sort !== null || isFiltered(spec.filter);
}

/** Spacing and full-width forms ignored (“３０２” is 302). */
function normalize(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

type Test = (id: string, row: ViewRow) => boolean;

function codeTest(scheme: 'function' | 'economic', wanted: string, reader: ViewReader): Test | null {
  const q = normalize(wanted);
  if (q === '') return null;
  if (/^\d+$/.test(q)) return (_id, row) => row[scheme].startsWith(q);
  return (_id, row) => normalize(reader.codeName?.(scheme, row[scheme]) ?? '').includes(q);
}

/** One predicate for a filter (null: every row passes). */
export function rowPredicate(filter: RowFilter, reader: ViewReader): Test | null {
  const tests: Test[] = [];
  if (filter.unit) {
    const u = filter.unit;
    tests.push((_id, r) => r.unit === u);
  }
  if (filter.kind) {
    const k = filter.kind;
    tests.push((_id, r) => r.kind === k);
  }
  if (filter.project) {
    const p = filter.project === NO_PROJECT ? '' : filter.project;
    tests.push((_id, r) => r.project === p);
  }
  for (const scheme of ['function', 'economic'] as const) {
    const t = filter[scheme] ? codeTest(scheme, filter[scheme]!, reader) : null;
    if (t) tests.push(t);
  }
  if (tests.length === 0) return null;
  return (id, row) => tests.every((t) => t(id, row));
}

/**
 * Compares two decimal strings exactly (no floating point): “-1.5” < “0” < “2.10” = “2.1”.
 * Text that is not a plain decimal sorts after every number.
 */
export function compareDecimal(a: string, b: string): number {
  const x = decimalKey(a);
  const y = decimalKey(b);
  return compareKeys(x, y);
}

interface DecimalKey {
  bad: boolean;
  neg: boolean;
  int: string;
  frac: string;
}

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

function decimalKey(text: string): DecimalKey {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return { bad: true, neg: false, int: '', frac: '' };
  const int = m[2].replace(/^0+(?=\d)/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const zero = /^0$/.test(int) && frac === '';
  return { bad: false, neg: m[1] === '-' && !zero, int, frac };
}

function compareKeys(x: DecimalKey, y: DecimalKey): number {
  if (x.bad || y.bad) return Number(x.bad) - Number(y.bad);
  if (x.neg !== y.neg) return x.neg ? -1 : 1;
  let c = x.int.length - y.int.length || (x.int < y.int ? -1 : x.int > y.int ? 1 : 0);
  if (c === 0) {
    const len = Math.max(x.frac.length, y.frac.length);
    const fx = x.frac.padEnd(len, '0');
    const fy = y.frac.padEnd(len, '0');
    c = fx < fy ? -1 : fx > fy ? 1 : 0;
  }
  return x.neg ? -c : c;
}

/** Ids in the order of `sort` (stable: equal keys keep their stored order). Blank values sort last either way. */
export function sortIds(ids: readonly string[], sort: RowSort, reader: ViewReader): string[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const n = ids.length;
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  let cmp: (i: number, j: number) => number;
  if (sort.key === 'amount') {
    // Decimals of up to 15 significant digits convert to doubles exactly in order (distinct
    // values stay distinct, rounding is monotonic), so most rows compare as numbers; longer
    // ones, and ties with them, are compared digit by digit.
    const num = new Float64Array(n);
    const exact: (DecimalKey | null)[] = new Array(n).fill(null);
    for (let i = 0; i < n; i++) {
      const text = reader.row(ids[i]).amount;
      if (!PLAIN_DECIMAL.test(text)) num[i] = NaN;
      else {
        num[i] = Number(text);
        if (text.length - (text[0] === '-' ? 1 : 0) - (text.includes('.') ? 1 : 0) > 15) exact[i] = decimalKey(text);
      }
    }
    cmp = (i, j) => {
      const a = num[i];
      const b = num[j];
      if (a !== a || b !== b) return Number(a !== a) - Number(b !== b) || i - j; // NaN: not a number, last
      let c = a < b ? -1 : a > b ? 1 : 0;
      if ((exact[i] || exact[j]) && (c === 0 || Math.abs(a - b) <= Math.abs(a) * 1e-12)) {
        c = compareKeys(
          exact[i] ?? decimalKey(reader.row(ids[i]).amount),
          exact[j] ?? decimalKey(reader.row(ids[j]).amount),
        );
      }
      return sign * c || i - j;
    };
  } else {
    const key = sort.key;
    const ranks = new Map((reader.order?.[key] ?? []).map((v, i) => [v, i] as const));
    const values = ids.map((id) => reader.row(id)[key]);
    const rank = values.map((v) => ranks.get(v) ?? ranks.size);
    cmp = (i, j) => {
      const a = values[i];
      const b = values[j];
      if ((a === '') !== (b === '')) return a === '' ? 1 : -1;
      const c = rank[i] - rank[j] || (a < b ? -1 : a > b ? 1 : 0);
      return sign * c || i - j;
    };
  }
  index.sort(cmp);
  const out = new Array<string>(n);
  for (let k = 0; k < n; k++) out[k] = ids[index[k]];
  return out;
}

/** Builds the view of `ids` (stored order) for `spec`: one filtering pass, then the sort. */
export function buildView(ids: readonly string[], spec: ViewSpec, reader: ViewReader): RowView {
  const test = rowPredicate(spec.filter, reader);
  const kept = test ? ids.filter((id) => test(id, reader.row(id))) : [...ids];
  const order = spec.sort ? sortIds(kept, spec.sort, reader) : kept;
  return { spec, order, known: new Set(ids) };
}

/**
 * The ids the view shows now, given the stored ids: rows removed since are skipped (and come back
 * in their place if restored), rows the view has never seen (inserted, pasted, added in another
 * window) are shown before the nearest following stored row that the view shows, or at the end.
 * Returns the same `view` when nothing new appeared, else the view with the new rows placed.
 */
export function showView(
  view: RowView,
  stored: readonly string[],
  exists: (id: string) => boolean,
): { view: RowView; ids: string[] } {
  let next = view;
  let fresh = false;
  for (let i = 0; i < stored.length; i++) {
    if (!view.known.has(stored[i])) {
      fresh = true;
      break;
    }
  }
  if (fresh) next = placeNew(view, stored);
  const ids: string[] = [];
  for (const id of next.order) if (exists(id)) ids.push(id);
  return { view: next, ids };
}

function placeNew(view: RowView, stored: readonly string[]): RowView {
  const shown = new Set(view.order);
  const END = '';
  // For each shown row (or the end), the new ids to place before it, collected bottom-up.
  const before = new Map<string, string[]>();
  let anchor = END;
  for (let i = stored.length - 1; i >= 0; i--) {
    const id = stored[i];
    if (!view.known.has(id)) {
      const list = before.get(anchor);
      if (list) list.push(id);
      else before.set(anchor, [id]);
    } else if (shown.has(id)) {
      anchor = id;
    }
  }
  const order: string[] = [];
  const emitBefore = (key: string) => {
    const list = before.get(key);
    if (list) for (let k = list.length - 1; k >= 0; k--) order.push(list[k]);
  };
  for (const id of view.order) {
    emitBefore(id);
    order.push(id);
  }
  emitBefore(END);
  const known = new Set(view.known);
  for (const id of stored) known.add(id);
  return { spec: view.spec, order, known };
}
