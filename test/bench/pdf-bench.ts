import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateReport } from '../../src-core/domain/report/generate';
import type { BudgetEngine } from '../../src-core/domain/engine/budget-engine';
import { formLayout } from '../../src-core/export/paper/form-layout';
import { renderReportHtml } from '../../src-core/report-html/render';
import { CHUNK_LINES } from '../../src-core/report-html/table-chunks';
import { CHROMIUM_PATH, htmlToPdf, loadStandardTerms } from '../../src-main/cli/report-command';

interface ProcStat {
  ppid: number;
  comm: string;
  /** user + system CPU seconds */
  cpu: number;
  /** resident memory in bytes */
  rss: number;
}

/** A process's parent, name, CPU time and resident memory, from /proc/<pid>/stat (Linux). */
function procStat(pid: string): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(fields[1]),
      comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      cpu: (Number(fields[11]) + Number(fields[12])) / 100, // utime + stime, in clock ticks
      rss: Number(fields[21]) * 4096, // in pages
    };
  } catch {
    return null;
  }
}

/** The Chromium processes started by this process (its descendants named chrom…), by pid. */
function chromiumProcesses(): Map<string, ProcStat> {
  const stats = new Map<string, ProcStat>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const st = procStat(pid);
    if (st) stats.set(pid, st);
  }
  const mine = (pid: string): boolean => {
    for (let p = pid, depth = 0; p !== '0' && depth < 16; depth++) {
      if (p === String(process.pid)) return true;
      const st = stats.get(p);
      if (!st) return false;
      p = String(st.ppid);
    }
    return false;
  };
  return new Map([...stats].filter(([pid, st]) => st.comm.includes('chrom') && mine(pid)));
}

export interface ChromiumUse {
  /** CPU seconds of the Chromium processes (sampled every 200 ms, so slightly less). */
  cpu: number;
  /** Highest resident memory of them all together, in bytes. */
  peakRss: number;
}

/**
 * Runs `run` (which starts Chromium) while sampling what Chromium uses from /proc — the machine is
 * shared, so the wall time alone says little. Above `maxRss` bytes Chromium is ended (the run then
 * fails) rather than starving the machine. NaN off Linux.
 */
export async function withChromiumUse<T>(run: () => Promise<T>, maxRss = Infinity): Promise<[T, ChromiumUse]> {
  if (!existsSync('/proc/self/stat')) return [await run(), { cpu: Number.NaN, peakRss: Number.NaN }];
  const cpu = new Map<string, number>();
  let peakRss = 0;
  const sample = () => {
    const procs = chromiumProcesses();
    let rss = 0;
    for (const [pid, st] of procs) {
      cpu.set(pid, Math.max(cpu.get(pid) ?? 0, st.cpu));
      rss += st.rss;
    }
    peakRss = Math.max(peakRss, rss);
    if (rss > maxRss) for (const pid of procs.keys()) process.kill(Number(pid), 'SIGKILL');
  };
  const timer = setInterval(sample, 200);
  try {
    const value = await run();
    return [value, { cpu: [...cpu.values()].reduce((a, b) => a + b, 0), peakRss }];
  } finally {
    clearInterval(timer);
  }
}

/**
 * The printed report of an engine's draft: document model + HTML (median of `htmlRuns`), then one
 * PDF through Chromium as the CLI prints it (`htmlToPdf`, Chromium's start included). Prints
 * numbers only. `save` keeps the HTML and PDF (`<save>.html`, `<save>.pdf`) to look at.
 */
export async function benchReportPdf(
  engine: BudgetEngine,
  options: { htmlRuns?: number; save?: string; maxRss?: number } = {},
): Promise<void> {
  const standardTerms = loadStandardTerms();
  const render = () =>
    renderReportHtml(generateReport(engine, { standardTerms }), engine.tables(), { cssPageNumbers: true });
  const times: number[] = [];
  let html = '';
  for (let i = 0; i < (options.htmlRuns ?? 3); i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t = performance.now();
    html = render();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const longest = engine
    .tables()
    .map((t) => ({ id: t.id, lines: formLayout(t).lines.length }))
    .sort((a, b) => b.lines - a.lines)[0];
  const tables = (html.match(/<table class="form/g) ?? []).length;
  let pdfInfo = `PDF skipped (no Chromium at ${CHROMIUM_PATH})`;
  if (existsSync(CHROMIUM_PATH)) {
    const t0 = performance.now();
    try {
      const [pdf, use] = await withChromiumUse(() => htmlToPdf(html), options.maxRss);
      const pages = (
        Buffer.from(pdf)
          .toString('latin1')
          .match(/\/Type\s*\/Page[^s]/g) ?? []
      ).length;
      pdfInfo = `PDF ${((performance.now() - t0) / 1000).toFixed(1)} s (${pages} pages, ${(pdf.length / 1e6).toFixed(2)} MB, Chromium start included; Chromium CPU ${use.cpu.toFixed(1)} s, peak memory ${(use.peakRss / 2 ** 30).toFixed(1)} GB)`;
      if (options.save) writeFileSync(`${options.save}.pdf`, pdf);
    } catch (e) {
      pdfInfo = `PDF FAILED after ${((performance.now() - t0) / 1000).toFixed(1)} s: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    }
  }
  if (options.save) writeFileSync(`${options.save}.html`, html);
  const [loadAvg] = (await import('node:os')).loadavg();
  console.log(
    `report: document + HTML median ${times[Math.floor(times.length / 2)].toFixed(0)} ms (${(html.length / 1e6).toFixed(2)} MB HTML; longest table ${longest?.id} ${longest?.lines} lines; ${tables} <table>s of ≤${CHUNK_LINES} lines); ${pdfInfo}; load average ${loadAvg.toFixed(1)}`,
  );
}

/**
 * Alone: `npx tsx test/bench/pdf-bench.ts [--size 50000] [--layout zhejiang] [--save /tmp/report]
 * [--max-gb 6]` (Chromium is ended above that much memory)
 * (`npm run bench` calls `benchReportPdf` for the zhejiang layout of each size).
 */
async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const { loadNodeResources } = await import('../../src-main/cli/node-resources');
  const { BudgetEngine } = await import('../../src-core/domain/engine/budget-engine');
  const { syntheticDraft } = await import('./synthetic');
  const resources = loadNodeResources();
  const catalogs = resources.catalogs.forYear(2025);
  const layoutId = arg('layout') ?? 'zhejiang';
  const draft = syntheticDraft(catalogs, { units: 100, lines: Number(arg('size') ?? 50_000) });
  console.log(`== ${draft.expenses.length} expense lines, ${draft.projects.length} projects, layout ${layoutId}`);
  const engine = new BudgetEngine(draft, { catalogs, layout: resources.layouts.get(layoutId)! });
  await benchReportPdf(engine, {
    htmlRuns: 1,
    save: arg('save'),
    maxRss: arg('max-gb') ? Number(arg('max-gb')) * 2 ** 30 : undefined,
  });
}

if (process.argv[1]?.endsWith('pdf-bench.ts')) await main();
