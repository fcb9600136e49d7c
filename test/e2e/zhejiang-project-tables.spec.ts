import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = process.env.PW_OUT_DIR ? `${process.env.PW_OUT_DIR}-shots` : 'test-results/shots';

test.describe('浙江版式：项目支出预算表（一级项目）与财政拨款重点项目支出预算表', () => {
  test('示例草稿按舟山公开文本印出两张表：一级项目一行，重点项目带绩效目标', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    await ws.show('公开表');
    await page.getByTestId('preview-section').getByRole('combobox', { name: '版式' }).selectOption('zhejiang');

    const list = page.getByRole('navigation', { name: '公开表' });
    await expect(list.getByRole('button', { name: /2022年部门项目支出预算表/ })).toHaveCount(2);
    await list
      .getByRole('button', { name: /2022年部门项目支出预算表/ })
      .nth(1)
      .click();
    await expect(ws.amountAfter('舟山市人民政府办公室一级项目')).toHaveText('434.00');
    await page.screenshot({ path: `${SHOTS}/zhejiang-T10A.png` });

    await ws.showTable('2022年部门预算财政拨款重点项目支出预算表');
    for (const title of ['单位代码', '单位名称', '二级项目名称', '绩效目标', '财政拨款金额'])
      await expect(ws.table.getByRole('columnheader', { name: title })).toBeVisible();
    const row = ws.table.getByRole('row').filter({ hasText: '舟山公报经费' });
    await expect(row).toContainText('167001');
    await expect(row).toContainText('发挥政务信息在政府工作中的重要作用');
    await expect(row).toContainText('15.00');
    await page.screenshot({ path: `${SHOTS}/zhejiang-T13.png` });
  });
});
