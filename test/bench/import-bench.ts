import { performance } from 'node:perf_hooks';
import type { CatalogPair } from '../../src-core/domain/catalog/catalog';
import type { Draft } from '../../src-core/domain/draft/types';
import { analyzeImport } from '../../src-core/import/import-workbook';
import { applyImport } from '../../src-core/import/plan-import';
import { readWorkbook } from '../../src-core/import/read-workbook';
import { draftToTemplate } from '../../src-core/import/template';

/**
 * Import of a filled template (支出明细, 单位, 收入, 项目) of `draft`'s size into an empty draft of
 * the same department: read the .xlsx, validate every row, build the new draft. Median of `runs`.
 */
export async function benchImport(draft: Draft, catalogs: CatalogPair, runs = 3): Promise<void> {
  const bytes = await draftToTemplate(draft);
  const base: Draft = { ...draft, units: [], income: [], expenses: [], projects: [], procurement: [] };
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const rows: { read: number; validate: number; apply: number }[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    const wb = await readWorkbook(bytes, 'bench.xlsx');
    if (!wb.ok) throw new Error(wb.error);
    const t1 = performance.now();
    const preview = analyzeImport(wb.value, { base, catalogs });
    if (preview.problems.length > 0)
      throw new Error(`import bench: ${preview.problems.length} problems, first: ${preview.problems[0].message}`);
    const t2 = performance.now();
    const applied = applyImport(base, preview, { mode: 'replace', confirmed: true });
    if (!applied.ok) throw new Error(applied.error.join('\n'));
    const t3 = performance.now();
    rows.push({ read: t1 - t0, validate: t2 - t1, apply: t3 - t2 });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const total = median(rows.map((r) => r.read + r.validate + r.apply));
  console.log(
    `import ${draft.expenses.length} lines from the template (.xlsx ${(bytes.length / 1e6).toFixed(2)} MB): median total ${total.toFixed(0)} ms ` +
      `(read ${median(rows.map((r) => r.read)).toFixed(0)} ms, validate ${median(rows.map((r) => r.validate)).toFixed(0)} ms, apply ${median(rows.map((r) => r.apply)).toFixed(0)} ms; n=${runs})`,
  );
}
