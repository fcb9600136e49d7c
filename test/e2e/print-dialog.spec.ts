import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BALANCED_TABLES_NOTE } from '../../src-core/report-html/render';
import { HomePage } from './pages/home-page';
import { ReportPage } from './pages/report-page';

test.describe('打印 / 导出 PDF 的对话框', () => {
  test('版式、舍位平衡、文件名和第一张表预览；打印后说明文件去了哪里', async ({ page }) => {
    // Headless Chromium has no print dialog: count the calls instead, in every frame.
    await page.addInitScript(() => {
      window.print = () => {
        const top = window.top as unknown as { __printed?: number };
        top.__printed = (top.__printed ?? 0) + 1;
      };
    });
    const printed = () => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? 0);
    const lastFrame = () => page.locator('[data-testid="print-frame"]').last().contentFrame();
    await page.goto('/');
    await new HomePage(page).importSample();
    const report = new ReportPage(page);
    await report.open();

    await page.getByTestId('report-print').click();
    const dialog = page.getByRole('dialog', { name: '打印与导出 PDF' });
    await expect(dialog).toBeVisible();
    // The sample has a 尾差 (R-ROUND at T06 303): 舍位平衡 is proposed, as for Excel.
    const balance = dialog.getByRole('checkbox', { name: '舍位平衡' });
    await expect(balance).toBeChecked();
    await expect(dialog).toContainText('合计数等于其明细数之和');
    await expect(dialog.getByLabel('文件名')).toHaveValue('舟山市人民政府办公室2022年部门预算情况说明');
    await expect(dialog).toContainText('.pdf');
    const preview = dialog.getByRole('figure', { name: '第一张表预览' });
    await expect(preview.locator('tbody tr').first()).toBeVisible();
    await expect(dialog.getByRole('button', { name: '打印', exact: true })).toBeFocused();
    const dir = `${process.env.PW_OUT_DIR ?? '.tmp/web'}/screens`;
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/print-dialog.png` });

    // Esc closes it and nothing is printed.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(await printed()).toBe(0);

    // 浙江 layout, balanced: the printed tables carry the 舍位平衡 note; the officer is told where it went.
    await page.getByTestId('report-print').click();
    await dialog.getByLabel('版式').selectOption('zhejiang');
    await expect(preview.locator('figcaption')).toContainText('2022年部门收支预算总表');
    await dialog.getByRole('button', { name: '打印', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(lastFrame().locator('body')).toContainText(BALANCED_TABLES_NOTE);
    await expect(lastFrame().locator('h2.table-title').first()).toContainText('2022年部门收支预算总表');
    await expect.poll(printed).toBe(1);
    await expect(page.getByTestId('report-output-message')).toContainText('已打开浏览器的打印对话框');

    // 导出 PDF without balancing, under the officer's own name: the browser's 另存为 PDF proposes it.
    await page.getByTestId('report-pdf').click();
    await expect(dialog.getByRole('button', { name: '导出 PDF', exact: true })).toBeFocused();
    await balance.uncheck();
    await expect(dialog).toContainText('尾差提示');
    await dialog.getByLabel('文件名').fill('市府办 公开文本 终稿');
    await dialog.getByRole('button', { name: '导出 PDF', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(lastFrame().locator('h2.table-title').first()).toContainText('收支');
    await expect(lastFrame().locator('body')).not.toContainText(BALANCED_TABLES_NOTE);
    await expect.poll(() => lastFrame().locator('title').textContent()).toBe('市府办 公开文本 终稿');
    await expect.poll(printed).toBe(2);
    await expect(page.getByTestId('report-output-message')).toContainText('“市府办 公开文本 终稿.pdf”');
  });
});
