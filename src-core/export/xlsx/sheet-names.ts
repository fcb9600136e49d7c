/**
 * Worksheet names: the layout's `sheetName`, else 表号 + title (“表一 部门收支总表”). Excel allows
 * at most 31 characters and none of [ ] : * ? / \ ; those are replaced by their full-width forms,
 * which read the same in Chinese. Names are made unique (case-insensitively) with “(2)” ….
 */
export const MAX_SHEET_NAME = 31;

const FULL_WIDTH: Record<string, string> = {
  '[': '［',
  ']': '］',
  ':': '：',
  '*': '＊',
  '?': '？',
  '/': '／',
  '\\': '＼',
};

export function sanitizeSheetName(name: string, fallback: string): string {
  let s = name
    .replace(/[[\]:*?/\\]/g, (ch) => FULL_WIDTH[ch])
    .replace(/\p{Cc}/gu, '')
    .trim();
  s = s.replace(/^'+|'+$/g, '');
  s = truncate(s, MAX_SHEET_NAME).trim();
  if (!s || s.toLowerCase() === 'history') s = fallback;
  return s;
}

/** Unique names, in order: a repeated name gets “(2)”, “(3)” … within the length limit. */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let s = name;
    for (let n = 2; used.has(s.toLowerCase()); n++) {
      const suffix = `(${n})`;
      s = truncate(name, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    used.add(s.toLowerCase());
    return s;
  });
}

/** The first `max` UTF-16 units, never splitting a surrogate pair. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let t = s.slice(0, max);
  if (/[\ud800-\udbff]$/.test(t)) t = t.slice(0, -1);
  return t;
}
