/**
 * Durability soak (issue #11): `npm run soak [-- --trials N] [--mode kill|reload] [--stage budget|final] [--seed S] [--verbose]`.
 *
 * Builds the web app into a temporary directory, serves it with `vite preview`, and runs trials in
 * Debian's Chromium (/usr/bin/chromium), which the harness starts itself — headless, detached in
 * its own process group, on one profile per run — and drives over CDP with Playwright:
 *
 * - each trial types 1–5 edits, each into a randomly chosen kind of field — a grid amount, a grid
 *   code (功能/经济科目, picked from the code popup with Enter), a multi-line text of 基本信息
 *   (appended, never left: it stores after the 500 ms pause or when the page goes away), a cell of
 *   a section table (上年数, 政府采购, 收入) — each with a value it can be recognised by;
 * - while typing, and until the end of the trial, the header's `data-save-state` is polled: an edit
 *   is "shown as saved" once a poll issued after it was typed read `saved`;
 * - `--mode kill` (default): 0–300 ms after the last keystroke the browser's whole process group
 *   gets SIGKILL; Chromium is started again on the same profile, the draft opened, and every edit
 *   looked for in IndexedDB (after the app replayed its journal). An edit shown as saved that is
 *   gone is LOST (exit code 1); edits not shown as saved may be recovered (journal) or gone.
 * - `--mode reload`: 0–300 ms after the last keystroke the page is reloaded (F5); every typed edit
 *   must be there afterwards (the edit journal): any edit gone is LOST.
 *
 * Exit code: 0 nothing lost, 1 an edit lost, 2 the harness could not run (build, server, browser,
 * too many broken trials, overall time limit). Everything it starts is killed at exit (SIGINT
 * too) and its temporary directory removed. Not part of `npm test`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { PRIOR_KEYS } from '../../src-core/domain/draft/vocabulary';
import { HomePage } from '../e2e/pages/home-page';
import { SectionsPage } from '../e2e/pages/sections-page';
import { WorkspacePage } from '../e2e/pages/workspace-page';

// ---------------------------------------------------------------------------------------------
// Options

const ROOT = resolve(import.meta.dirname, '../..');
const FINAL_FIXTURE = join(ROOT, 'test/fixtures/huangpi-2024.final.json');
const CHROMIUM = '/usr/bin/chromium';
/** As CHROMIUM_ARGS in playwright.config.ts (not exported there). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

type Mode = 'kill' | 'reload';
/** budget: the 舟山 预算 sample; final: the 黄陂 决算 fixture (head parts + line blocks of its own tables). */
type Stage = 'budget' | 'final';

function parseArgs(argv: string[]): { trials: number; mode: Mode; stage: Stage; seed: number; verbose: boolean } {
  let trials = 100;
  let mode: Mode = 'kill';
  let stage: Stage = 'budget';
  let seed = Date.now() % 2_147_483_647;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--trials' || a.startsWith('--trials=')) trials = Number(value());
    else if (a === '--mode' || a.startsWith('--mode=')) mode = value() as Mode;
    else if (a === '--stage' || a.startsWith('--stage=')) stage = value() as Stage;
    else if (a === '--seed' || a.startsWith('--seed=')) seed = Number(value());
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--help' || a === '-h') usage(null);
    else usage(`unknown argument ${a}`);
  }
  if (!Number.isInteger(trials) || trials < 1) usage('--trials must be a positive integer');
  if (mode !== 'kill' && mode !== 'reload') usage('--mode must be kill or reload');
  if (stage !== 'budget' && stage !== 'final') usage('--stage must be budget or final');
  if (!Number.isFinite(seed)) usage('--seed must be a number');
  return { trials, mode, stage, seed, verbose };
}

function usage(problem: string | null): never {
  if (problem) console.error(problem);
  console.error(
    'usage: npm run soak -- [--trials N (100)] [--mode kill|reload] [--stage budget|final] [--seed S] [--verbose]',
  );
  process.exit(problem ? 2 : 0);
}

const OPTS = parseArgs(process.argv.slice(2));
const PORT = Number(process.env.SOAK_PORT ?? 4501);
/** Time limits (ms). Everything the harness waits for is bounded by one of these. */
const LIMIT = {
  build: 180_000,
  server: 60_000,
  browserStart: 30_000,
  action: 10_000,
  trial: 90_000,
  open: 30_000,
  evaluate: 5_000,
  /** The whole run: never more than this, whatever happens. */
  run: Number(process.env.SOAK_TIMEOUT_MS ?? 300_000 + OPTS.trials * 45_000),
};
/** More broken trials than this (harness or browser trouble, not lost edits) ends the run with 2. */
const MAX_BROKEN = Math.max(5, Math.ceil(OPTS.trials / 10));

