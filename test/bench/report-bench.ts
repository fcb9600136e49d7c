import { performance } from 'node:perf_hooks';
import type { Draft, ExpenseLine } from '../../src-core/domain/draft/types';
import { BudgetEngine } from '../../src-core/domain/engine/budget-engine';
import { formatSteps } from '../../src-core/domain/money/cents';
import { generateReport } from '../../src-core/domain/report/generate';
import { LiveReport } from '../../src-core/domain/report/live-report';
import { documentSlots } from '../../src-core/domain/report/slots';
import { loadNodeResources } from '../../src-main/cli/node-resources';
import { loadStandardTerms } from '../../src-main/cli/report-command';
import { rng, syntheticDraft } from './synthetic';

/**
 * The 情况说明 per edit, in Node (prints numbers, asserts nothing):
 *   npx tsx test/bench/report-bench.ts [--size 50000] [--layout zhejiang] [--edits 200]
 * For each size: a line's amount changes → `generateReport` and `LiveReport.update`; a reason is
 * written (what the 情况说明 screen does on Enter) → `engine.setPart('text')` and `LiveReport.update`;
 * and, for comparison, materializing every table (which the report did on every edit before it
 * read only the tables' titles). The synthetic draft gets last year's figures and a few reasons
 * and purposes, so that comparisons and slots are printed as in a real department.
 */
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = arg('size') ? [Number(arg('size'))] : [5_000, 50_000, 200_000];
const layoutIds = arg('layout') ? [arg('layout')!] : ['zhejiang', 'national'];
const edits = Number(arg('edits') ?? 200);

const resources = loadNodeResources();
const standardTerms = loadStandardTerms();
const catalogs = resources.catalogs.forYear(2025);

function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const spread = (times: readonly number[]) =>
  `p50 ${percentile(times, 50).toFixed(2)}, p95 ${percentile(times, 95).toFixed(2)}`;
const summary = (timings: readonly Timing[]) =>
  `CPU ${spread(timings.map((t) => t.cpu))} ms; wall ${spread(timings.map((t) => t.wall))} ms`;
/** Wall-clock time, and CPU time of this process (less disturbed by the other work on a shared machine). */
interface Timing {
  wall: number;
  cpu: number;
}
function timed(run: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Last year's figures at 90% of this year's, reasons for the totals, purposes for some 项. */
function withPriorAndTexts(draft: Draft): Draft {
  const engine = new BudgetEngine(draft, { catalogs, layout: resources.layouts.get('zhejiang')! });
  const keys = ['incomeTotal', 'expenseTotal', 'gpb', 'threeTotal', 'reception', 'vehicleOperation', 'officeOperation'];
  const items = engine.ruleContext
    .auxGroupRows('fnGpb')
    .filter((row) => row.code.length === 7)
    .map((row) => `fn:${row.code}`);
  const prior: Record<string, string> = {};
  for (const key of [...keys, ...items.slice(0, 10)]) prior[key] = formatSteps(Math.round(engine.metric(key) * 0.9));
  return {
    ...draft,
    prior: { year: draft.year - 1, actual: prior },
    text: {
      ...draft.text,
      reasons: { incomeTotal: '新增人员经费', gpb: '新增专项工作' },
      purposes: Object.fromEntries(items.slice(0, 5).map((key) => [key, '主要用于专项工作支出'])),
    },
  };
}

console.log(`Node ${process.version}, ${new Date().toISOString()}, ${edits} edits per measure`);
for (const size of sizes) {
  const draft = withPriorAndTexts(syntheticDraft(catalogs, { units: 100, lines: size }));
  for (const layoutId of layoutIds) {
    const engine = new BudgetEngine(draft, { catalogs, layout: resources.layouts.get(layoutId)! });
    const live = new LiveReport({ standardTerms });
    const first = live.update(engine);
    console.log(
      `\n== ${draft.expenses.length} expense lines, ${draft.projects.length} projects, layout ${layoutId}: ` +
        `${documentSlots(first).length} slots`,
    );
    const next = rng(11);
    const ids = engine.lineIds('expense');
    const lineEdit = () => {
      const id = ids[Math.floor(next() * ids.length)];
      const line = engine.line('expense', id)!;
      const changed: ExpenseLine = { ...line, amount: (Math.floor(next() * 1e8) / 100).toFixed(2) };
      engine.setLine('expense', id, changed);
    };
    const generate: Timing[] = [];
    const update: Timing[] = [];
    const tables: Timing[] = [];
    for (let i = 0; i < edits; i++) {
      lineEdit();
      generate.push(timed(() => generateReport(engine, { standardTerms })));
      lineEdit();
      update.push(timed(() => live.update(engine)));
      if (i % 10 === 0) tables.push(timed(() => engine.tables()));
    }
    const setText: Timing[] = [];
    const afterText: Timing[] = [];
    for (let i = 0; i < edits; i++) {
      const text = engine.head.text;
      const reasons = { ...text.reasons, incomeTotal: `新增人员经费${i}` };
      setText.push(timed(() => engine.setPart('text', { ...text, reasons })));
      afterText.push(timed(() => live.update(engine)));
    }
    console.log(`line edit → generateReport:                ${summary(generate)}`);
    console.log(`line edit → LiveReport.update:             ${summary(update)}`);
    console.log(`reason written → engine.setPart('text'):   ${summary(setText)}`);
    console.log(`reason written → LiveReport.update:        ${summary(afterText)}`);
    console.log(
      `reason written → both:                     ${summary(setText.map((t, i) => ({ wall: t.wall + afterText[i].wall, cpu: t.cpu + afterText[i].cpu })))}`,
    );
    console.log(`(every table materialized, as before:      ${summary(tables)}, n=${tables.length})`);
  }
}
