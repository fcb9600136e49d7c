import { err, ok, type Result } from '../result';
import { Catalog, codeLevel, parentCode, type CatalogEntry, type CatalogPair, type Scheme } from './catalog';
import { parseCsvRecords } from './csv';

/**
 * Reads a catalog CSV (resources/catalogs/{scheme}-{year}.csv): columns code, name, description,
 * verified (yes/no), basicKind (economic 类), source. Rows with a bad code are reported, not kept.
 */
export function parseCatalogCsv(scheme: Scheme, year: number, text: string): Result<Catalog, string> {
  const parsed = parseCsvRecords(text);
  if (!parsed.ok) return parsed;
  const entries: CatalogEntry[] = [];
  const problems: string[] = [];
  parsed.value.forEach((row, i) => {
    const code = (row.code ?? '').trim();
    const level = codeLevel(scheme, code);
    if (!/^\d+$/.test(code) || level === 0) {
      problems.push(`第 ${i + 2} 行：科目编码“${code}”无效`);
      return;
    }
    const basicKind = (row.basicKind ?? '').trim();
    entries.push({
      code,
      name: (row.name ?? '').trim(),
      description: (row.description ?? '').trim(),
      level,
      parent: parentCode(scheme, code),
      verified: (row.verified ?? 'yes').trim() !== 'no',
      ...(basicKind === 'personnel' || basicKind === 'public' ? { basicKind } : {}),
    });
  });
  if (problems.length > 0) return err(problems.join('\n'));
  return ok(new Catalog(scheme, year, entries));
}

/** The built-in catalogs by year; a draft uses the newest year not after its own, else the oldest. */
export class CatalogRegistry {
  private readonly pairs: CatalogPair[];

  constructor(pairs: CatalogPair[]) {
    this.pairs = [...pairs].sort((a, b) => a.year - b.year);
    if (this.pairs.length === 0) throw new Error('没有可用的科目目录');
  }

  years(): number[] {
    return this.pairs.map((p) => p.year);
  }

  forYear(year: number): CatalogPair {
    let best = this.pairs[0];
    for (const p of this.pairs) if (p.year <= year) best = p;
    return best;
  }
}

/** Builds the registry from catalog files named `{function|economic}-{year}.csv`. */
export function buildCatalogRegistry(
  files: readonly { name: string; text: string }[],
): Result<CatalogRegistry, string> {
  const byYear = new Map<number, Partial<Record<Scheme, Catalog>>>();
  const problems: string[] = [];
  for (const file of files) {
    const m = /(function|economic)-(\d{4})\.csv$/.exec(file.name);
    if (!m) continue;
    const scheme = m[1] as Scheme;
    const year = Number(m[2]);
    const parsed = parseCatalogCsv(scheme, year, file.text);
    if (!parsed.ok) {
      problems.push(`${file.name}：${parsed.error}`);
      continue;
    }
    const slot = byYear.get(year) ?? {};
    slot[scheme] = parsed.value;
    byYear.set(year, slot);
  }
  if (problems.length > 0) return err(problems.join('\n'));
  const pairs: CatalogPair[] = [];
  for (const [year, slot] of byYear) {
    if (slot.function && slot.economic) pairs.push({ year, function: slot.function, economic: slot.economic });
  }
  if (pairs.length === 0) return err('没有找到完整的科目目录（需要同一年度的 function-YYYY.csv 和 economic-YYYY.csv）');
  return ok(new CatalogRegistry(pairs));
}
