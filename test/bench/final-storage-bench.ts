// The 决算 write path at 5,000 and 50,000 expense lines: what a committed keystroke costs the page's
// thread before and after the draft was stored as head parts and line blocks (schema version 7).
// Before: the whole draft serialised (saveFinalDraftText) and journaled per write. After: the engine
// update, the edit journaled, the touched block made from the engine's lines (FinalBlockLayout.take)
// and structured-cloned as IndexedDB does on put. Storage is fake-indexeddb in Node, so the time to
// commit is printed for reference only (Chromium's IndexedDB commits off the page's thread).
// Standalone: `npx tsx test/bench/final-storage-bench.ts [--size 50000]`; with `--chromium <url>` the
// same keystrokes in the app served at <url> (benchFinalStorageInChromium). Prints numbers only.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FinalEngine } from '../../src-core/domain/final/final-engine';
import { buildFinalLayouts } from '../../src-core/domain/final/layout';
import { saveFinalDraftText } from '../../src-core/domain/final/save';
import { loadNodeResources, RESOURCES_DIR } from '../../src-main/cli/node-resources';
import { BudgetDb } from '../../src-renderer/data/database';
import { FinalRepository } from '../../src-renderer/data/final-repository';
import { FinalSession } from '../../src-renderer/features/final/final-session';
import { memoryStore } from '../unit/data/helpers';
import { syntheticFinalDraft } from './final-synthetic';
import { rng } from './synthetic';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
const stats = (xs: number[]) =>
  `p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}, max ${ms(Math.max(...xs))}`;

export async function benchFinalStorage(sizes: readonly number[] = [5_000, 50_000]): Promise<void> {
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
    console.log(`\n== 决算 storage, ${draft.expenses.length} expense lines`);
    const db = new BudgetDb(`final-storage-bench-${size}`);
    const finals = new FinalRepository(db);
    let t = performance.now();
    const created = await finals.create(draft);
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value;
    console.log(`create (validate + head parts + blocks): ${ms(performance.now() - t)}`);
    t = performance.now();
    const loaded = await finals.load(id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    console.log(`load (read + assemble + validate): ${ms(performance.now() - t)}`);
    const engine = new FinalEngine(loaded.value.draft, { catalogs, layout, lineIds: loaded.value.lineIds });
    const session = new FinalSession(engine, id, 'bench', 1, finals, memoryStore(), loaded.value.layout);

    const next = rng(11);
    const ids = engine.lineIds('expense');
    const pick = () => ids[Math.floor(next() * ids.length)];
    // Before: one serialisation of the whole draft per write, and its journal entry.
    const before: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const text = saveFinalDraftText(engine.draft);
      JSON.stringify({ base: 1, text });
      before.push(performance.now() - t0);
    }
    console.log(`before (whole text + journal per write): ${stats(before)} (n=${before.length})`);

    // After: the keystroke as the session handles it (engine, journal, layout, the write's start).
    const keystroke: number[] = [];
    const clone: number[] = [];
    const commit: number[] = [];
    for (let i = 0; i < 200; i++) {
      const lineId = pick();
      const line = engine.line('expense', lineId)!;
      const t0 = performance.now();
      session.setLine('输入', 'expense', lineId, { ...line, amount: `${(i % 97) + 1}.25` });
      keystroke.push(performance.now() - t0);
      await session.flush();
      commit.push(performance.now() - t0);
    }
    // What IndexedDB does with the rows of one keystroke's write (structured clone on put).
    for (let i = 0; i < 100; i++) {
      const lineId = pick();
      session.setLine('输入', 'expense', lineId, { ...engine.line('expense', lineId)! });
      await session.flush();
      const rows = await db.finalLineBlocks.limit(1).toArray();
      const t0 = performance.now();
      structuredClone(rows);
      clone.push(performance.now() - t0);
    }
    console.log(
      `after: keystroke in the page (engine + journal + touched block): ${stats(keystroke)} (n=${keystroke.length})`,
    );
    console.log(`after: structured clone of one block (≤ 400 lines) on put: ${stats(clone)} (n=${clone.length})`);
    console.log(`after: keystroke → committed in fake-indexeddb (reference only): ${stats(commit)}`);
    db.close();
    await db.delete();
  }
}

