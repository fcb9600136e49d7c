import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

/**
 * 决算 drafts are stored as head parts and line blocks (schema version 7): a typed amount survives a
 * reload, and one typed while the database cannot write (another connection holds the 决算 tables)
 * survives a reload made before the write could finish — the edit journal stores it on reopening.
 */
const HUANGPI = readFileSync('test/fixtures/huangpi-2024.final.json', 'utf8');
const saveState = (page: Page) => page.getByTestId('save-state');

/** Holds a read-write transaction on the 决算 tables from a second page until the returned call. */
async function holdFinalTables(page: Page): Promise<() => Promise<void>> {
  const holder = await page.context().newPage();
  await holder.goto(page.url().replace(/#.*$/, '') + '#/holder');
  await holder.evaluate(
    (names) =>
      new Promise<void>((held) => {
        const request = indexedDB.open('budget-drafts');
        request.onsuccess = () => {
          const store = request.result.transaction(names, 'readwrite').objectStore(names[0]);
          const keep = () => {
            if (!(window as unknown as { __done?: boolean }).__done) store.count().onsuccess = keep;
          };
          keep();
          held();
        };
      }),
    ['finalDrafts', 'finalLineBlocks', 'finalHeadParts'],
  );
  return async () => {
    await holder.evaluate(() => ((window as unknown as { __done: boolean }).__done = true));
    await holder.close();
  };
}

async function openHuangpi(page: Page): Promise<WorkspacePage> {
  const home = new HomePage(page);
  await home.goto();
  await home.importFile('huangpi-2024.final.json', HUANGPI);
  await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*282\.91/);
  return new WorkspacePage(page);
}

test.describe('决算草稿的保存', () => {
  test('输入后刷新：金额仍在，已保存', async ({ page }) => {
    const ws = await openHuangpi(page);
    await ws.typeInto(0, 'amount', '1000000');
    await expect(saveState(page)).toHaveAttribute('data-save-state', 'saved');
    const shown = await page.getByTestId('status-expense').textContent();
    expect(shown).not.toMatch(/282\.91/);
    await page.reload();
    await expect(ws.cell(0, 'amount')).toHaveText('1,000,000.00');
    await expect(page.getByTestId('status-expense')).toHaveText(shown!);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('final-draft-journal:'))),
    ).toEqual([]);
  });

  test('数据库尚未写完时刷新：输入的金额在刷新后仍在（编辑日志）', async ({ page }) => {
    const ws = await openHuangpi(page);
    await expect(saveState(page)).toHaveAttribute('data-save-state', 'saved');
    const release = await holdFinalTables(page);
    await ws.typeInto(0, 'amount', '2000000');
    await expect(saveState(page)).toHaveAttribute('data-save-state', 'saving');
    const shown = await page.getByTestId('status-expense').textContent();

    const reloaded = page.reload();
    await page.waitForTimeout(300);
    await release();
    await reloaded;
    await expect(ws.cell(0, 'amount')).toHaveText('2,000,000.00');
    await expect(page.getByTestId('status-expense')).toHaveText(shown!);
    await expect(saveState(page)).toHaveAttribute('data-save-state', 'saved');
    await page.screenshot({ path: '.tmp/shots-final-storage/recovered.png' });

    // Stored for good: nothing left in the journal, and a further reload shows the same.
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('final-draft-journal:'))),
    ).toEqual([]);
    await page.reload();
    await expect(ws.cell(0, 'amount')).toHaveText('2,000,000.00');
  });
});
