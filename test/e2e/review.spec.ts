import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = `${process.env.PW_OUT_DIR ?? 'test-results'}/screenshots`;
const NOTE = '该项目绩效指标由市财政局统一下达，另行公开';

/** The 舟山 sample opened at 审核 (no errors, six warnings: five R-PROJECT-EMPTY and one R-ROUND). */
async function openSampleReview(page: Page) {
  const home = new HomePage(page);
  const ws = new WorkspacePage(page);
  await home.goto();
  await home.importSample();
  await ws.show('审核');
  return ws;
}

test.describe('审核：出错说明', () => {
  test('说明一条提示：已说明与说明文字出现；Ctrl+Z 撤销、Ctrl+Y 重做；刷新仍在；导出的草稿文件含 reviews', async ({
    page,
  }) => {
    const ws = await openSampleReview(page);
    const counts = ws.review.getByTestId('review-counts');
    await expect(counts).toHaveText('错误 0 · 提示 6 · 已说明 0');

    const item = ws.review.locator('[data-rule="R-PROJECT-EMPTY"]').filter({ hasText: '167001-01' });
    await expect(item).toHaveCount(1);
    await item.getByRole('button', { name: '填写说明' }).click();
    await item.getByRole('textbox', { name: '出错说明' }).fill(NOTE);
    await item.getByRole('button', { name: '保存', exact: true }).click();

    await expect(item).toContainText('已说明');
    await expect(item).toContainText(`出错说明：${NOTE}`);
    await expect(item.getByRole('button', { name: '修改说明' })).toBeVisible();
    await expect(counts).toHaveText('错误 0 · 提示 6 · 已说明 1');
    await expect(ws.warnings).toBeVisible(); // the status bar still counts the warning: explained, not hidden
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/review-explained.png` });

    await page.keyboard.press('Control+z');
    await expect(item).not.toContainText('已说明');
    await expect(item).not.toContainText(NOTE);
    await expect(counts).toHaveText('错误 0 · 提示 6 · 已说明 0');
    await page.keyboard.press('Control+y');
    await expect(item).toContainText(`出错说明：${NOTE}`);
    await expect(counts).toHaveText('错误 0 · 提示 6 · 已说明 1');

    // 只看未说明: the explained warning leaves the list, the others stay.
    await ws.review.getByLabel('只看未说明').check();
    await expect(item).toHaveCount(0);
    await expect(ws.review.locator('li.finding')).toHaveCount(5);
    await ws.review.getByLabel('只看未说明').uncheck();
    await expect(ws.review.locator('li.finding')).toHaveCount(6);

    await expect(page.getByTestId('save-state').filter({ hasText: '已保存' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('grid')).toBeVisible();
    await ws.show('审核');
    await expect(item).toContainText('已说明');
    await expect(item).toContainText(`出错说明：${NOTE}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出草稿文件' }).click();
    const file = await download;
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as { reviews: unknown };
    expect(exported.reviews).toEqual([
      { rule: 'R-PROJECT-EMPTY', target: { project: '167001-01', field: 'indicators' }, note: NOTE },
    ]);
  });

  test('修改与删除说明；空白说明即删除；取消不作修改', async ({ page }) => {
    const ws = await openSampleReview(page);
    const item = ws.review.locator('[data-rule="R-PROJECT-EMPTY"]').filter({ hasText: '167001-02' });
    await item.getByRole('button', { name: '填写说明' }).click();
    const box = item.getByRole('textbox', { name: '出错说明' });
    await box.fill('第一次说明');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/review-editing.png` });
    await box.press('Control+Enter');
    await expect(item).toContainText('出错说明：第一次说明');

    await item.getByRole('button', { name: '修改说明' }).click();
    await expect(box).toHaveValue('第一次说明');
    await box.fill('不要保存的文字');
    await item.getByRole('button', { name: '取消' }).click();
    await expect(item).toContainText('出错说明：第一次说明');

    await item.getByRole('button', { name: '修改说明' }).click();
    await box.fill('   ');
    await item.getByRole('button', { name: /^保存/ }).click();
    await expect(item).not.toContainText('已说明');
    await expect(item.getByRole('button', { name: '填写说明' })).toBeVisible();

    await page.keyboard.press('Control+z');
    await expect(item).toContainText('出错说明：第一次说明');
    await item.getByRole('button', { name: '删除说明' }).click();
    await expect(item).not.toContainText('已说明');
    await expect(ws.review.getByTestId('review-counts')).toHaveText('错误 0 · 提示 6 · 已说明 0');
  });

  test('错误不能说明；改正后失效的说明列在“已失效的说明”，可删除', async ({ page }) => {
    const ws = await openSampleReview(page);
    await ws.show('支出明细');
    await ws.typeInto(5, 'amount', '0'); // R-ZERO on line 6, and the balances break (errors)
    await ws.show('审核');

    const error = ws.review.locator('li.finding.error').first();
    await expect(error).toBeVisible();
    await expect(error.getByRole('button', { name: '填写说明' })).toHaveCount(0);
    await expect(error.getByText('须修改')).toHaveAttribute('title', '错误必须修改，不能以说明代替');
    await expect(ws.review).toContainText('错误必须修改，不能以说明代替');

    const zero = ws.review.locator('[data-rule="R-ZERO"]');
    await zero.getByRole('button', { name: '填写说明' }).click();
    await zero.getByRole('textbox', { name: '出错说明' }).fill('预留科目，年中追加');
    await zero.getByRole('button', { name: '保存', exact: true }).click();
    await expect(zero).toContainText('已说明');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/review-errors.png` });

    // The officer fixes the cause: the warning goes, its explanation is kept and listed apart.
    await ws.show('支出明细');
    await ws.typeInto(5, 'amount', '100');
    await ws.show('审核');
    await expect(zero).toHaveCount(0);
    const stale = ws.review.getByTestId('stale-reviews');
    await expect(stale).toContainText('已失效的说明 1 条');
    await ws.review.getByRole('button', { name: '已失效的说明 1 条' }).click(); // opens the list and scrolls to it
    await expect(stale.getByText('预留科目，年中追加')).toBeInViewport();
    await expect(stale).toContainText('金额为零');
    await page.screenshot({ path: `${SHOTS}/review-stale.png` });
    await stale.getByRole('button', { name: '删除' }).click();
    await expect(stale).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(ws.review.getByTestId('stale-reviews')).toContainText('已失效的说明 1 条');
  });
});
