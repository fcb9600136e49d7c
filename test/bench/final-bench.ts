// The 决算 engine at 5,000 and 50,000 expense lines: full derivation of F01–F09 with every rule,
// then one-line changes (amount, function code, a balance) with every table and finding current.
// Then `check` (the findings as the CLI lists them) and the import of the draft's lines from the
// 决算 template (.xlsx → validated preview → new draft). Prints numbers only. Standalone:
// `npx tsx test/bench/final-bench.ts [--size 50000]`; `npm run bench` runs it after the 预算
// (`npm run bench -- --only final` alone).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FinalDraft, FinalExpenseLine } from '../../src-core/domain/draft/types';
import type { CatalogPair } from '../../src-core/domain/catalog/catalog';
import { importFinalFile } from '../../src-core/import/final-import-file';
import { finalDraftToTemplate } from '../../src-core/import/final-template';
import { FinalEngine } from '../../src-core/domain/final/final-engine';
import { buildFinalLayouts } from '../../src-core/domain/final/layout';
import { loadNodeResources, RESOURCES_DIR } from '../../src-main/cli/node-resources';
import { syntheticFinalDraft } from './final-synthetic';
import { rng } from './synthetic';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
};
const collect = () => (globalThis as { gc?: () => void }).gc?.();

export async function benchFinal(sizes: readonly number[] = [5_000, 50_000]): Promise<void> {
  const resources = loadNodeResources();
  const dir = join(RESOURCES_DIR, 'final-layouts');
  const built = buildFinalLayouts(
    readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  );
  if (!built.ok) throw new Error(built.error);
  const layout = built.value.get('final-national')!;
  const catalogs = resources.catalogs.forYear(2024);
  for (const size of sizes) {
    const draft = syntheticFinalDraft(catalogs, { units: 100, lines: size });
    console.log(
      `\n== 决算 ${draft.expenses.length} expense lines, ${draft.income.length} income lines, ${draft.balances.length} balances, ${draft.units.length} units, layout final-national`,
    );
    new FinalEngine(draft, { catalogs, layout }); // warm-up (JIT)
    const full: number[] = [];
    let engine!: FinalEngine;
    for (let i = 0; i < 7; i++) {
      engine = undefined as unknown as FinalEngine;
      collect();
      const [e, t] = time(() => new FinalEngine(draft, { catalogs, layout }));
      engine = e;
      full.push(t);
    }
    const [, tMat] = time(() => engine.tables());
    console.log(
      `full derivation + all rules: median ${ms(percentile(full, 50))}, min ${ms(Math.min(...full))}, max ${ms(Math.max(...full))} (n=${full.length})`,
    );
    console.log(
      `materialize F01–F09 as JSON: ${ms(tMat)}; findings: ${engine.findings().length}; status ${JSON.stringify(engine.status())}`,
    );
    const shanghai = built.value.get('final-shanghai');
    if (shanghai) {
      const sh = Array.from({ length: 3 }, () => {
        collect();
        return time(() => new FinalEngine(draft, { catalogs, layout: shanghai }).tables())[1];
      });
      console.log(`full derivation + tables under final-shanghai: median ${ms(percentile(sh, 50))} (n=3)`);
    }
    const checkTimes = Array.from({ length: 5 }, () => time(() => engine.findings())[1]);
    console.log(`check (the findings list): median ${ms(percentile(checkTimes, 50))} (n=5)`);

    const next = rng(7);
    const ids = engine.lineIds('expense');
    const codes = catalogs.function.level(3).map((e) => e.code);
    const run = (n: number, change: (line: FinalExpenseLine) => FinalExpenseLine, withTables = false) => {
      const xs: number[] = [];
      for (let i = 0; i < n; i++) {
        const id = ids[Math.floor(next() * ids.length)];
        const line = engine.line('expense', id)!;
        const changed = change(line);
        xs.push(
          time(() => {
            engine.setLine('expense', id, changed);
            engine.status();
            if (withTables) engine.tables();
          })[1],
        );
        engine.setLine('expense', id, line);
      }
      return xs;
    };
    const report = (label: string, xs: number[]) =>
      console.log(
        `${label}: p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}, max ${ms(Math.max(...xs))} (n=${xs.length})`,
      );
    report(
      'one line amount change → all tables + findings current',
      run(1000, (l) => ({ ...l, amount: (Math.floor(next() * 1e8) / 100).toFixed(2) })),
    );
    report(
      'one line function-code change → all tables + findings current',
      run(1000, (l) => ({ ...l, function: codes[Math.floor(next() * codes.length)] })),
    );
    const balanceIds = engine.lineIds('balance');
    const balanceTimes: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const id = balanceIds[Math.floor(next() * balanceIds.length)];
      const line = engine.line('balance', id)!;
      const changed = { ...line, opening: (Math.floor(next() * 1e8) / 100).toFixed(2) };
      balanceTimes.push(time(() => engine.setLine('balance', id, changed))[1]);
      engine.setLine('balance', id, line);
    }
    report('one 年初结转和结余 change → all tables + findings current', balanceTimes);
    report(
      'one line change + materialize F01–F09 as JSON',
      run(50, (l) => ({ ...l, amount: '1.00' }), true),
    );
    await benchFinalImport(draft, catalogs);
  }
}

/**
 * The import of a 决算 draft's lines from the 决算 template: the workbook is written once (not
 * timed as the import), then read, every row validated and the new draft built and checked — what
 * `import --draft` and the editor do — three times, median.
 */
async function benchFinalImport(draft: FinalDraft, catalogs: CatalogPair): Promise<void> {
  const t = performance.now();
  const bytes = await finalDraftToTemplate(draft);
  const tTemplate = performance.now() - t;
  const base = { ...draft, expenses: [], income: [], balances: [] };
  const runs: number[] = [];
  let lines = 0;
  for (let i = 0; i < 3; i++) {
    collect();
    const t0 = performance.now();
    const r = await importFinalFile(bytes, 'bench.xlsx', base, catalogs);
    runs.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.slice(0, 5).join('\n'));
    lines = r.value.draft.expenses.length + r.value.draft.income.length + r.value.draft.balances.length;
  }
  console.log(
    `import from the 决算 template (${(bytes.length / 1e6).toFixed(1)} MB .xlsx, ${lines} lines: ${draft.expenses.length} 支出决算明细 + 收入决算 + 结转结余): median ${ms(percentile(runs, 50))}, min ${ms(Math.min(...runs))} (n=3); writing the template ${ms(tTemplate)}`,
  );
}

// Run directly only: bundled into the bench runner (scripts/bench.mjs), import.meta.url is the runner's own.
const isMain =
  process.argv[1]?.endsWith('final-bench.ts') && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const i = process.argv.indexOf('--size');
  void benchFinal(i > 0 ? [Number(process.argv[i + 1])] : undefined);
}
