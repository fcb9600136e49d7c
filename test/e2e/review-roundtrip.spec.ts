import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = `${process.env.PW_OUT_DIR ?? 'test-results'}/screenshots`;
const NOTE = '该项绩效工资待年中考核后再安排，本年先列 0';

/** 导出草稿文件 of the open draft: the downloaded text. */
async function exportDraft(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿文件' }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

test.describe('出错说明随草稿文件导出、导入', () => {
  test('说明一行金额为 0 的提示，导出草稿文件，再从首页导入为新草稿：审核中仍为已说明，说明文字不丢', async ({
    page,
  }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();

    // Third line of 支出明细 (expenses[2]) set to 0: an R-ZERO warning on that line.
    await ws.typeInto(2, 'amount', '0');
    await expect(ws.cell(2, 'amount')).toHaveText('0.00');
    await ws.show('审核');
    const counts = ws.review.getByTestId('review-counts');
    // (The sample's six warnings plus this one; the line at 0 also unbalances 收支, hence errors.)
    await expect(counts).toHaveText(/提示 7 · 已说明 0$/);
    const item = ws.review.locator('[data-rule="R-ZERO"]');
    await expect(item).toHaveCount(1);
    await item.getByRole('button', { name: '填写说明' }).click();
    await item.getByRole('textbox', { name: '出错说明' }).fill(NOTE);
    await item.getByRole('button', { name: '保存', exact: true }).click();
    await expect(item).toContainText(`出错说明：${NOTE}`);
    await expect(counts).toHaveText(/提示 7 · 已说明 1$/);
    await expect(page.getByTestId('save-state').filter({ hasText: '已保存' })).toBeVisible();

    // In the file the line is named by its path, not by the database's id.
    const text = await exportDraft(page);
    const file = JSON.parse(text) as { reviews: unknown; expenses: { amount: string }[] };
    expect(file.reviews).toEqual([{ rule: 'R-ZERO', target: { line: 'expenses[2]', field: 'amount' }, note: NOTE }]);
    expect(Number(file.expenses[2].amount)).toBe(0);

    await home.backHome();
    await home.importFile('舟山-已说明.budget.json', text);
    await expect(ws.grid).toBeVisible();
    await expect(ws.cell(2, 'amount')).toHaveText('0.00');
    await expect(home.page.getByRole('button', { name: '← 首页' })).toBeVisible();
    await ws.show('审核');
    const imported = ws.review.locator('[data-rule="R-ZERO"]');
    await expect(imported).toHaveCount(1);
    await expect(imported).toContainText('已说明');
    await expect(imported).toContainText(`出错说明：${NOTE}`);
    await expect(ws.review.getByTestId('review-counts')).toHaveText(/提示 7 · 已说明 1$/);
    await expect(ws.review).not.toContainText('已失效');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/review-roundtrip-imported.png` });

    // The new draft exports as the very file it was imported from.
    expect(await exportDraft(page)).toBe(text);
    await home.backHome();
    await expect(home.list.getByRole('row').filter({ hasText: '舟山市人民政府办公室' })).toHaveCount(2);
  });
});
