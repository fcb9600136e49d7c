import { spawn, execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { loadNodeResources } from '../../src-main/cli/node-resources';
import { saveDraftText } from '../../src-core/domain/draft/save';
import { syntheticDraft } from './synthetic';

/**
 * UI benchmark (prints numbers only; tests never depend on timing): builds the web app, serves it
 * with `vite preview`, and in Chromium imports a synthetic 5,000- and 50,000-line draft, then
 * measures keystroke → status bar (Enter that commits a typed amount until the 支出总计 text
 * changes, both timed in the page) and grid scroll frame times (requestAnimationFrame deltas).
 */
const ROOT = resolve(import.meta.dirname, '../..');
/** Several people may run benches at once: PW_PORT / PW_OUT_DIR as for the e2e tests. */
const PORT = Number(process.env.PW_PORT ?? 4179);
const OUT_DIR = resolve(ROOT, process.env.PW_OUT_DIR ?? 'dist-web');
/** Sizes to run, e.g. BENCH_LINES=50000 (default 5,000 and 50,000). */
const SIZES = (process.env.BENCH_LINES ?? '5000,50000').split(',').map(Number);
const EDITS = 50;

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
 * Imports through 导入草稿文件 until the grid's first row shows. `total`: from the click (includes
 * Playwright handing the file to the page, ≈ 1.5 s of base64 for 13 MB, which a real file dialog
 * does not cost); `app`: from the file input's change event, timed in the page.
 */
async function importDraft(page: Page, text: string): Promise<{ total: number; app: number }> {
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
  await (
    await chooser
  ).setFiles({ name: 'synthetic.budget.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await page.getByTestId('expense-grid').locator('.grid-row[data-row="0"]').waitFor({ timeout: 300_000 });
  const total = Date.now() - t;
  const app = await page.evaluate(
    () => performance.now() - (window as unknown as { __importStart: number }).__importStart,
  );
  return { total, app: Math.round(app) };
}

/** One edit: type a digit over the active amount cell, press Enter, time until 支出总计 changes. */
async function timedEdit(page: Page, digit: string): Promise<number> {
  await page.keyboard.type(digit);
  await page.evaluate(() => {
    const w = window as unknown as { __bench: Promise<number> };
    const status = document.querySelector('[data-testid="status-expense"]')!;
    w.__bench = new Promise<number>((resolve) => {
      let start = 0;
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter') start = e.timeStamp;
        },
        { capture: true, once: true },
      );
      const mo = new MutationObserver(() => {
        mo.disconnect();
        resolve(performance.now() - start);
      });
      mo.observe(status, { subtree: true, childList: true, characterData: true });
    });
  });
  await page.keyboard.press('Enter');
  return page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench);
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
try {
  await waitForServer(`http://localhost:${PORT}/`, 60_000);
  const catalogs = loadNodeResources().catalogs.forYear(2025);
  for (const lines of SIZES) {
    const text = saveDraftText(syntheticDraft(catalogs, { units: 100, lines }));
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/`);
    const imported = await importDraft(page, text);
    await page.getByTestId('expense-grid').locator('.grid-row[data-row="0"] .grid-cell[data-col="amount"]').click();
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) times.push(await timedEdit(page, String((i % 9) + 1)));
    const frames = await scrollFrames(page);
    console.log(
      `lines=${lines} import_open_ms=${imported.total} import_open_app_ms=${imported.app} keystroke_status_p50_ms=${f(percentile(times, 50))} keystroke_status_p95_ms=${f(percentile(times, 95))} scroll_frame_p50_ms=${f(percentile(frames, 50))} scroll_frame_p95_ms=${f(percentile(frames, 95))} scroll_frame_max_ms=${f(Math.max(...frames))}`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid);
}
