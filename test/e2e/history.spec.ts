import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: '草稿内容' }).getByRole('button', { name: new RegExp(`^${label}`) });

test.describe('历史版本', () => {
  test('手动保存一个版本，继续修改后恢复它：合计回到保存时，刷新后仍在', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    await expect(ws.expense).toHaveText(/支出总计\s*2725\.60/);

    // First edit: +125,400 元 on line 1 (12.54 万元).
    await ws.typeInto(0, 'amount', '3000000');
    await expect(ws.expense).toHaveText(/支出总计\s*2738\.14/);
    await expect(ws.difference).toHaveText(/差额\s*-12\.54/);

    // A manual version of that content.
    await nav(page, '历史版本').click();
    const panel = page.getByTestId('history-panel');
    await expect(panel.getByRole('heading', { name: '历史版本' })).toBeVisible();
    await expect(page.getByTestId('snapshot-list')).toContainText('打开时');
    await panel.getByRole('button', { name: '立即保存一个版本' }).click();
    await expect(page.getByTestId('history-message')).toContainText('已保存一个版本');
    const manual = page.getByTestId('snapshot-list').locator('tbody tr').first();
    await expect(manual).toContainText('手动');
    await expect(manual).toContainText('45');

    // More edits after it.
    await nav(page, '支出明细').click();
    await ws.typeInto(1, 'amount', '1000000');
    await expect(ws.expense).not.toHaveText(/支出总计\s*2738\.14/);
    const editedExpense = await ws.expense.textContent();

    // Viewing the version shows its totals beside the current ones.
    await nav(page, '历史版本').click();
    await manual.getByRole('button', { name: '查看' }).click();
    const details = page.getByTestId('snapshot-details');
    await expect(details.getByTestId('snapshot-expense')).toHaveText('2738.14');
    await expect(details.getByTestId('snapshot-income')).toHaveText('2725.60');
    await expect(details.getByTestId('snapshot-diff')).toHaveText('-12.54');
    await expect(details.getByTestId('snapshot-lines')).toHaveText('45');
    await page.screenshot({ path: screenshotPath('history-details.png') });

    // Restore it, after a confirmation.
    await details.getByRole('button', { name: '恢复到这个版本…' }).click();
    const confirm = page.getByRole('alertdialog', { name: '确认恢复' });
    await expect(confirm).toContainText('恢复前');
    await page.screenshot({ path: screenshotPath('history-confirm.png') });
    await confirm.getByRole('button', { name: '确定恢复' }).click();
    await expect(page.getByTestId('history-message')).toContainText('已恢复到');
    await expect(ws.expense).toHaveText(/支出总计\s*2738\.14/);
    await expect(ws.difference).toHaveText(/差额\s*-12\.54/);

    // The content before the restore was kept as a 恢复前 version, with the later edit.
    const beforeRestore = page.getByTestId('snapshot-list').locator('tbody tr').first();
    await expect(beforeRestore).toContainText('恢复前');
    await beforeRestore.getByRole('button', { name: '查看' }).click();
    await expect(page.getByTestId('snapshot-expense')).toHaveText(editedExpense!.match(/[\d.]+/)![0]);
    await page.screenshot({ path: screenshotPath('history-list.png') });

    // The restored content is what is stored.
    await page.reload();
    await expect(ws.expense).toHaveText(/支出总计\s*2738\.14/);
    await expect(ws.difference).toHaveText(/差额\s*-12\.54/);
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');
  });

  test('编辑期间每 10 分钟自动保存一个“定时”版本；没有修改时不保存', async ({ page }) => {
    await page.clock.install();
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    const timed = page.getByTestId('snapshot-list').locator('tbody tr').filter({ hasText: '定时' });

    // Eleven idle minutes: no 定时 version.
    await page.clock.fastForward('11:00');
    await nav(page, '历史版本').click();
    await expect(page.getByTestId('snapshot-list')).toContainText('打开时');
    await expect(timed).toHaveCount(0);

    // The first edit after the interval is kept at once; the next ones wait for the next interval.
    await nav(page, '支出明细').click();
    await ws.typeInto(0, 'amount', '3000000');
    await nav(page, '历史版本').click();
    await expect(timed).toHaveCount(1);
    await nav(page, '支出明细').click();
    await ws.typeInto(1, 'amount', '3244800');
    await expect(ws.difference).toHaveText(/差额\s*-13\.54/);
    await page.clock.fastForward('05:00');
    await nav(page, '历史版本').click();
    await expect(timed).toHaveCount(1);

    await page.clock.fastForward('05:01');
    await nav(page, '支出明细').click();
    await nav(page, '历史版本').click();
    await expect(timed).toHaveCount(2);
    await timed.first().getByRole('button', { name: '查看' }).click();
    await expect(page.getByTestId('snapshot-diff')).toHaveText('-13.54');
  });

  test('取消恢复时什么都不变', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    await ws.typeInto(0, 'amount', '3000000');
    await expect(ws.difference).toHaveText(/差额\s*-12\.54/);
    await nav(page, '历史版本').click();
    const opened = page.getByTestId('snapshot-list').locator('tbody tr').filter({ hasText: '打开时' });
    await opened.getByRole('button', { name: '恢复' }).click();
    const confirm = page.getByRole('alertdialog', { name: '确认恢复' });
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(ws.difference).toHaveText(/差额\s*-12\.54/);
    await expect(page.getByTestId('snapshot-list').locator('tbody tr').filter({ hasText: '恢复前' })).toHaveCount(0);
  });
});

function screenshotPath(name: string): string {
  const dir = `${process.env.PW_OUT_DIR ?? '.tmp/web'}-shots`;
  mkdirSync(dir, { recursive: true });
  return `${dir}/${name}`;
}
