import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { SectionsPage } from './pages/sections-page';
import { WorkspacePage } from './pages/workspace-page';

/**
 * Durability: an edit is either stored or visibly not yet stored (保存中), and what was on screen
 * survives a reload even when the database had not finished writing it (the edit journal).
 *
 * To catch the window between an edit and its transaction every time (not only on a loaded
 * machine), a second page of the same origin holds a read-write transaction on the drafts store
 * open — as a slow disk or another window's long write would — so the edit cannot be stored
 * before the reload. Storage and the app's code are the real ones.
 */
async function blockWrites(page: Page): Promise<() => Promise<void>> {
  const blocker = await page.context().newPage();
  await blocker.goto(page.url().replace(/#.*$/, '') + '#/blocker');
  await blocker.evaluate(
    () =>
      new Promise<void>((started) => {
        const open = indexedDB.open('budget-drafts');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['drafts', 'lineBlocks', 'headParts'], 'readwrite');
          const store = tx.objectStore('drafts');
          const w = window as unknown as { __release?: boolean };
          // Keep the transaction alive with requests until released.
          const spin = () => {
            if (w.__release) return;
            store.count().onsuccess = spin;
          };
          spin();
          started();
        };
      }),
  );
  return async () => {
    await blocker.evaluate(() => {
      (window as unknown as { __release: boolean }).__release = true;
    });
    await blocker.close();
  };
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

test.describe('修改不会丢失', () => {
  test('数据库尚未写完时刷新：屏幕上的修改在刷新后仍在（编辑日志）', async ({ page }) => {
    const ws = await openSample(page);
    const release = await blockWrites(page);

    await ws.typeInto(0, 'amount', '3000000');
    await expect(ws.difference).toHaveText(/差额\s*-12\.54/);
    // Not on disk yet, and the header says so.
    await expect(saveState(page)).toHaveAttribute('data-save-state', 'saving');
    await expect(saveState(page)).toHaveText('保存中…');

    const reloaded = page.reload();
    await page.waitForTimeout(300);
    await release();
    await reloaded;
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
    await expect(ws.difference).toHaveText(/差额\s*-12\.54/);
    await expect(saveState(page)).toHaveAttribute('data-save-state', 'saved');

    // Stored for good: a further reload (nothing journaled any more) shows the same.
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('budget-journal:')).length),
    ).toBe(0);
    await page.reload();
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
  });

  test('多行文字边输入边保存：输入后立即刷新也不丢失，每次停顿为一步撤销', async ({ page }) => {
    await openSample(page);
    const s = new SectionsPage(page);
    await s.show('基本信息');
    const functions = s.field('主要职能');
    await functions.click();
    await functions.press('Control+End');
    await page.keyboard.type('（新增一条职能）');
    await expect(saveState(page)).toHaveAttribute('data-save-state', 'saving');
    // F5 before the pause is over: the text is stored on the way out.
    await page.reload();
    await s.show('基本信息');
    await expect(s.field('主要职能')).toHaveValue(/（新增一条职能）$/);
    await expect(saveState(page)).toHaveAttribute('data-save-state', 'saved');

    // Typing stores after a pause, without leaving the field; one undo step per burst.
    const field = s.field('联系人及联系方式');
    await field.click();
    await field.press('Control+End');
    await page.keyboard.type('，传真 0580-1234567');
    await expect(saveState(page)).toHaveAttribute('data-save-state', 'saved', { timeout: 5000 });
    await expect(field).toBeFocused();
    await page.reload();
    await s.show('基本信息');
    await expect(s.field('联系人及联系方式')).toHaveValue(/传真 0580-1234567$/);
  });

  test('文字输入中被阻塞时关闭页面：重新打开后文字仍在', async ({ page, context }) => {
    await openSample(page);
    const url = page.url();
    const s = new SectionsPage(page);
    await s.show('基本信息');
    const release = await blockWrites(page);
    const field = s.field('机构设置及人员情况');
    await field.click();
    await field.press('Control+End');
    await page.keyboard.type('（关闭前输入）');
    await page.close({ runBeforeUnload: true });
    await release();

    const again = await context.newPage();
    await again.goto(url);
    const s2 = new SectionsPage(again);
    await s2.show('基本信息');
    await expect(s2.field('机构设置及人员情况')).toHaveValue(/（关闭前输入）$/);
  });

  test('单元格输入后未按回车就刷新：表格和支出明细里正在输入的内容也保存', async ({ page }) => {
    const ws = await openSample(page);
    // 支出明细: typed over a cell, no Enter.
    await ws.selectCell(1, 'amount');
    await page.keyboard.type('123456');
    await page.reload();
    await expect(ws.cell(1, 'amount')).toHaveText('123,456.00');

    // 其他事项 → 政府采购: the cell editor open, no Enter.
    const s = new SectionsPage(page);
    await s.show('其他事项');
    await s.cell('政府采购', 0, 'amount').getByRole('button').click();
    await s.cell('政府采购', 0, 'amount').locator('input').fill('250000');
    await page.reload();
    await s.show('其他事项');
    await expect(s.cell('政府采购', 0, 'amount')).toHaveText('250,000.00');
  });
});
