import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { ReportPage } from './pages/report-page';
import { WorkspacePage } from './pages/workspace-page';

test.describe('情况说明', () => {
  test('随支出明细更新；原因、用途就地填写，刷新后仍在', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    const report = new ReportPage(page);
    await home.goto();
    await home.importSample();

    await report.open();
    await expect(report.part('income')).toContainText(
      '收入预算2725.6万元，比上年执行数增加130.54万元，增长5.03%，主要是今年新增两位紧缺高端人才，预算增加。',
    );
    await expect(report.part('expense')).toContainText('支出预算2725.6万元，');
    await expect(report.slot('reason', 'incomeTotal')).toHaveText('主要是今年新增两位紧缺高端人才，预算增加');

    // Figures follow the lines.
    await ws.show('支出明细');
    await ws.typeInto(0, 'amount', '3000000');
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
    await report.open();
    await expect(report.part('expense')).toContainText('支出预算2738.14万元，比上年执行数增加143.08万元');
    await expect(report.part('income')).toContainText('收入预算2725.6万元');

    // A reason written in place, stored.
    await report.write('reason', 'officeOperation', '主要是会议费压减');
    await report.blur();
    await expect(report.slot('reason', 'officeOperation')).toHaveText('主要是会议费压减');
    await expect(report.part('other.officeOperation')).toContainText('，主要是会议费压减。');

    // Esc leaves the text as it was.
    await report.slot('reason', 'incomeTotal').click();
    await expect(report.editor).toHaveAttribute('aria-label', '增减原因：收入总计');
    await report.editor.fill('不要保存');
    await page.keyboard.press('Escape');
    await expect(report.editor).toHaveCount(0);
    await expect(report.slot('reason', 'incomeTotal')).toHaveText('主要是今年新增两位紧缺高端人才，预算增加');

    // Clearing a purpose shows its placeholder; Enter saves.
    await report.write('purpose', 'fn:2010301', '');
    await page.keyboard.press('Enter');
    await expect(report.slot('purpose', 'fn:2010301')).toHaveText('【点击填写资金用途】');
    await expect(report.slot('purpose', 'fn:2010301')).toHaveClass(/empty/);
    await expect(report.missing).toContainText('资金用途 1 处');

    await expect(page.getByTestId('save-state').filter({ hasText: '已保存' })).toBeVisible();
    await page.reload();
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
    await report.open();
    await expect(report.part('other.officeOperation')).toContainText('，主要是会议费压减。');
    await expect(report.slot('purpose', 'fn:2010301')).toHaveText('【点击填写资金用途】');
    await expect(report.part('expense')).toContainText('支出预算2738.14万元');
  });

  test('在情况说明中按 Ctrl+Z / Ctrl+Y 撤销、重做支出明细的修改，数字随之变化', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    const report = new ReportPage(page);
    await home.goto();
    await home.importSample();
    await ws.show('支出明细');
    await ws.typeInto(0, 'amount', '3000000');
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');

    await report.open();
    const expense = report.part('expense');
    await expect(expense).toContainText('支出预算2738.14万元，比上年执行数增加143.08万元');
    const glossary = report.paper.locator('[data-part="glossary"]');
    const glossaryBefore = await glossary.textContent();
    await page.getByTestId('report-print').focus();

    await page.keyboard.press('Control+z');
    await expect(expense).toContainText('支出预算2725.6万元，比上年执行数增加130.54万元');
    await expect(report.part('income')).toContainText('收入预算2725.6万元，比上年执行数增加130.54万元');
    await page.keyboard.press('Control+y');
    await expect(expense).toContainText('支出预算2738.14万元，比上年执行数增加143.08万元');
    expect(await glossary.textContent()).toBe(glossaryBefore);
    await expect(report.slot('reason', 'incomeTotal')).toHaveText('主要是今年新增两位紧缺高端人才，预算增加');
  });

  test('撤销填写的原因；1366×768 截图', async ({ page }) => {
    const home = new HomePage(page);
    const report = new ReportPage(page);
    mkdirSync('test-results/screenshots', { recursive: true });
    await home.goto();
    await home.importSample();
    await report.open();

    await report.write('purpose', 'fn:2010302', '');
    await page.keyboard.press('Enter');
    await expect(report.slot('purpose', 'fn:2010302')).toHaveText('【点击填写资金用途】');
    await report.section.getByRole('button', { name: '撤销 填写资金用途' }).click();
    await expect(report.slot('purpose', 'fn:2010302')).toHaveText('主要用于市府办各项工作方面的项目支出。');

    await report.write('reason', 'officeOperation', '');
    await report.blur();
    await expect(report.slot('reason', 'officeOperation')).toHaveText('【点击填写增减原因】');
    await page.screenshot({ path: 'test-results/screenshots/report-section-top.png' });
    await report.write('purpose', 'fn:2080505', '');
    await report.blur();
    await expect(report.slot('purpose', 'fn:2080505')).toHaveText('【点击填写资金用途】');
    await report.part('gpb.structure').scrollIntoViewIfNeeded();
    await report.slot('purpose', 'fn:2010301').click();
    await expect(report.editor).toBeFocused();
    await page.screenshot({ path: 'test-results/screenshots/report-section.png' });
  });
});

test.describe('情况说明：打印与导出 PDF（浏览器）', () => {
  test('打印用的是同一份生成的文档，并调用浏览器打印', async ({ page }) => {
    // Headless Chromium has no print dialog: count the calls instead, in every frame.
    await page.addInitScript(() => {
      window.print = () => {
        const top = window.top as unknown as { __printed?: number };
        top.__printed = (top.__printed ?? 0) + 1;
      };
    });
    const home = new HomePage(page);
    const report = new ReportPage(page);
    await home.goto();
    await home.importSample();
    await report.open();
    await page.getByTestId('report-print').click();
    const dialog = page.getByRole('dialog', { name: '打印与导出 PDF' });
    await dialog.getByRole('button', { name: '打印', exact: true }).click();
    const frame = page.frameLocator('[data-testid="print-frame"]');
    await expect(frame.locator('body')).toContainText('收入预算2725.6万元，比上年执行数增加130.54万元，增长5.03%');
    await expect(frame.locator('body')).toContainText('名词解释');
    expect(await frame.locator('table.form').count()).toBeGreaterThan(5);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? 0)).toBe(1);
    await page.getByTestId('report-pdf').click();
    await dialog.getByRole('button', { name: '导出 PDF', exact: true }).click();
    await expect(page.getByTestId('report-output-message')).toContainText('另存为 PDF');
  });
});
