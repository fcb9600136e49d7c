import { comparable } from './cell-input';
import type { EnumValue } from './grid-model';

/**
 * Finding the value of a list column while typing (单位, 支出类型, 资金来源, 上年结转, 项目):
 * “公用” → 公用经费, “大数据中心” → the unit whose name contains it, “167002” → that unit by its
 * code. Every word of the query must be found (in the label, the key or an alias); ranking, best
 * first: equal to the label, key or an alias; the label starting with the query; a key or alias
 * starting with it; the label containing it; a key or alias containing it; last, the label holding
 * the query's characters in order, as officers shorten names (“大数据中心” for 舟山市大数据发展中心;
 * three characters or more). Within a rank the
 * values keep the order the column lists them in. Spacing, case and full-width forms are ignored.
 */

export type ChoiceMatch =
  'exact' | 'label-prefix' | 'alias-prefix' | 'label-contains' | 'alias-contains' | 'label-abbreviation';

const RANK: Record<ChoiceMatch, number> = {
  exact: 0,
  'label-prefix': 1,
  'alias-prefix': 2,
  'label-contains': 3,
  'alias-contains': 4,
  'label-abbreviation': 5,
};

/** Shortest query read as an abbreviation: shorter ones would find too much. */
const ABBREVIATION_MIN = 3;

export interface ChoiceHit {
  value: EnumValue;
  /** Position of the value in the column's list. */
  index: number;
  match: ChoiceMatch;
}

/** The values matching `query`, best first; every value, in list order, for a blank query. */
export function searchChoices(values: readonly EnumValue[], query: string): ChoiceHit[] {
  const words = query
    .split(/\s+/)
    .map(comparable)
    .filter((w) => w !== '');
  const hits: ChoiceHit[] = [];
  values.forEach((value, index) => {
    if (words.length === 0) {
      hits.push({ value, index, match: 'exact' });
      return;
    }
    const match = matchValue(value, words);
    if (match) hits.push({ value, index, match });
  });
  if (words.length > 0) hits.sort((a, b) => RANK[a.match] - RANK[b.match] || a.index - b.index);
  return hits;
}

function matchValue(value: EnumValue, words: readonly string[]): ChoiceMatch | null {
  const label = comparable(value.label);
  const others = [value.key, ...(value.aliases ?? [])].map(comparable);
  const whole = words.join('');
  if (label === whole || others.includes(whole)) return 'exact';
  if (!words.every((w) => label.includes(w) || others.some((o) => o.includes(w)))) {
    return Array.from(whole).length >= ABBREVIATION_MIN && isAbbreviation(whole, label) ? 'label-abbreviation' : null;
  }
  if (label.startsWith(whole) || label.startsWith(words[0])) return 'label-prefix';
  if (others.some((o) => o.startsWith(whole))) return 'alias-prefix';
  if (words.every((w) => label.includes(w))) return 'label-contains';
  return 'alias-contains';
}

/** The characters of `short` appear in `long` in the same order (舟山市大数据发展中心 holds 大数据中心). */
function isAbbreviation(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    const found = long.indexOf(ch, at);
    if (found < 0) return false;
    at = found + ch.length;
  }
  return true;
}
