import { performance } from 'node:perf_hooks';
import { loadNodeResources } from '../../src-main/cli/node-resources';
import { loadDraftText } from '../../src-core/domain/draft/load';
import { saveDraftText } from '../../src-core/domain/draft/save';
import { BudgetEngine } from '../../src-core/domain/engine/budget-engine';
import type { ExpenseLine } from '../../src-core/domain/draft/types';
import { writeXlsx } from '../../src-core/export/xlsx/workbook-writer';
import { rng, syntheticDraft } from './synthetic';
import { benchImport } from './import-bench';
import { benchReportPdf } from './pdf-bench';
import { benchFinal } from './final-bench';

/**
 * npm run bench — prints timings (never asserted by tests). Sizes: 5,000 and 50,000 expense lines
 * of a 100-unit synthetic department. Percentiles over repeated single-line changes.
 */
const resources = loadNodeResources();
// Optional filters: `--only engine` (derivation and line changes, no export/report/file), `--only final`
// (the 决算 drafts alone, final-bench.ts), `--size 50000`, `--layout national`. Default: everything,
// the 决算 after the 预算.
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const engineOnly = arg('only') === 'engine';
const finalOnly = arg('only') === 'final';
const layoutIds = arg('layout') ? [arg('layout')!] : ['national', 'zhejiang'];
const sizes = arg('size') ? [Number(arg('size'))] : [5_000, 50_000];

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const ms = (x: number) => `${x.toFixed(3)} ms`;
function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
}
/** Collects the previous run's garbage before a timed run, when node runs with --expose-gc. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function repeatAsync(n: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    collect();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return percentile(times, 50);
}

function repeat(n: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    collect();
    times.push(time(fn)[1]);
  }
  return percentile(times, 50);
}

console.log(
  `Node ${process.version}, ${new Date().toISOString()}${(globalThis as { gc?: unknown }).gc ? ', --expose-gc' : ''}`,
);
for (const size of finalOnly ? [] : sizes) {
  for (const layoutId of layoutIds) {
    const catalogs = resources.catalogs.forYear(2025);
    const layout = resources.layouts.get(layoutId)!;
    const draft = syntheticDraft(catalogs, { units: 100, lines: size });
    console.log(
      `\n== ${draft.expenses.length} expense lines, ${draft.units.length} units, ${draft.projects.length} projects, layout ${layoutId}`,
    );

    // Warm-up run (JIT), then measured runs of the full derivation.
    new BudgetEngine(draft, { catalogs, layout });
    const full: number[] = [];
    let engine!: BudgetEngine;
    for (let i = 0; i < 7; i++) {
      engine = undefined as unknown as BudgetEngine;
      collect();
      const [e, t] = time(() => new BudgetEngine(draft, { catalogs, layout }));
      engine = e;
      full.push(t);
    }
    const [, tMat] = time(() => engine.tables());
    console.log(
      `full derivation + all rules: median ${ms(percentile(full, 50))}, min ${ms(Math.min(...full))}, max ${ms(Math.max(...full))} (n=${full.length}, heap collected before each run)`,
    );
    console.log(
      `materialize all ${engine.tables().length} tables as JSON: ${ms(tMat)}; findings: ${engine.findings().length}; status ${JSON.stringify(engine.status())}`,
    );

    const next = rng(7);
    const ids = engine.lineIds('expense');
    const amountTimes: number[] = [];
    const codeTimes: number[] = [];
    const withTables: number[] = [];
    const n = 1000;
    for (let i = 0; i < n; i++) {
      const id = ids[Math.floor(next() * ids.length)];
      const line = engine.line('expense', id)!;
      const changed: ExpenseLine = { ...line, amount: (Math.floor(next() * 1e8) / 100).toFixed(2) };
      amountTimes.push(
        time(() => {
          engine.setLine('expense', id, changed);
          engine.status();
        })[1],
      );
      engine.setLine('expense', id, line);
    }
    const codes = resources.catalogs
      .forYear(2025)
      .function.level(3)
      .map((e) => e.code);
    for (let i = 0; i < n; i++) {
      const id = ids[Math.floor(next() * ids.length)];
      const line = engine.line('expense', id)!;
      const changed: ExpenseLine = { ...line, function: codes[Math.floor(next() * codes.length)] };
      codeTimes.push(
        time(() => {
          engine.setLine('expense', id, changed);
          engine.status();
        })[1],
      );
      engine.setLine('expense', id, line);
    }
    for (let i = 0; i < 50; i++) {
      const id = ids[Math.floor(next() * ids.length)];
      const line = engine.line('expense', id)!;
      withTables.push(
        time(() => {
          engine.setLine('expense', id, { ...line, amount: '1.00' });
          engine.tables();
        })[1],
      );
      engine.setLine('expense', id, line);
    }
    const report = (label: string, xs: number[]) =>
      console.log(
        `${label}: p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}, max ${ms(Math.max(...xs))} (n=${xs.length})`,
      );
    report('one line amount change → all tables + findings current', amountTimes);
    report('one line function-code change → all tables + findings current', codeTimes);
    report('one line change + materialize every table as JSON', withTables);
    if (engineOnly) continue;

    // Excel export: tables as derived → .xlsx bytes (engine.tables() included), plain and with 舍位平衡.
    const exportOnce = (balanceRounding: boolean) =>
      writeXlsx({ draft: engine.draft, layout, tables: engine.tables() }, { balanceRounding });
    const bytes = await exportOnce(false);
    const tExport = await repeatAsync(3, () => exportOnce(false));
    const tBalanced = await repeatAsync(3, () => exportOnce(true));
    const cells = engine
      .tables()
      .reduce(
        (n, t) =>
          n +
          t.rows.filter((r) => r.printed).length * (t.labelColumns.length + t.columns.filter((c) => c.printed).length),
        0,
      );
    console.log(
      `xlsx export (${engine.tables().length + 1} sheets, ${cells} table cells): median ${ms(tExport)}, file ${(bytes.length / 1e6).toFixed(2)} MB; with 舍位平衡 median ${ms(tBalanced)} (n=3)`,
    );

    if (layoutId === 'zhejiang') {
      // Printed report: document model + HTML (median of 3), then the PDF through Chromium (pdf-bench.ts).
      await benchReportPdf(engine);

      const text = saveDraftText(draft);
      const tSave = repeat(5, () => saveDraftText(draft));
      const tLoad = repeat(5, () => loadDraftText(text));
      console.log(
        `draft file ${(text.length / 1e6).toFixed(1)} MB: load+validate ${ms(tLoad)}, save ${ms(tSave)} (median of 5)`,
      );
      await benchImport(draft, catalogs, { budgetSystemShapes: layoutId === layoutIds[0] });
    }
  }
}

// 部门决算 drafts of the same sizes (final-bench.ts): derivation, edits, check, import.
if (!engineOnly || finalOnly) await benchFinal(sizes);
