import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const HUANGPI = readFileSync('test/fixtures/huangpi-2024.final.json', 'utf8');
const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: '决算内容' }).getByRole('button', { name: new RegExp(`^${label}`) });

test.describe('决算的历史版本', () => {
  test('保存一个版本，继续修改后恢复它：金额与合计回到保存时，刷新后仍在，恢复前的内容可再恢复', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.importFile('huangpi-2024.final.json', HUANGPI);
    const ws = new WorkspacePage(page);
    const expense = page.getByTestId('status-expense');
    const expenseTotal = page.getByTestId('status-expense-total').locator('b');
    await expect(expense).toHaveText(/本年支出\s*282\.91/);

    // An edit, then a manual version of it.
    await ws.typeInto(0, 'amount', '1000000');
    await expect(expense).not.toHaveText(/282\.91/);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-save-state', 'saved');
    const savedExpense = await expense.textContent();
    const savedTotal = await expenseTotal.textContent();

    await nav(page, '历史版本').click();
    const panel = page.getByTestId('final-history');
    const list = panel.getByTestId('snapshot-list');
    await expect(list).toContainText('打开时');
    await panel.getByRole('button', { name: '立即保存一个版本' }).click();
    await expect(panel.getByTestId('history-message')).toContainText('已保存一个版本');
    const manual = list.locator('tbody tr').first();
    await expect(manual).toContainText('手动');
    await expect(manual).toContainText(savedTotal!);

    // More edits after it.
    await nav(page, '支出决算').click();
    await ws.typeInto(0, 'amount', '2000000');
    await expect(expense).not.toHaveText(savedExpense!);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-save-state', 'saved');
    const editedExpense = await expense.textContent();

    // Restore the manual version, after a confirmation: the page opens the draft again.
    await nav(page, '历史版本').click();
    await list.locator('tbody tr', { hasText: '手动' }).getByRole('button', { name: '恢复' }).click();
    await page.screenshot({ path: screenshotPath('final-history-confirm.png') });
    await panel.getByTestId('final-history-confirm').getByRole('button', { name: '确认恢复' }).click();
    await expect(expense).toHaveText(savedExpense!);
    await expect(ws.cell(0, 'amount')).toHaveText('1,000,000.00');

    // The replaced content is the newest version, 恢复前 (opening again after a restore keeps no 打开时).
    await nav(page, '历史版本').click();
    await expect(list.locator('tbody tr').first()).toContainText('恢复前');
    await page.screenshot({ path: screenshotPath('final-history.png') });

    // Stored: a reload shows the same; the 恢复前 version is itself restorable.
    await page.reload();
    await expect(expense).toHaveText(savedExpense!);
    await nav(page, '历史版本').click();
    const before = list.locator('tbody tr', { hasText: '恢复前' });
    await before.getByRole('button', { name: '恢复' }).click();
    await panel.getByTestId('final-history-confirm').getByRole('button', { name: '确认恢复' }).click();
    await expect(expense).toHaveText(editedExpense!);
  });
});

test('导入 Excel 前先保存“导入前”版本：恢复它，导入前的内容回来', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.importFile('huangpi-2024.final.json', HUANGPI);
  const ws = new WorkspacePage(page);
  const expense = page.getByTestId('status-expense');
  await expect(expense).toHaveText(/本年支出\s*282\.91/);

  // One line of 8,000 元 in place of the draft's 26.
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('支出决算明细');
  sheet.addRow(['单位编码', '功能科目编码', '经济科目编码', '支出类型', '资金来源', '项目编码', '决算数', '备注']);
  sheet.addRow(['520001', '2013750', '30101', '人员经费', '一般公共预算', '', 8000, '工资']);
  await page.getByTestId('final-import').click();
  const dialog = page.getByRole('dialog', { name: '导入决算数据' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /选择.*文件/ }).click();
  const buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  await (await chooser).setFiles({ name: '决算.xlsx', mimeType: 'application/octet-stream', buffer });
  await dialog.getByRole('button', { name: '导入 1 行' }).click();
  await expect(expense).toHaveText(/本年支出\s*8000\.00/);

  await nav(page, '历史版本').click();
  const panel = page.getByTestId('final-history');
  const beforeImport = panel.getByTestId('snapshot-list').locator('tbody tr', { hasText: '导入前' });
  await expect(beforeImport).toHaveCount(1);
  await expect(beforeImport).toContainText('282.91');
  await beforeImport.getByRole('button', { name: '恢复' }).click();
  await panel.getByTestId('final-history-confirm').getByRole('button', { name: '确认恢复' }).click();
  await expect(expense).toHaveText(/本年支出\s*282\.91/);
  await expect(ws.cell(0, 'amount')).toBeVisible();
});

function screenshotPath(name: string): string {
  const dir = `${process.env.PW_OUT_DIR ?? '.tmp/web'}-shots`;
  mkdirSync(dir, { recursive: true });
  return `${dir}/${name}`;
}