/**
 * The same keystrokes in the app, in Chromium with its IndexedDB, against a build served at `url`
 * (e.g. `npx vite preview --config vite.web.config.ts --outDir <dir> --port 4422`): the synthetic 决算
 * imported, then 30 amounts typed into the grid's first line, each committed with Enter. Per edit:
 * Enter → the status bar changed, Enter → 已保存 (the write committed, strict durability), and the
 * longest frame (requestAnimationFrame delta) in the 600 ms after Enter — above 16.7 ms means a task
 * held the page's thread longer than a frame. Timed in the page; the script is a string because tsx
 * would wrap named functions in a helper the page lacks.
 */
export async function benchFinalStorageInChromium(url: string, sizes: readonly number[]): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const resources = loadNodeResources();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const dir = mkdtempSync(join(tmpdir(), 'final-storage-'));
  try {
    for (const size of sizes) {
      const file = join(dir, `final-${size}.final.json`);
      writeFileSync(
        file,
        saveFinalDraftText(syntheticFinalDraft(resources.catalogs.forYear(2024), { units: 100, lines: size })),
      );
      const page = await (
        await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
      ).newPage();
      await page.goto(url);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '导入草稿文件' }).click();
      await (await chooser).setFiles(file);
      await page.locator('[data-testid="save-state"][data-save-state="saved"]').waitFor({ timeout: 600_000 });
      await page.locator('.grid-row[data-row="0"] .grid-cell[data-col="amount"]').first().click();
      const screen: number[] = [];
      const stored: number[] = [];
      const frames: number[] = [];
      for (let i = 0; i < 30; i++) {
        // Whole millions of 元: the status bar (万元, two decimals) changes with every edit.
        await page.keyboard.type(String(((i % 9) + 1) * 1_000_000));
        await page.evaluate(ARM);
        await page.keyboard.press('Enter');
        const r = (await page.evaluate('window.__edit')) as { screen: number; saved: number; max: number };
        screen.push(r.screen);
        stored.push(r.saved);
        frames.push(r.max);
      }
      console.log(`\n== 决算 in Chromium, ${size} expense lines (${url})`);
      console.log(`Enter → status bar: ${stats(screen)}; Enter → 已保存: ${stats(stored)} (n=30)`);
      console.log(`longest frame in the 600 ms after Enter: ${stats(frames)} (16.7 ms = no frame missed)`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ARM = `(() => {
  const status = document.querySelector('[data-testid="final-status"]');
  const state = document.querySelector('[data-testid="save-state"]');
  window.__edit = new Promise((resolve) => {
    let start = 0, screen = -1, saved = -1, last = 0, max = 0;
    const tick = (t) => {
      max = Math.max(max, t - last);
      last = t;
      if (saved < 0 && screen >= 0 && state.getAttribute('data-save-state') === 'saved') saved = performance.now() - start;
      if (t - start < 600) requestAnimationFrame(tick); else resolve({ screen, saved, max });
    };
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      start = e.timeStamp;
      last = performance.now();
      requestAnimationFrame(tick);
    }, { capture: true, once: true });
    const mo = new MutationObserver(() => {
      if (screen < 0) screen = performance.now() - start;
      mo.disconnect();
    });
    mo.observe(status, { subtree: true, childList: true, characterData: true, attributes: true });
  });
})()`;

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
if (process.argv[1]?.endsWith('final-storage-bench.ts')) {
  const sizes = arg('size') ? [Number(arg('size'))] : [5_000, 50_000];
  const url = arg('chromium');
  if (url) await benchFinalStorageInChromium(url, sizes);
  else await benchFinalStorage(sizes);
}
