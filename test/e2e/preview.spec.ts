import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

test.describe('部门预算公开编制（浏览器预览）', () => {
  test('示例草稿：状态栏平衡，表一、表六与审核结果如公开表', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.openSample();

    await expect(app.income).toHaveText(/收入总计\s*2725\.60\s*万元/);
    await expect(app.expense).toHaveText(/支出总计\s*2725\.60\s*万元/);
    await expect(app.difference).toHaveText(/差额\s*0\.00/);
    await expect(app.difference).not.toHaveClass(/bad/);
    await expect(app.errors).toHaveText(/错误\s*0/);

    await expect(app.table.getByRole('heading', { name: '部门收支总表' })).toBeVisible();
    await expect(app.table).toContainText('编制单位：舟山市人民政府办公室');
    await expect(app.table).toContainText('单位：万元');
    await expect(app.amountAfter('一般公共服务支出')).toHaveText('2303.70');

    await app.showTable('一般公共预算基本支出表');
    await expect(app.table.locator('.paper-note')).toContainText('尾数');

    await expect(app.review).toContainText('R-ROUND');
  });

  test('打开不合格的文件：列出问题，保留原草稿', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.openSample();
    await expect(app.income).toHaveText(/2725\.60/);

    await app.openFile('broken.budget.json', '{"format":"x"}');

    await expect(app.rejection).toBeVisible();
    await expect(app.rejection).toContainText('无法打开“broken.budget.json”');
    await expect(app.rejection).toContainText('不是部门预算草稿文件');
    await expect(app.rejection).toContainText('当前草稿“zhoushan-2022.budget.json”保持不变');
    await expect(app.income).toHaveText(/收入总计\s*2725\.60\s*万元/);
    await expect(app.expense).toHaveText(/支出总计\s*2725\.60\s*万元/);
    await expect(app.table).toBeVisible();
  });

  test('1366×768 截图', async ({ page }) => {
    const app = new AppPage(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.goto();
    await app.openSample();
    await expect(app.amountAfter('一般公共服务支出')).toHaveText('2303.70');
    await expect(app.income).toBeInViewport();
    await expect(app.review).toBeInViewport();

    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/preview.png' });
  });
});
