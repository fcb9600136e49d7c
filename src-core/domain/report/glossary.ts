import { codePath } from '../catalog/catalog';
import type { CatalogPair } from '../catalog/catalog';
import { err, ok, type Result } from '../result';

/** A standard 名词解释 term (resources/glossary/standard-terms.json), with where its wording comes from. */
export interface StandardTerm {
  term: string;
  definition: string;
  source: string;
}

/** One printed 名词解释 entry: the term and its explanation. */
export interface GlossaryEntry {
  term: string;
  definition: string;
  code?: string;
}

/**
 * Reads the standard terms file: `{ terms: [{ term, definition, source }] }`. Every term needs all
 * three (a definition without a source is not publishable); problems are listed in Chinese.
 */
export function parseStandardTerms(text: string): Result<StandardTerm[], string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return err(`名词解释文件不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）`);
  }
  const terms = (raw as { terms?: unknown })?.terms;
  if (!Array.isArray(terms)) return err('名词解释文件缺少 terms 数组');
  const problems: string[] = [];
  const out: StandardTerm[] = [];
  terms.forEach((t: unknown, i) => {
    const x = (t ?? {}) as Record<string, unknown>;
    const missing = (['term', 'definition', 'source'] as const).filter(
      (k) => typeof x[k] !== 'string' || (x[k] as string).trim() === '',
    );
    if (missing.length > 0) problems.push(`terms[${i}] 缺少 ${missing.join('、')}`);
    else out.push({ term: x.term as string, definition: x.definition as string, source: x.source as string });
  });
  return problems.length > 0 ? err(problems.join('\n')) : ok(out);
}

/** Shown instead of a missing 科目说明 (R-TEXT warns about it). */
export const MISSING_DESCRIPTION = '（科目说明待补充）';

/**
 * 名词解释 (docs/report.md 第四部分): the standard terms, then one entry per function 项 used,
 * “{类名}（类）{款名}（款）{项名}（项）：{科目说明}”.
 */
export function glossaryEntries(
  standard: readonly StandardTerm[],
  usedItems: readonly string[],
  catalogs: CatalogPair,
): GlossaryEntry[] {
  const fn = catalogs.function;
  const out: GlossaryEntry[] = standard.map((t) => ({ term: t.term, definition: t.definition }));
  for (const code of usedItems) {
    const [cls, kuan, item] = codePath('function', code);
    if (!item) continue;
    const term = `${fn.name(cls) || cls}（类）${fn.name(kuan) || kuan}（款）${fn.name(item) || item}（项）`;
    out.push({ term, definition: fn.get(code)?.description || MISSING_DESCRIPTION, code });
  }
  return out;
}
