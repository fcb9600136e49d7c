import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BALANCED_TABLES_NOTE } from '../../src-core/report-html/render';
import { HomePage } from './pages/home-page';

const HUANGPI = readFileSync('test/fixtures/huangpi-2024.final.json', 'utf8');
const DEPT = '武汉市黄陂区大数据中心（本级）';

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: '决算内容' }).getByRole('button', { name: new RegExp(`^${label}`) });

test.describe('决算 情况说明: 打印 / 导出 PDF', () => {
  test('黄陂 2024: the text, the print dialog (版式, 舍位平衡, 文件名), the printed 公开06表 in blocks', async ({
    page,
  }) => {
    // Headless Chromium has no print dialog: count the calls instead, in every frame.
    await page.addInitScript(() => {
      window.print = () => {
        const top = window.top as unknown as { __printed?: number };
        top.__printed = (top.__printed ?? 0) + 1;
      };
    });
    const printed = () => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? 0);
    const lastFrame = () => page.locator('[data-testid="print-frame"]').last().contentFrame();
    const dir = `${process.env.PW_OUT_DIR ?? '.tmp/web'}/screens`;
    mkdirSync(dir, { recursive: true });

    const home = new HomePage(page);
    await home.goto();
    await home.importFile('huangpi-2024.final.json', HUANGPI);
    await expect(page.getByTestId('final-status')).toBeVisible();

    await nav(page, '情况说明').click();
    const report = page.getByTestId('final-report');
    await expect(report).toContainText('收入支出决算总体情况');
    await expect(report).toContainText('人员经费161.22万元');
    await page.screenshot({ path: `${dir}/final-report.png` });

    // A reason is written in place (黄陂 has them all: rewrite the first one); the text carries it.
    await expect(page.getByTestId('final-report-missing')).toHaveText('原因与用途已填齐');
    const slots = report.locator('.report-slot');
    expect(await slots.count()).toBeGreaterThan(0);
    await slots.first().click();
    const editor = page.getByTestId('slot-editor');
    await expect(editor).toBeFocused();
    await editor.fill('主要是信息化项目按进度支付');
    await editor.press('Enter');
    await expect(slots.first()).toHaveText(/主要是信息化项目按进度支付/);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-save-state', 'saved');
    await page.screenshot({ path: `${dir}/final-report-slot.png` });

    await page.getByTestId('final-report-print').click();
    const dialog = page.getByRole('dialog', { name: '打印与导出 PDF' });
    await expect(dialog).toBeVisible();
    // The seed's 尾差 (R-ROUND at 公开06表): 舍位平衡 is proposed.
    await expect(dialog.getByRole('checkbox', { name: '舍位平衡' })).toBeChecked();
    await expect(dialog.getByLabel('文件名')).toHaveValue(`${DEPT}2024年度部门决算情况说明`);
    await expect(dialog.getByLabel('版式')).toHaveValue('final-national');
    await expect(dialog.getByRole('figure', { name: '第一张表预览' }).locator('figcaption')).toContainText(
      '收入支出决算总表',
    );
    await expect(dialog.getByRole('button', { name: '打印', exact: true })).toBeFocused();
    await page.screenshot({ path: `${dir}/final-print-dialog.png` });

    // 打印, balanced: the printed document has the 舍位平衡 note and 公开06表 in its three blocks.
    await dialog.getByRole('button', { name: '打印', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    const frame = lastFrame();
    await expect(frame.locator('body')).toContainText(BALANCED_TABLES_NOTE);
    const f06 = frame.locator('#table-F06 ~ table').first();
    await expect(f06.locator('thead tr').first()).toHaveText(/人员经费\s*公用经费/);
    await expect(f06.locator('thead th', { hasText: '经济分类科目编码' })).toHaveCount(3);
    await expect(f06.locator('tbody tr').first()).toContainText('工资福利支出');
    await expect(f06.locator('tbody tr').first()).toContainText('商品和服务支出');
    await expect(f06.locator('tbody tr').first()).toContainText('资本性支出');
    await expect.poll(printed).toBe(1);
    await expect(page.getByTestId('final-report-message')).toContainText('已打开浏览器的打印对话框');

    // 导出 PDF under the Shanghai layout and the officer's own name: 三公 is 七 there.
    await page.getByTestId('final-report-pdf').click();
    await expect(dialog.getByRole('button', { name: '导出 PDF', exact: true })).toBeFocused();
    await dialog.getByLabel('版式').selectOption('final-shanghai');
    await dialog.getByLabel('文件名').fill('黄陂 决算 终稿');
    await dialog.getByRole('button', { name: '导出 PDF', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => lastFrame().locator('title').textContent()).toBe('黄陂 决算 终稿');
    await expect(lastFrame().locator('body')).toContainText('七、财政拨款“三公”经费支出决算情况说明');
    await expect.poll(printed).toBe(2);
    await expect(page.getByTestId('final-report-message')).toContainText('“黄陂 决算 终稿.pdf”');
    // The editor keeps its layout: 公开表 still shows the national order.
    await nav(page, '公开表').click();
    await page.getByTestId('final-tables').getByText('一般公共预算财政拨款基本支出决算明细表').first().click();
    await expect(page.getByTestId('final-tables')).toContainText('人员经费合计');
    await page.screenshot({ path: `${dir}/final-F06-screen.png` });
  });
});