// ---------------------------------------------------------------------------------------------
// Random (seeded: a run can be repeated with --seed)

function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(OPTS.seed);
const randInt = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

// ---------------------------------------------------------------------------------------------
// Processes, temp dirs, cleanup

const TMP = mkdtempSync(join(tmpdir(), 'soak-'));
/** Process groups started here (leader pid = group id), killed at exit. */
const groups = new Set<number>();
let cleanedUp = false;

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/** Pids of processes still running with `needle` in their command line (ours: it names our temp dir). */
function pidsMatching(needle: string): number[] {
  const r = spawnSync('pgrep', ['-f', '--', needle], { encoding: 'utf8', timeout: 5000 });
  return (r.stdout ?? '')
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0 && n !== process.pid);
}

function cleanup(): void {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const g of groups) killGroup(g);
  groups.clear();
  // A process that left its group (none seen so far) still names our profile dir: end it by pid.
  for (const pid of pidsMatching(TMP)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  try {
    rmSync(TMP, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    /* a process was still writing: retried above; leave the rest */
  }
}

process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    console.error(`\n${sig}: stopping`);
    cleanup();
    process.exit(130);
  });
}
process.on('uncaughtException', (e) => {
  console.error('soak: uncaught', e);
  cleanup();
  process.exit(2);
});
process.on('unhandledRejection', () => {
  // Playwright promises of a killed browser may reject after nobody waits for them any more.
});
const runWatchdog = setTimeout(() => {
  console.error(`soak: overall time limit (${Math.round(LIMIT.run / 1000)} s) reached`);
  printSummary(true);
  cleanup();
  process.exit(2);
}, LIMIT.run);

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timeout (${ms} ms): ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url: string, ms: number, alive: () => boolean): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!alive()) throw new Error(`process serving ${url} exited`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

function build(outDir: string): void {
  const r = spawnSync('npm', ['run', 'build:web', '--', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: LIMIT.build,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (r.status !== 0) {
    console.error((r.stdout ?? '') + (r.stderr ?? ''));
    throw new Error(`build failed (${r.error?.message ?? `exit ${r.status}`})`);
  }
}

function startServer(outDir: string): ChildProcess {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--config', 'vite.web.config.ts', '--outDir', outDir, '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  if (server.pid) groups.add(server.pid);
  let err = '';
  server.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-2000);
  });
  server.on('exit', (code) => {
    if (server.pid) groups.delete(server.pid);
    if (!cleanedUp && code !== null && code !== 0) console.error(`vite preview exited ${code}: ${err}`);
  });
  return server;
}

// ---------------------------------------------------------------------------------------------
// The browser

interface Running {
  proc: ChildProcess;
  pid: number;
  browser: Browser;
  page: Page;
  exited: Promise<void>;
}

async function launch(profile: string): Promise<Running> {
  const port = await freePort();
  const proc = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      '--window-size=1366,768',
      '--lang=zh-CN',
      '--password-store=basic',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (!proc.pid) throw new Error('chromium did not start');
  const pid = proc.pid;
  groups.add(pid);
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  let alive = true;
  const exited = new Promise<void>((r) =>
    proc.on('exit', () => {
      alive = false;
      r();
    }),
  );
  try {
    await waitForHttp(`http://127.0.0.1:${port}/json/version`, LIMIT.browserStart, () => alive);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { timeout: LIMIT.browserStart });
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(LIMIT.action);
    page.setDefaultNavigationTimeout(LIMIT.open);
    return { proc, pid, browser, page, exited };
  } catch (e) {
    await kill({ pid, exited });
    throw new Error(`${(e as Error).message}\nchromium stderr: ${stderr.slice(-1500)}`, { cause: e });
  }
}

/** SIGKILL to the whole process group; waits (bounded) until every process of it is gone. */
async function kill(r: { pid: number; exited: Promise<void> }): Promise<void> {
  killGroup(r.pid);
  await Promise.race([r.exited, sleep(5000)]);
  for (let i = 0; i < 50; i++) {
    const left = spawnSync('pgrep', ['-g', String(r.pid)], { encoding: 'utf8', timeout: 5000 }).stdout?.trim();
    if (!left) break;
    killGroup(r.pid);
    await sleep(100);
  }
  groups.delete(r.pid);
}

async function close(r: Running): Promise<void> {
  await withTimeout(r.browser.close(), 5000, 'browser.close').catch(() => {});
  await kill(r);
}

// ---------------------------------------------------------------------------------------------
// The stored draft, read straight from IndexedDB (after the app opened it: journal replayed)

interface Stored {
  revision: number | null;
  head: {
    text?: Record<string, string>;
    prior?: { actual?: Record<string, string>; budget?: Record<string, string> };
  } & Record<string, unknown>;
  streams: Record<string, Record<string, unknown>[]>;
}

