import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

test.describe('部门预算公开编制（浏览器预览）', () => {
  test('示例草稿：状态栏平衡，表一、表六与审核结果如公开表', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();

    await ws.expectSampleTotals();
    await expect(ws.difference).not.toHaveClass(/bad/);
    await expect(ws.errors).toHaveText(/错误\s*0/);

    await ws.show('公开表');
    await expect(ws.table.getByRole('heading', { name: '部门收支总表' })).toBeVisible();
    await expect(ws.table).toContainText('编制单位：舟山市人民政府办公室');
    await expect(ws.table).toContainText('单位：万元');
    await expect(ws.amountAfter('一般公共服务支出')).toHaveText('2303.70');

    await ws.showTable('一般公共预算基本支出表');
    await expect(ws.table.locator('.paper-note')).toContainText('尾数');

    await ws.show('审核');
    await expect(ws.review).toContainText('R-ROUND');
  });

  test('导入不合格的文件：列出问题，草稿库不变', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.importFile('broken.budget.json', '{"format":"x"}');

    await expect(home.rejection).toBeVisible();
    await expect(home.rejection).toContainText('无法导入“broken.budget.json”');
    await expect(home.rejection).toContainText('不是部门预算草稿文件');
    await expect(home.rejection).toContainText('草稿库没有任何改动');
    await expect(page.getByText('还没有草稿')).toBeVisible();
  });
});
