import { spawn, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { loadNodeResources } from '../../src-main/cli/node-resources';
import { saveDraftText } from '../../src-core/domain/draft/save';
import { BudgetEngine } from '../../src-core/domain/engine/budget-engine';
import { DEFAULT_LAYOUT } from '../../src-core/domain/resources';
import { syntheticDraft, UI_BENCH_SIZES } from './synthetic';
import { syntheticFinalDraft } from './final-synthetic';
import { saveFinalDraftText } from '../../src-core/domain/final/save';

/**
 * UI benchmark (prints numbers only; tests never depend on timing): builds the web app, serves it
 * with `vite preview`, and in Chromium imports synthetic drafts of 5,000, 50,000 and 200,000
 * lines. For each it measures keystroke → updated screen on three screens:
 *
 * - 支出明细 (grid): Enter that commits a typed amount, until the 支出总计 text changes;
 * - 公开表 showing the largest table (by rows): Ctrl+Z / Ctrl+Y of an edit of a project line,
 *   until the table's text changes;
 * - 情况说明: the same keys, until the report's text changes.
 *
 * Each time runs from the key event's timestamp to the first change of the screen's DOM, with the
 * layout of the changed page forced there, all timed in the page. Also: opening the draft, grid
 * scroll frame times (requestAnimationFrame deltas) and opening each screen.
 *
 * Then a 决算 draft of 50,000 lines (FINAL_SIZES): the same Enter → 本年支出 in its 支出决算 grid.
 *
 * Run time on 2 shared cores: about 20 s at 5,000 lines, 40 s at 50,000 and 2 minutes at 200,000
 * (import 20 s, the 情况说明 keys most of the rest), after a build of about 30 s.
 */
const ROOT = resolve(import.meta.dirname, '../..');
/** Several people may run benches at once: PW_PORT / PW_OUT_DIR as for the e2e tests. */
const PORT = Number(process.env.PW_PORT ?? 4179);
const OUT_DIR = resolve(ROOT, process.env.PW_OUT_DIR ?? 'dist-web');
/** Sizes to run, e.g. BENCH_LINES=50000 (default 5,000, 50,000 and 200,000). */
const SIZES = process.env.BENCH_LINES ? process.env.BENCH_LINES.split(',').map(Number) : [...UI_BENCH_SIZES];
/** Sizes of the 决算 drafts run after the 预算 ones, e.g. BENCH_FINAL_LINES=5000,50000 (default 50,000; 0: none). */
const FINAL_SIZES = (process.env.BENCH_FINAL_LINES ?? '50000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
/** Grid edits timed per size. */
const EDITS = 50;
/** Ctrl+Z / Ctrl+Y pairs timed per screen. */
const UNDO_PAIRS = 20;
/** Longest wait for a screen to change after a key (a screen that never changes is reported, not waited on). */
const CHANGE_TIMEOUT_MS = 10_000;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const f = (x: number) => x.toFixed(1);

async function waitForServer(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet: try again shortly
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Imports a draft file through 导入草稿文件 until the grid's first row shows (a path: Playwright
 * hands at most 50 MB as a buffer, and 200,000 lines are 55 MB). `total`: from the click (includes
 * Playwright handing the file to the page, which a real file dialog does not cost); `app`: from
 * the file input's change event, timed in the page.
 */
async function importDraft(page: Page, file: string): Promise<{ total: number; app: number }> {
  await page.evaluate(() => {
    window.addEventListener(
      'change',
      () => {
        (window as unknown as { __importStart: number }).__importStart = performance.now();
      },
      { capture: true, once: true },
    );
  });
  const t = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入草稿文件' }).click();
  await (await chooser).setFiles(file);
  await page.getByTestId('expense-grid').locator('.grid-row[data-row="0"]').waitFor({ timeout: 600_000 });
  const total = Date.now() - t;
  const app = await page.evaluate(
    () => performance.now() - (window as unknown as { __importStart: number }).__importStart,
  );
  return { total, app: Math.round(app) };
}

/**
 * Arms a timer in the page: from the next keydown of `key` (its event timestamp) until the first
 * DOM change under `[data-testid=testId]`, with that page's layout forced (as the browser must
 * before it paints). Source text: tsx would wrap a named page function in a helper the page lacks.
 */
const ARM_SCRIPT = `([testId, key, timeoutMs]) => {
  const root = document.querySelector('[data-testid="' + testId + '"]');
  window.__bench = new Promise((resolve) => {
    if (!root) return resolve(-1);
    let start = 0;
    const down = (e) => {
      if (e.key.toLowerCase() !== key) return; // Control comes first
      start = e.timeStamp;
      window.removeEventListener('keydown', down, true);
    };
    window.addEventListener('keydown', down, true);
    const mo = new MutationObserver(() => {
      mo.disconnect();
      root.getBoundingClientRect();
      document.body.offsetHeight;
      resolve(performance.now() - start);
    });
    mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => { mo.disconnect(); resolve(-1); }, timeoutMs);
  });
}`;

async function timedKey(page: Page, testId: string, press: string, key: string): Promise<number> {
  await page.evaluate(`(${ARM_SCRIPT})(${JSON.stringify([testId, key, CHANGE_TIMEOUT_MS])})`);
  await page.keyboard.press(press);
  return page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench);
}

/** One grid edit: type a digit over the active amount cell, press Enter, time until 支出总计 changes. */
async function timedEdit(page: Page, digit: string): Promise<number> {
  await page.keyboard.type(digit);
  return timedKey(page, 'status-expense', 'Enter', 'enter');
}

/** Alternating Ctrl+Z / Ctrl+Y on the focused screen, each timed until `testId`'s content changes. */
async function timedUndoRedo(page: Page, testId: string): Promise<{ times: number[]; missed: number }> {
  const times: number[] = [];
  let missed = 0;
  for (let i = 0; i < 2 * UNDO_PAIRS; i++) {
    const t = await timedKey(page, testId, i % 2 === 0 ? 'Control+z' : 'Control+y', i % 2 === 0 ? 'z' : 'y');
    if (t >= 0) times.push(t);
    else if (++missed >= 3 && times.length === 0) break; // the screen does not follow these keys
  }
  return { times, missed };
}

/** Source text: tsx would wrap named page functions in a helper (`__name`) the page lacks. */
const SCROLL_SCRIPT = `new Promise((resolve) => {
  const el = document.querySelector('[data-testid="expense-grid"]');
  const deltas = [];
  let last = 0;
  let n = 0;
  function frame(now) {
    deltas.push(now - last);
    last = now;
    el.scrollTop += 900; // ~32 rows a frame: a fast wheel / scrollbar drag
    if (++n < 180) requestAnimationFrame(frame);
    else resolve(deltas.slice(2));
  }
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(frame); });
})`;

async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(SCROLL_SCRIPT) as Promise<number[]>;
}