/** Source text: tsx would wrap named functions in a helper (`__name`) the page lacks. */
const STORES =
  OPTS.stage === 'final'
    ? { drafts: 'finalDrafts', head: 'finalHeadParts', blocks: 'finalLineBlocks' }
    : { drafts: 'drafts', head: 'headParts', blocks: 'lineBlocks' };
const readStoredScript = (draftId: string) => `new Promise((resolve, reject) => {
  const draftId = ${JSON.stringify(draftId)};
  const names = ${JSON.stringify(STORES)};
  const req = indexedDB.open('budget-drafts');
  req.onerror = () => reject(req.error);
  req.onsuccess = () => {
    const db = req.result;
    const out = { revision: null, head: {}, streams: {} };
    const tx = db.transaction([names.drafts, names.head, names.blocks], 'readonly');
    const d = tx.objectStore(names.drafts).get(draftId);
    d.onsuccess = () => { out.revision = d.result ? d.result.revision : null; };
    const hp = tx.objectStore(names.head).getAll(IDBKeyRange.bound([draftId, ''], [draftId, '\\uffff']));
    hp.onsuccess = () => { for (const r of hp.result) out.head[r.key] = r.value; };
    const lb = tx.objectStore(names.blocks).getAll(IDBKeyRange.bound([draftId, '', ''], [draftId, '\\uffff', '\\uffff']));
    lb.onsuccess = () => { for (const b of lb.result) (out.streams[b.stream] = out.streams[b.stream] || []).push(...b.lines); };
    tx.oncomplete = () => { db.close(); resolve(out); };
    tx.onerror = () => { db.close(); reject(tx.error); };
    tx.onabort = () => { db.close(); reject(tx.error); };
  };
})`;

async function readStored(page: Page, draftId: string): Promise<Stored> {
  return withTimeout(page.evaluate(readStoredScript(draftId)) as Promise<Stored>, LIMIT.evaluate, 'read IndexedDB');
}

const SAVE_STATE_SCRIPT = `(() => { const el = document.querySelector('[data-testid="save-state"]'); return el ? el.getAttribute('data-save-state') : null; })()`;

async function saveState(page: Page): Promise<string | null> {
  return withTimeout(page.evaluate(SAVE_STATE_SCRIPT) as Promise<string | null>, LIMIT.evaluate, 'read save state');
}

/** Waits until the open draft says 已保存 (journal replayed, draft loaded); returns the last state seen. */
async function waitSaved(page: Page, ms: number): Promise<string | null> {
  const end = Date.now() + ms;
  let st: string | null = null;
  while (Date.now() < end) {
    st = await saveState(page).catch(() => null);
    if (st === 'saved') return st;
    await sleep(50);
  }
  return st;
}

// ---------------------------------------------------------------------------------------------
// Edits

type Kind = 'grid-amount' | 'grid-code' | 'text' | 'section-cell';
const KINDS: readonly Kind[] = ['grid-amount', 'grid-code', 'text', 'section-cell'];
type Section = '支出明细' | '基本信息' | '上年数' | '其他事项' | '收入' | '收入决算' | '结转结余';
/** The 决算 workspace's names (nav 决算内容) for the sections the soak edits. */
const FINAL_NAV: Partial<Record<Section, string>> = {
  支出明细: '支出决算',
  基本信息: '文字说明',
  收入决算: '收入决算',
  结转结余: '结转结余',
};

interface Edit {
  trial: number;
  n: number;
  kind: Kind;
  /** Where: `grid r3 amount`, `text 主要职能`, `上年数 r2 budget (gpb)` … (unique within a trial, except texts). */
  target: string;
  value: string;
  /** What was stored before (for grid codes and cells: shown when an edit is missing). */
  before: string;
  /** ms since the trial's start when typing began / ended. */
  startAt: number;
  doneAt: number;
  shownSaved: boolean;
  /** Looks the edit up in the stored draft: whether its value is there, and what is there. */
  find(s: Stored): { present: boolean; seen: string };
}

const FUNCTION_CODES = ['2010301', '2010302', '2080505', '2080506', '2101101', '2101103', '2210201', '2210202'];
/** 商品和服务支出 codes of the sample; none brings a 建议功能科目 bar. */
const ECONOMIC_CODES = [
  '30201',
  '30202',
  '30205',
  '30206',
  '30207',
  '30209',
  '30211',
  '30213',
  '30214',
  '30215',
  '30216',
  '30217',
  '30226',
  '30227',
  '30228',
  '30229',
  '30231',
  '30239',
  '30299',
];
const TEXT_FIELDS: readonly { label: string; key: string }[] = [
  { label: '主要职能', key: 'functions' },
  { label: OPTS.stage === 'final' ? '部门决算单位构成' : '部门预算单位构成', key: 'composition' },
  { label: '机构设置及人员情况', key: 'staffing' },
  { label: '联系人及联系方式', key: 'contact' },
];
/** Grid rows used: the ones shown without scrolling at 1366×768. */
const GRID_ROWS = 14;
/** 上年数 rows used: the fixed keys (PRIOR_KEYS), always listed first. */
const PRIOR_ROWS = 15;

