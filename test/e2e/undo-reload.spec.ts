import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

/** Steps of the undo history stored for the open draft (the `undoHistory` table), read as the app stores them. */
function storedUndoSteps(page: Page): Promise<{ past: number; future: number }> {
  return page.evaluate(
    () =>
      new Promise<{ past: number; future: number }>((resolve, reject) => {
        const open = indexedDB.open('budget-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('undoHistory').objectStore('undoHistory').getAll();
          all.onsuccess = () => {
            const rows = all.result as { past: unknown[]; future: unknown[] }[];
            db.close();
            resolve({ past: rows[0]?.past.length ?? 0, future: rows[0]?.future.length ?? 0 });
          };
        };
      }),
  );
}

async function openSample(page: Page): Promise<WorkspacePage> {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  await expect(page).toHaveURL(/#\/draft\//);
  const ws = new WorkspacePage(page);
  await ws.expectSampleTotals();
  return ws;
}

const saveState = (page: Page) => page.getByTestId('save-state');

test('输入金额后刷新页面，Ctrl+Z 仍可撤销（撤销记录随草稿保存），Ctrl+Y 可恢复', async ({ page }) => {
  const ws = await openSample(page);
  const before = await ws.cell(0, 'amount').textContent();

  await ws.typeInto(0, 'amount', '3000000');
  await ws.typeInto(1, 'amount', '1000');
  await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
  await expect(saveState(page)).toHaveAttribute('data-save-state', 'saved');
  await expect.poll(() => storedUndoSteps(page)).toEqual({ past: 2, future: 0 });

  await page.reload();
  await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
  await expect(ws.cell(1, 'amount')).toHaveText('1,000.00');
  await expect(
    page.getByRole('toolbar', { name: '支出明细操作' }).getByRole('button', { name: '撤销 输入' }),
  ).toBeEnabled();

  // Ctrl+Z in the grid: the last amount first, then the first one, back to the sample's figures.
  await ws.selectCell(2, 'amount');
  await page.keyboard.press('Control+z');
  await expect(ws.cell(1, 'amount')).not.toHaveText('1,000.00');
  await page.keyboard.press('Control+z');
  await expect(ws.cell(0, 'amount')).toHaveText(before ?? '');
  await ws.expectSampleTotals();

  // The undone steps are kept too: after another reload Ctrl+Y puts the first amount back.
  await expect(saveState(page)).toHaveAttribute('data-save-state', 'saved');
  await expect.poll(() => storedUndoSteps(page)).toEqual({ past: 0, future: 2 });
  await page.reload();
  await ws.selectCell(2, 'amount');
  await page.keyboard.press('Control+y');
  await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
});