/** Opens a section of the open draft from the left navigation; ms until `ready` shows. */
async function openSection(page: Page, name: string, ready: string): Promise<number> {
  const t = Date.now();
  await page
    .getByRole('navigation', { name: '草稿内容' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  await page.locator(ready).first().waitFor({ timeout: 300_000 });
  return Date.now() - t;
}

/** Puts the keyboard in a screen: the screen itself when it takes focus, else a button in it that stays enabled. */
async function focusScreen(page: Page, testId: string): Promise<void> {
  await page.evaluate((id) => {
    const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!el) return; // the page-wide keys (Ctrl+Z / Ctrl+Y of the workspace) take it from the body
    el.focus();
    if (el.contains(document.activeElement)) return;
    const button = [...el.querySelectorAll<HTMLButtonElement>('button:not([disabled])')].find(
      (b) => !/^(撤销|重做)/.test(b.textContent ?? ''),
    );
    button?.focus();
  }, testId);
}

const summary = (label: string, r: { times: number[]; missed: number }) =>
  (r.times.length > 0
    ? `${label}_p50_ms=${f(percentile(r.times, 50))} ${label}_p95_ms=${f(percentile(r.times, 95))}`
    : `${label}=none`) + (r.missed > 0 ? ` ${label}_unchanged=${r.missed}` : '');

execSync(`npm run build:web -- --outDir ${JSON.stringify(OUT_DIR)}`, { cwd: ROOT, stdio: 'ignore' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--config', 'vite.web.config.ts', '--outDir', OUT_DIR, '--port', String(PORT), '--strictPort'],
  { cwd: ROOT, stdio: 'ignore', detached: true },
);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const tmp = mkdtempSync(join(tmpdir(), 'ui-bench-'));
try {
  await waitForServer(`http://localhost:${PORT}/`, 60_000);
  const resources = loadNodeResources();
  const catalogs = resources.catalogs.forYear(2025);
  for (const lines of SIZES) {
    const started = Date.now();
    const draft = syntheticDraft(catalogs, { units: 100, lines });
    const file = join(tmp, `synthetic-${lines}.budget.json`);
    writeFileSync(file, saveDraftText(draft));
    // The largest table the app shows for this draft, and a line whose change reaches its first rows:
    // a project line of one of the first projects (every total, the project tables' top lines), below
    // the lines the grid edits.
    const largest = new BudgetEngine(draft, { catalogs, layout: resources.layouts.get(DEFAULT_LAYOUT)! })
      .tables()
      .reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    const projectRow = draft.expenses.findIndex((e, i) => i > EDITS && e.project !== null);

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/`);
    const imported = await importDraft(page, file);
    rmSync(file);

    // 支出明细: typed amounts committed with Enter, then a fast scroll.
    const grid = page.getByTestId('expense-grid');
    await grid.locator('.grid-row[data-row="0"] .grid-cell[data-col="amount"]').click();
    const edits: number[] = [];
    for (let i = 0; i < EDITS; i++) edits.push(await timedEdit(page, String((i % 9) + 1)));
    const frames = await scrollFrames(page);

    // The edit the other screens undo and redo: a project line's amount set to 1,000,000 (100 万元).
    await grid.evaluate((el, row) => (el.scrollTop = Math.max(0, row * 28 - 56)), projectRow);
    await grid.locator(`.grid-row[data-row="${projectRow}"] .grid-cell[data-col="amount"]`).click();
    await page.keyboard.type('100000');
    await timedEdit(page, '0');

    // 公开表 showing the largest table.
    const tablesOpen = await openSection(page, '公开表', '[data-testid="paper-table"]');
    await page.getByRole('navigation', { name: '公开表' }).locator(`button[data-table-id="${largest.id}"]`).click();
    await page.locator(`[data-testid="paper-table"][data-table-id="${largest.id}"]`).waitFor({ timeout: 300_000 });
    await page.waitForTimeout(1500); // the list's background check of the other tables
    await focusScreen(page, 'preview-section');
    const tables = await timedUndoRedo(page, 'paper-table');

    // 情况说明.
    const reportOpen = await openSection(page, '情况说明', '[data-testid="report-paper"]');
    await page.waitForTimeout(500);
    await focusScreen(page, 'report-section');
    const report = await timedUndoRedo(page, 'report-paper');

    console.log(
      [
        `lines=${lines}`,
        `import_open_ms=${imported.total} import_open_app_ms=${imported.app}`,
        summary('keystroke_status', { times: edits, missed: 0 }),
        `scroll_frame_p50_ms=${f(percentile(frames, 50))} scroll_frame_p95_ms=${f(percentile(frames, 95))} scroll_frame_max_ms=${f(Math.max(...frames))}`,
        `tables_open_ms=${tablesOpen} largest_table=${largest.id}(${largest.rows.length}_rows)`,
        summary('keystroke_table', tables),
        `report_open_ms=${reportOpen}`,
        summary('keystroke_report', report),
        `run_s=${Math.round((Date.now() - started) / 1000)}`,
      ].join(' '),
    );
    await context.close();
  }
  // 决算: the same grid edits in 支出决算 of a 决算 draft, timed until 本年支出 changes (the final
  // status bar's `status-expense`); the write of the touched block follows each edit.
  for (const lines of FINAL_SIZES) {
    const started = Date.now();
    const draft = syntheticFinalDraft(catalogs, { units: 100, lines });
    const file = join(tmp, `synthetic-${lines}.final.json`);
    writeFileSync(file, saveFinalDraftText(draft));
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/`);
    const t = Date.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入草稿文件' }).click();
    await (await chooser).setFiles(file);
    await page.getByTestId('final-status').waitFor({ timeout: 600_000 });
    const opened = Date.now() - t;
    rmSync(file);
    await page
      .getByRole('navigation', { name: '决算内容' })
      .getByRole('button', { name: /^支出决算/ })
      .click();
    const grid = page.getByTestId('expense-grid');
    await grid.locator('.grid-row[data-row="0"] .grid-cell[data-col="amount"]').click();
    const edits: number[] = [];
    for (let i = 0; i < EDITS; i++) edits.push(await timedEdit(page, String((i % 9) + 1)));
    console.log(
      [
        `final_lines=${draft.expenses.length}`,
        `import_open_ms=${opened}`,
        summary('keystroke_status', { times: edits, missed: 0 }),
        `run_s=${Math.round((Date.now() - started) / 1000)}`,
      ].join(' '),
    );
    await context.close();
  }
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid);
  rmSync(tmp, { recursive: true, force: true });
}