const num = (s: unknown) => (typeof s === 'string' && s.trim() !== '' ? Number(s) : NaN);
const sameAmount = (a: unknown, b: string) => Math.abs(num(a) - Number(b)) < 0.001;
const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));

/** Per-run state of the harness's view of the page. */
class Driver {
  ws: WorkspacePage;
  sections: SectionsPage;
  current: Section | null = null;

  constructor(readonly page: Page) {
    this.ws = new WorkspacePage(page);
    this.sections = new SectionsPage(page);
  }

  async go(section: Section): Promise<void> {
    if (this.current === section) return;
    const finalName = OPTS.stage === 'final' ? FINAL_NAV[section] : undefined;
    if (finalName) {
      await this.page
        .getByRole('navigation', { name: '决算内容' })
        .getByRole('button', { name: new RegExp(`^${finalName}`) })
        .click();
      if (section === '支出明细') await this.ws.grid.waitFor({ state: 'visible' });
      else if (section !== '基本信息') await this.sections.table(section).waitFor({ state: 'visible' });
    } else if (section === '支出明细') {
      await this.ws.show('支出明细');
      await this.ws.grid.waitFor({ state: 'visible' });
    } else {
      await this.sections.show(section as Parameters<SectionsPage['show']>[0]);
    }
    this.current = section;
  }
}

/** Plans and types one edit; resolves once its last key is handled. */
async function typeEdit(
  d: Driver,
  trial: number,
  n: number,
  stored: Stored,
  used: Set<string>,
  t0: number,
): Promise<Edit> {
  const page = d.page;
  const unique = `${trial}-${n}`;
  const amount = `${100000 + trial * 10 + n}.${String(randInt(1, 99)).padStart(2, '0')}`;
  const expense = stored.streams.expense ?? [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const kind = pick(KINDS);
    if (kind === 'grid-amount' || kind === 'grid-code') {
      const row = randInt(0, GRID_ROWS - 1);
      const col = kind === 'grid-amount' ? 'amount' : pick(['function', 'economic'] as const);
      const target = `grid r${row} ${col}`;
      if (used.has(target)) continue;
      used.add(target);
      const before = String(expense[row]?.[col] ?? '');
      const value =
        kind === 'grid-amount'
          ? amount
          : pick((col === 'function' ? FUNCTION_CODES : ECONOMIC_CODES).filter((c) => c !== before));
      await d.go('支出明细');
      const startAt = Date.now() - t0;
      await d.ws.typeInto(row, col, value);
      return edit(trial, n, kind, target, value, before, startAt, Date.now() - t0, (s) => {
        const v = s.streams.expense?.[row]?.[col];
        return { present: col === 'amount' ? sameAmount(v, value) : v === value, seen: show(v) };
      });
    }
    if (kind === 'text') {
      const f = pick(TEXT_FIELDS);
      const token = `〔s${unique}〕`;
      await d.go('基本信息');
      const field = d.sections.field(f.label);
      const startAt = Date.now() - t0;
      await field.click();
      await field.press('Control+End');
      await page.keyboard.type(token);
      const before = String(stored.head.text?.[f.key] ?? '');
      return edit(trial, n, kind, `text ${f.label}`, token, `${before.length} chars`, startAt, Date.now() - t0, (s) => {
        const v = s.head.text?.[f.key] ?? '';
        return { present: v.includes(token), seen: `…${JSON.stringify(v.slice(-60))}` };
      });
    }
    // section-cell
    if (OPTS.stage === 'final') {
      // 决算: row 0 of 收入决算 (本年收入) or of 结转结余 (年初结转和结余).
      const [table, stream, col] = pick([
        ['收入决算', 'income', 'amount'],
        ['结转结余', 'balance', 'opening'],
      ] as const);
      const target = `${table} r0 ${col}`;
      if (used.has(target)) continue;
      used.add(target);
      const before = String(stored.streams[stream]?.[0]?.[col] ?? '');
      await d.go(table);
      const startAt = Date.now() - t0;
      await d.sections.fill(table, 0, col, amount);
      return edit(trial, n, kind, target, amount, before, startAt, Date.now() - t0, (s) => {
        const v = s.streams[stream]?.[0]?.[col];
        return { present: sameAmount(v, amount), seen: show(v) };
      });
    }
    const where = pick(['prior', 'prior', 'prior', 'procurement-amount', 'procurement-item', 'income-amount'] as const);
    if (where === 'prior') {
      const row = randInt(0, PRIOR_ROWS - 1);
      const basis = pick(['actual', 'budget'] as const);
      let target = `上年数 r${row} ${basis}`;
      if (used.has(target)) continue;
      used.add(target);
      await d.go('上年数');
      // The screen no longer shows the keys: the fixed rows come first, in PRIOR_KEYS order.
      const key: string = PRIOR_KEYS[row];
      target += ` (${key})`;
      const before = String(stored.head.prior?.[basis]?.[key] ?? '');
      const startAt = Date.now() - t0;
      await d.sections.fill('上年数', row, basis, amount);
      return edit(trial, n, kind, target, amount, before, startAt, Date.now() - t0, (s) => {
        const v = s.head.prior?.[basis]?.[key];
        return { present: sameAmount(v, amount), seen: show(v) };
      });
    }
    const [table, stream, col, section] =
      where === 'procurement-amount'
        ? (['政府采购', 'procurement', 'amount', '其他事项'] as const)
        : where === 'procurement-item'
          ? (['政府采购', 'procurement', 'item', '其他事项'] as const)
          : (['收入', 'income', 'amount', '收入'] as const);
    const target = `${table} r0 ${col}`;
    if (used.has(target)) continue;
    used.add(target);
    const value = col === 'item' ? `运维服务s${unique}` : amount;
    const before = String(stored.streams[stream]?.[0]?.[col] ?? '');
    await d.go(section);
    const startAt = Date.now() - t0;
    await d.sections.fill(table, 0, col, value);
    return edit(trial, n, kind, target, value, before, startAt, Date.now() - t0, (s) => {
      const v = s.streams[stream]?.[0]?.[col];
      return { present: col === 'amount' ? sameAmount(v, value) : v === value, seen: show(v) };
    });
  }
  throw new Error('no free target for an edit');
}

