import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const FIXTURE = JSON.parse(readFileSync('test/fixtures/zhoushan-2022.budget.json', 'utf8')) as unknown;

test.describe('支出明细编辑', () => {
  test('新建空白草稿，出现在首页列表中；删除后进入回收站并可还原', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.createBlank({ year: '2026', deptCode: '901', deptName: '示范县财政局', unitCode: '901001' });

    const row = home.row('示范县财政局');
    await expect(row).toBeVisible();
    await expect(row).toContainText('2026');
    await expect(row).toContainText('错误');

    await row.getByRole('button', { name: '删除' }).click();
    await expect(home.row('示范县财政局')).toHaveCount(0);
    await page.getByLabel('显示回收站').check();
    await home.row('示范县财政局').getByRole('button', { name: '还原' }).click();
    await page.getByLabel('显示回收站').uncheck();
    await expect(home.row('示范县财政局')).toBeVisible();
  });

  test('导入舟山示例：收入、支出总计 2725.60，差额 0.00', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    await ws.expectSampleTotals();
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,600.00');
    await expect(ws.cell(0, 'function')).toContainText('2010301');
    await expect(ws.cell(0, 'function')).toContainText('行政运行');

    await page.getByRole('button', { name: '← 首页' }).click();
    await expect(home.row('舟山市人民政府办公室')).toContainText('错误 0');
  });

  test('改一个金额：差额变红、审核出现 R-BAL；Ctrl+Z 后复原', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();

    await ws.typeInto(0, 'amount', '3000000');
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
    await expect(ws.difference).toHaveText(/差额\s*-12\.54/);
    await expect(ws.difference).toHaveClass(/bad/);
    await expect(ws.cell(1, 'amount')).toHaveClass(/active/); // Enter moved down

    await ws.show('审核');
    await expect(ws.review.locator('[data-rule^="R-BAL"]').first()).toBeVisible();

    await ws.show('支出明细');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,600.00');
    await expect(ws.difference).toHaveText(/差额\s*0\.00/);
    await expect(ws.difference).not.toHaveClass(/bad/);
    await ws.show('审核');
    await expect(ws.review).toContainText('R-ROUND');
    await expect(ws.review.locator('[data-rule^="R-BAL"]')).toHaveCount(0);

    await ws.show('支出明细');
    await page.keyboard.press('Control+y');
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
  });

  test('粘贴 3×4 的表格块，刷新后修改仍在', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();

    await ws.selectCell(2, 'carryover');
    await ws.pasteText('否\t\t1000\t备注一\r\n否\t\t2,000.50\t备注二\r\n否\t\t３０００\t备注三\r\n');
    await expect(ws.message).toHaveCount(0);
    await expect(ws.cell(2, 'amount')).toHaveText('1,000.00');
    await expect(ws.cell(3, 'amount')).toHaveText('2,000.50');
    await expect(ws.cell(4, 'amount')).toHaveText('3,000.00');
    await expect(ws.cell(4, 'note')).toHaveText('备注三');
    await expect(ws.difference).not.toHaveText(/差额\s*0\.00/);
    const diff = await ws.difference.textContent();

    await expect(page.getByTestId('save-state').filter({ hasText: '已保存' })).toBeVisible();
    await page.reload();
    await expect(ws.cell(2, 'amount')).toHaveText('1,000.00');
    await expect(ws.cell(3, 'amount')).toHaveText('2,000.50');
    await expect(ws.cell(4, 'note')).toHaveText('备注三');
    await expect(ws.difference).toHaveText(diff!);
  });

  test('粘贴 13,6 到金额：提示指明单元格，不做任何修改', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();

    await ws.selectCell(0, 'amount');
    await ws.pasteText('13,6');
    await expect(ws.message).toBeVisible();
    await expect(ws.message).toContainText('第 1 行“金额”列');
    await expect(ws.message).toContainText('没有粘贴任何内容');
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,600.00');
    await expect(ws.difference).toHaveText(/差额\s*0\.00/);
    await page.keyboard.press('Escape');
    await expect(ws.message).toHaveCount(0);
  });

  test('导出草稿文件：改后撤销，导出的文件与导入的文件一致', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();

    await ws.typeInto(0, 'amount', '1');
    await ws.selectCell(3, 'note');
    await ws.pasteText('临时');
    await expect(ws.cell(3, 'note')).toHaveText('临时');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,600.00');
    await expect(ws.cell(3, 'note')).toHaveText('');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出草稿文件' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.budget\.json$/);
    const text = readFileSync(await file.path(), 'utf8');
    expect(JSON.parse(text)).toEqual(FIXTURE);
  });

  test('审核中点“定位到支出明细”选中对应行和列', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    await ws.typeInto(5, 'amount', '0');
    await ws.show('审核');
    await ws.review.locator('[data-rule="R-ZERO"]').getByRole('button', { name: '定位到支出明细' }).click();
    await expect(ws.cell(5, 'amount')).toHaveClass(/active/);
  });

  test('1366×768 截图：首页、支出明细、公开表、审核', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    mkdirSync('test-results/screenshots', { recursive: true });
    await home.goto();
    await home.createBlank({ year: '2026', deptCode: '901', deptName: '示范县财政局', unitCode: '901001' });
    await expect(home.row('示范县财政局')).toBeVisible();
    await home.importSample();
    await ws.typeInto(0, 'amount', '3000000');
    await ws.selectCell(2, 'economic');
    await expect(ws.income).toBeInViewport();
    await page.screenshot({ path: 'test-results/screenshots/grid.png' });

    await ws.show('公开表');
    await expect(ws.amountAfter('一般公共服务支出')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/tables.png' });

    await ws.show('审核');
    await expect(ws.review).toContainText('R-BAL');
    await page.screenshot({ path: 'test-results/screenshots/review.png' });

    await ws.show('支出明细');
    await ws.selectCell(0, 'amount');
    await ws.pasteText('13,6');
    await expect(ws.message).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/paste-rejected.png' });

    await page.getByRole('button', { name: '← 首页' }).click();
    await expect(home.row('舟山市人民政府办公室')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/home.png' });
  });
});