function edit(
  trial: number,
  n: number,
  kind: Kind,
  target: string,
  value: string,
  before: string,
  startAt: number,
  doneAt: number,
  find: Edit['find'],
): Edit {
  return { trial, n, kind, target, value, before, startAt, doneAt, shownSaved: false, find };
}

// ---------------------------------------------------------------------------------------------
// Save-state polling

interface Poller {
  /** Every change of the indicator seen: [ms since trial start, state]. */
  timeline: [number, string | null][];
  /** Set at the kill / reload: answers arriving afterwards are ignored. */
  stop: boolean;
}

/**
 * Polls the indicator until `until()` says stop (checked before each poll) or the poller is
 * stopped; a poll whose answer arrives after `p.stop` is ignored (the browser may be gone).
 */
async function poll(page: Page, edits: Edit[], p: Poller, t0: number, until: () => boolean): Promise<void> {
  for (let i = 0; i < 100_000 && !p.stop && !until(); i++) {
    const typed = edits.length;
    let st: string | null;
    try {
      st = await saveState(page);
    } catch {
      return;
    }
    if (p.stop) return;
    const last = p.timeline[p.timeline.length - 1];
    if (!last || last[1] !== st) p.timeline.push([Date.now() - t0, st]);
    if (st === 'saved') for (let k = 0; k < typed; k++) edits[k].shownSaved = true;
    await sleep(2);
  }
}

// ---------------------------------------------------------------------------------------------
// Results

interface TrialRecord {
  trial: number;
  edits: Edit[];
  timeline: [number, string | null][];
  /** ms since trial start of the kill / reload. */
  endAt: number | null;
  /** Filled in once the draft has been opened again. */
  outcome?: Outcome[];
  error?: string;
  beforeUnloadDialogs: number;
}

const records: TrialRecord[] = [];
const harnessProblems: string[] = [];
let startedAt = Date.now();

interface Tally {
  edits: number;
  shownSaved: number;
  lost: number;
  recovered: number;
  gone: number;
}
const newTally = (): Tally => ({ edits: 0, shownSaved: 0, lost: 0, recovered: 0, gone: 0 });
type Outcome = { edit: Edit; present: boolean; seen: string };

/** Lost: gone although shown as saved (kill), or gone at all (reload: the journal keeps everything typed). */
function isLost(o: { edit: Edit; present: boolean }): boolean {
  return !o.present && (OPTS.mode === 'reload' || o.edit.shownSaved);
}

/** Counts over the checked trials (a broken trial's edits are not checked). */
function tally(): { all: Tally; byKind: Map<Kind, Tally>; lost: { rec: TrialRecord; o: Outcome }[] } {
  const all = newTally();
  const byKind = new Map<Kind, Tally>(KINDS.map((k) => [k, newTally()]));
  const lost: { rec: TrialRecord; o: Outcome }[] = [];
  for (const rec of records) {
    for (const o of rec.outcome ?? []) {
      for (const t of [all, byKind.get(o.edit.kind)!]) {
        t.edits++;
        if (o.edit.shownSaved) t.shownSaved++;
        if (isLost(o)) t.lost++;
        if (!o.edit.shownSaved) {
          if (o.present) t.recovered++;
          else t.gone++;
        }
      }
      if (isLost(o)) lost.push({ rec, o });
    }
  }
  return { all, byKind, lost };
}

function printSummary(incomplete = false): void {
  const { all, byKind, lost } = tally();
  const done = records.filter((r) => r.outcome).length;
  console.log('');
  console.log(
    `mode ${OPTS.mode}${OPTS.mode === 'reload' ? ' (F5 0-300 ms after the last keystroke: every typed edit must be there)' : ' (SIGKILL of the browser 0-300 ms after the last keystroke: every edit shown as saved must be there)'}`,
  );
  if (OPTS.stage === 'final') console.log('stage final (决算 draft: finalHeadParts + finalLineBlocks)');
  console.log(`seed ${OPTS.seed}`);
  console.log(`time ${Math.round((Date.now() - startedAt) / 1000)} s${incomplete ? ' (stopped early)' : ''}`);
  console.log(`trials ${done}`);
  console.log(`edits ${all.edits}`);
  console.log(`edits shown as saved ${all.shownSaved}`);
  console.log(`edits lost ${all.lost}`);
  console.log(`edits not shown as saved: recovered ${all.recovered}, gone ${all.gone}`);
  console.log('by kind:');
  for (const [k, t] of byKind) {
    console.log(
      `  ${k.padEnd(12)} edits ${t.edits}, shown as saved ${t.shownSaved}, lost ${t.lost}, not shown as saved: recovered ${t.recovered}, gone ${t.gone}`,
    );
  }
  const broken = records.filter((r) => r.error);
  if (broken.length || harnessProblems.length) {
    console.log(`broken trials ${broken.length} (harness or browser trouble; their edits are not counted)`);
    for (const r of broken.slice(0, 10)) console.log(`  trial ${r.trial}: ${r.error?.split('\n')[0]}`);
    for (const p of harnessProblems.slice(0, 10)) console.log(`  ${p}`);
  }
  const dialogs = records.reduce((s, r) => s + r.beforeUnloadDialogs, 0);
  if (dialogs) console.log(`leave-page prompts (beforeunload) ${dialogs}`);
  if (lost.length) {
    console.log('LOST EDITS:');
    for (const { rec, o } of lost) {
      const e = o.edit;
      console.log(
        `  trial ${rec.trial} edit ${e.n} ${e.kind} ${e.target}: typed ${JSON.stringify(e.value)} (before ${JSON.stringify(e.before)}), stored now ${o.seen}; shown as saved ${e.shownSaved ? 'yes' : 'no'}`,
      );
      console.log(
        `    typed ${e.startAt}-${e.doneAt} ms, ${OPTS.mode} at ${rec.endAt ?? '?'} ms (${rec.endAt === null ? '?' : rec.endAt - e.doneAt} ms after it); other edits: ${
          rec.edits
            .filter((x) => x !== e)
            .map((x) => `${x.n} ${x.kind} ${x.target} ${x.startAt}-${x.doneAt}${x.shownSaved ? ' saved' : ''}`)
            .join('; ') || 'none'
        }`,
      );
      console.log(`    save state (ms: state): ${rec.timeline.map(([t, s]) => `${t}:${s}`).join(' ')}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Trials

const appUrl = () => `http://localhost:${PORT}/`;

/** Opens the draft (recovering its journal) and waits until it says 已保存. */
async function openDraft(d: Driver, draftId: string): Promise<void> {
  d.current = null;
  const url = `${appUrl()}#/draft/${draftId}`;
  if (d.page.url() !== url) await d.page.goto(url);
  const st = await waitSaved(d.page, LIMIT.open);
  if (st !== 'saved') throw new Error(`draft did not open as 已保存 (state ${st})`);
}

async function createDraft(d: Driver): Promise<string> {
  const home = new HomePage(d.page);
  await d.page.goto(appUrl());
  await d.page.getByRole('button', { name: '新建草稿', exact: true }).waitFor({ timeout: LIMIT.open });
  if (OPTS.stage === 'final') {
    await home.importFile('huangpi-2024.final.json', readFileSync(FINAL_FIXTURE, 'utf8'));
    await d.page.getByTestId('final-status').waitFor({ timeout: LIMIT.open });
    await d.page.waitForURL(/#\/draft\//, { timeout: LIMIT.open });
  } else await home.importSample();
  const m = /#\/draft\/([^/?#]+)/.exec(d.page.url());
  if (!m) throw new Error(`no draft id in ${d.page.url()}`);
  if (OPTS.stage === 'budget') await d.ws.expectSampleTotals();
  if ((await waitSaved(d.page, LIMIT.open)) !== 'saved') throw new Error('the imported sample is not 已保存');
  d.current = OPTS.stage === 'final' ? null : '支出明细';
  return m[1];
}

/** Checks a finished trial's edits against what is stored now. */
async function verify(d: Driver, draftId: string, rec: TrialRecord): Promise<Stored> {
  const stored = await readStored(d.page, draftId);
  const outcome: Outcome[] = rec.edits.map((edit) => ({ edit, ...edit.find(stored) }));
  if (outcome.some(isLost)) {
    // The first look (the draft open and 已保存) decides; a second one 2 s later only says
    // whether the edit turned up late (then the screen showed the draft without it).
    await sleep(2000);
    const again = await readStored(d.page, draftId);
    for (const o of outcome)
      if (isLost(o)) o.seen += o.edit.find(again).present ? '; stored 2 s later' : '; still gone 2 s later';
  }
  rec.outcome = outcome;
  return stored;
}

function progress(rec: TrialRecord): void {
  const o = rec.outcome;
  const saved = rec.edits.filter((e) => e.shownSaved).length;
  const present = o ? o.filter((x) => x.present).length : 0;
  const lost = o ? o.filter(isLost).length : 0;
  const kinds = rec.edits.map((e) => e.kind.replace('grid-', 'g-').replace('section-cell', 'cell')).join(',');
  const line = rec.error
    ? `trial ${rec.trial}/${OPTS.trials}: BROKEN ${rec.error.split('\n')[0]}`
    : `trial ${rec.trial}/${OPTS.trials}: ${rec.edits.length} edits [${kinds}], shown as saved ${saved}, ${OPTS.mode} +${rec.endAt === null ? '?' : rec.endAt - (rec.edits.at(-1)?.doneAt ?? 0)} ms, present ${present}${lost ? `, LOST ${lost}` : ''}`;
  console.log(line);
  if (OPTS.verbose && o) {
    for (const x of o)
      console.log(
        `    ${x.edit.n} ${x.edit.kind} ${x.edit.target} ${JSON.stringify(x.edit.value)} ${x.edit.startAt}–${x.edit.doneAt} ms saved=${x.edit.shownSaved} present=${x.present} seen=${x.seen}`,
      );
    console.log(`    save state: ${rec.timeline.map(([t, s]) => `${t}:${s}`).join(' ')}`);
  }
}

/**
 * Types a trial's edits, then ends it: `kill` — SIGKILL to the browser 0–300 ms after the last
 * keystroke; `reload` — page.reload() then. Polls the indicator all along.
 */
async function runEdits(
  d: Driver,
  trial: number,
  stored: Stored,
  end: (rec: TrialRecord) => Promise<void>,
): Promise<TrialRecord> {
  const t0 = Date.now();
  const rec: TrialRecord = { trial, edits: [], timeline: [], endAt: null, beforeUnloadDialogs: 0 };
  records.push(rec);
  const poller: Poller = { timeline: rec.timeline, stop: false };
  const count = randInt(1, 5);
  const used = new Set<string>();
  for (let n = 1; n <= count; n++) {
    const e = await typeEdit(d, trial, n, stored, used, t0);
    rec.edits.push(e);
    if (n < count) {
      // A pause before the next edit (0–600 ms), watching the indicator.
      const until = Date.now() + randInt(0, 600);
      await poll(d.page, rec.edits, poller, t0, () => Date.now() >= until);
    }
  }
  // The last keystroke is done: watch the indicator until the end comes, 0–300 ms later.
  const delay = randInt(0, 300);
  const polling = poll(d.page, rec.edits, poller, t0, () => false);
  await sleep(delay);
  poller.stop = true; // answers arriving from now on are ignored
  rec.endAt = Date.now() - t0;
  await end(rec);
  await withTimeout(polling, 10_000, 'poller').catch(() => {});
  return rec;
}

async function killRun(): Promise<void> {
  const profile = join(TMP, 'profile');
  let draftId: string | null = null;
  /** The trial killed last: checked once the browser is up again. */
  let pending: TrialRecord | null = null;
  let trial = 0;
  let starts = 0;
  while (trial < OPTS.trials || pending) {
    if (starts > OPTS.trials + MAX_BROKEN + 5) throw new Error('too many browser starts');
    starts++;
    let running: Running | null = null;
    try {
      const tl = Date.now();
      running = await launch(profile);
      const r = running;
      if (OPTS.verbose) console.log(`    browser up in ${Date.now() - tl} ms`);
      const d = new Driver(r.page);
      r.page.on('dialog', (dlg) => {
        void dlg.accept().catch(() => {});
      });
      await withTimeout(
        (async () => {
          let stored: Stored;
          if (!draftId) {
            draftId = await createDraft(d);
            stored = await readStored(d.page, draftId);
          } else {
            const to = Date.now();
            await openDraft(d, draftId);
            if (OPTS.verbose) console.log(`    draft open in ${Date.now() - to} ms`);
            if (pending) {
              stored = await verify(d, draftId, pending);
              progress(pending);
              pending = null;
            } else stored = await readStored(d.page, draftId);
          }
          if (trial >= OPTS.trials) return;
          trial++;
          pending = await runEdits(d, trial, stored, async () => {
            killGroup(r.pid);
          });
        })(),
        LIMIT.trial,
        `trial ${trial}`,
      );
    } catch (e) {
      const msg = (e as Error).message ?? String(e);
      const rec = records.find((x) => x.trial === trial);
      if (rec && !rec.outcome && rec.endAt === null) {
        // Broken before its kill (typing failed or took too long): not checked, not counted.
        rec.error = msg;
        progress(rec);
      } else {
        // Starting, opening or checking failed: a killed trial stays pending, checked on the next start.
        harnessProblems.push(`browser start ${starts}: ${msg.split('\n')[0]}`);
        console.log(`soak: browser start ${starts}: ${msg.split('\n')[0]}`);
      }
      if (records.filter((x) => x.error).length + harnessProblems.length > MAX_BROKEN)
        throw new Error(`too many broken trials; last: ${msg}`, { cause: e });
    } finally {
      if (running) await kill(running);
    }
  }
}

async function reloadRun(): Promise<void> {
  const profile = join(TMP, 'profile');
  let draftId: string | null = null;
  let running: Running | null = null;
  let d: Driver | null = null;
  let dialogs = 0;
  try {
    for (let trial = 1; trial <= OPTS.trials; trial++) {
      try {
        if (!running) {
          running = await launch(profile);
          d = new Driver(running.page);
          running.page.on('dialog', (dlg) => {
            dialogs++;
            void dlg.accept().catch(() => {});
          });
          if (!draftId) draftId = await withTimeout(createDraft(d), LIMIT.open * 2, 'create draft');
          else await openDraft(d, draftId);
        }
        const drv = d!;
        const id = draftId!;
        await withTimeout(
          (async () => {
            const stored = await readStored(drv.page, id);
            const before = dialogs;
            const rec = await runEdits(drv, trial, stored, async (r) => {
              await drv.page.reload({ timeout: LIMIT.open });
              r.beforeUnloadDialogs = dialogs - before;
            });
            const st = await waitSaved(drv.page, LIMIT.open);
            if (st !== 'saved') throw new Error(`after the reload the draft is not 已保存 (state ${st})`);
            drv.current = null;
            await verify(drv, id, rec);
            progress(rec);
          })(),
          LIMIT.trial,
          `trial ${trial}`,
        );
      } catch (e) {
        const msg = (e as Error).message ?? String(e);
        const rec = records.find((r) => r.trial === trial);
        if (rec) {
          rec.error = msg;
          progress(rec);
        } else harnessProblems.push(`trial ${trial}: ${msg.split('\n')[0]}`);
        if (running) await kill(running);
        running = null;
        if (records.filter((r) => r.error).length + harnessProblems.length > MAX_BROKEN)
          throw new Error(`too many broken trials; last: ${msg}`, { cause: e });
      }
    }
  } finally {
    if (running) await close(running);
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => done(false));
    srv.listen(port, () => srv.close(() => done(true)));
  });
}

async function main(): Promise<number> {
  const outDir = join(TMP, 'dist-web');
  if (!(await portFree(PORT))) throw new Error(`port ${PORT} is in use: set SOAK_PORT to a free one`);
  console.log(
    `soak: ${OPTS.stage === 'final' ? 'stage final (决算), ' : ''}mode ${OPTS.mode}, ${OPTS.trials} trials, seed ${OPTS.seed}, port ${PORT}, temp ${TMP}`,
  );
  console.log('soak: building the web app …');
  build(outDir);
  const server = startServer(outDir);
  let serverUp = true;
  server.on('exit', () => {
    serverUp = false;
  });
  await waitForHttp(appUrl(), LIMIT.server, () => serverUp);
  startedAt = Date.now();
  if (OPTS.mode === 'kill') await killRun();
  else await reloadRun();
  printSummary();
  const { all } = tally();
  return all.lost > 0 ? 1 : 0;
}

main().then(
  (code) => {
    clearTimeout(runWatchdog);
    cleanup();
    process.exit(code);
  },
  (e) => {
    clearTimeout(runWatchdog);
    console.error(`soak: ${(e as Error).stack ?? e}`);
    if (records.length) printSummary(true);
    cleanup();
    process.exit(2);
  },
);
