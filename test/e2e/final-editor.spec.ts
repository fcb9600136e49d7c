import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '.tmp/shots-final-editor';
const HUANGPI = readFileSync('test/fixtures/huangpi-2024.final.json', 'utf8');

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: '决算内容' }).getByRole('button', { name: new RegExp(`^${label}`) });
const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveAttribute('data-save-state', 'saved');

test.describe('决算 editor', () => {
  test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  test('新建决算 from the 舟山 budget: type a line, the status bar follows, a reload keeps it', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.importSample();
    await home.backHome();

    await page.getByRole('button', { name: '新建决算' }).click();
    const dialog = page.getByRole('dialog', { name: '新建决算' });
    await expect(dialog.getByLabel('以该年度预算草稿为起点')).toBeChecked();
    await dialog.getByRole('button', { name: '创建决算' }).click();

    const status = page.getByTestId('final-status');
    await expect(status).toBeVisible();
    await expect(page.getByTestId('draft-title')).toContainText('2022年度决算');
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.00/);

    // 年初预算数 came from the budget: the 三公 figure of the 舟山 budget is there.
    await nav(page, '预算数与上年数').click();
    const figures = page.getByRole('table', { name: '预算数与上年数' });
    await expect(
      figures.getByRole('row').filter({ hasText: '“三公”经费' }).locator('td[data-col="initial"]'),
    ).not.toHaveText('');

    // One 决算数 line: 2010301 行政运行 · 30101 基本工资 · 1,000 元, typed in the grid's new row.
    await nav(page, '支出决算').click();
    const ws = new WorkspacePage(page);
    await ws.typeInto(0, 'function', '2010301');
    await ws.typeInto(0, 'economic', '30101');
    await ws.typeInto(0, 'amount', '1000');
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.10/);
    // 撤销 takes the typed amount back (one undo step per cell), 重做 puts it again.
    await page.getByRole('button', { name: '撤销 输入' }).click();
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.00/);
    await page.getByRole('button', { name: '重做 输入' }).click();
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.10/);
    await saved(page);

    // Spent with no income: 年末结转和结余 goes below zero, and R-F-BAL says so.
    await expect(page.getByTestId('status-closing')).toHaveText(/-0\.10/);
    await expect(page.getByTestId('status-errors')).not.toHaveText(/错误\s*0$/);
    await saved(page);
    await page.screenshot({ path: `${SHOTS}/final-lines.png` });

    // 结转结余: the unit × source identity, its 年末 derived and red below zero.
    await nav(page, '结转结余').click();
    const negative = page.getByTestId('balance-summary').locator('tr.balance-negative');
    await expect(negative).toHaveCount(1);
    await expect(negative).toContainText('一般公共预算财政拨款收入');
    await expect(negative.locator('td').last()).toHaveText('-0.10');
    await page.screenshot({ path: `${SHOTS}/final-balances.png` });
    await nav(page, '支出决算').click();

    await page.reload();
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.10/);
    const cell = ws.cell(0, 'amount');
    await expect(cell).toHaveText('1,000.00');
    await expect(ws.cell(0, 'function')).toContainText('2010301');

    // A bad amount names the cell and changes nothing.
    await ws.typeInto(0, 'amount', '13,6');
    await expect(ws.message).toContainText('第 1 行“决算数”');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(cell).toHaveText('1,000.00');
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.10/);

    // 首页 lists both kinds apart.
    await page.getByRole('button', { name: '← 首页' }).click();
    await expect(home.list).toBeVisible();
    await expect(home.list.getByTestId('stage-badge').filter({ hasText: '决算' })).toHaveCount(1);
    await expect(home.list.getByTestId('stage-badge').filter({ hasText: '预算' })).toHaveCount(1);
    await expect(home.list).toContainText('2022年度决算');
    await page.screenshot({ path: `${SHOTS}/home-both-kinds.png` });
  });

  test('a 决算 file opens in the 决算 workspace: identities, 公开01表, 导出 Excel, 基本信息', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.importFile('huangpi-2024.final.json', HUANGPI);
    await expect(page.getByTestId('final-status')).toBeVisible();
    // 收入总计 = 支出总计 (年末结转和结余 derived).
    const income = await page.getByTestId('status-income-total').locator('b').textContent();
    await expect(page.getByTestId('status-expense-total').locator('b')).toHaveText(income!);
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*282\.91/);
    await expect(page.getByTestId('status-errors')).toHaveText(/错误\s*0/);

    await nav(page, '公开表').click();
    await expect(page.getByTestId('final-table-header')).toContainText('2024年度');
    await expect(page.getByTestId('final-tables')).toContainText('收入支出决算总表');
    await expect(page.getByTestId('final-tables')).toContainText('282.91');
    await page.screenshot({ path: `${SHOTS}/final-F01.png` });

    // 导出 Excel (its dialog, final-export.spec.ts): the 决算 workbook is downloaded (a browser has no save dialog).
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('dialog', { name: '导出 Excel' }).getByRole('button', { name: '导出', exact: true }).click();
    expect((await download).suggestedFilename()).toBe('武汉市黄陂区大数据中心（本级）2024年度部门决算公开表.xlsx');

    // 基本信息: a unit the lines use cannot go; a new one can.
    await nav(page, '基本信息').click();
    const units = page.getByRole('table', { name: '单位' });
    await page.getByRole('button', { name: '新增单位' }).click();
    await expect(units.locator('tbody tr')).toHaveCount(2);
    await units.getByRole('button', { name: '删除第1行' }).click();
    await expect(page.getByRole('alert')).toContainText('已有明细行使用此单位，不能删除');
    await units.getByRole('button', { name: '删除第2行' }).click();
    await expect(units.locator('tbody tr')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/final-basic.png` });
  });

  test('黄陂 2024: “三公”, 预算数与上年数, 审核, 情况说明; 新建下年 from it', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.importFile('huangpi-2024.final.json', HUANGPI);
    await expect(page.getByTestId('final-status')).toBeVisible();

    await nav(page, '“三公”经费').click();
    await expect(page.getByRole('table', { name: '“三公”经费情况' })).toContainText('国内公务接待人次');
    await page.screenshot({ path: `${SHOTS}/final-three.png` });

    await nav(page, '预算数与上年数').click();
    await page.screenshot({ path: `${SHOTS}/final-figures.png` });

    await nav(page, '审核').click();
    await expect(page.getByTestId('final-review')).toContainText('尾差');
    await page.screenshot({ path: `${SHOTS}/final-review.png` });

    await nav(page, '情况说明').click();
    await expect(page.getByTestId('final-report')).toContainText('收入支出决算总体情况');
    await page.screenshot({ path: `${SHOTS}/final-report.png` });

    // 新建下年 on the 决算's row: next year's 决算 with 上年决算数 from this one.
    await page.getByRole('button', { name: '← 首页' }).click();
    await home.row('2024年度决算').getByRole('button', { name: '新建下年' }).click();
    const dialog = page.getByRole('dialog', { name: '新建决算' });
    await expect(dialog.getByLabel('以上年决算为起点')).toBeChecked();
    await dialog.getByRole('button', { name: '创建决算' }).click();
    await expect(page.getByTestId('draft-title')).toContainText('2025年度决算');
    await nav(page, '预算数与上年数').click();
    const total = page.getByRole('table', { name: '预算数与上年数' }).getByRole('row').filter({ hasText: '收入总计' });
    await expect(total.locator('td[data-col="prior"]')).toHaveText('282.9111');
    await expect(total.locator('td[data-col="final"]')).toHaveText('0.00');
  });

  test('a 决算 of 450 lines in the grid: the 401st line typed and kept over a reload', async ({ page }) => {
    const draft = JSON.parse(HUANGPI) as { expenses: { amount: string }[] };
    const base = draft.expenses;
    draft.expenses = Array.from({ length: 450 }, (_, i) => ({ ...base[i % base.length], amount: '1' }));
    const home = new HomePage(page);
    await home.goto();
    await home.importFile('big.final.json', JSON.stringify(draft));
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*450\.00/);
    const ws = new WorkspacePage(page);
    await expect(ws.grid).toHaveAttribute('aria-rowcount', '452'); // header, 450 lines, the new row
    const scrollTo = (row: number) =>
      ws.grid.evaluate((el, r) => {
        el.scrollTop = Math.max(0, r * 28 - 120);
      }, row);
    await scrollTo(400);
    await ws.typeInto(400, 'amount', '101');
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*550\.00/);
    await expect(page.getByTestId('footer-shown')).toContainText('550.00');
    await saved(page);
    await page.reload();
    await expect(ws.grid).toBeVisible();
    await scrollTo(400);
    await expect(ws.cell(400, 'amount')).toHaveText('101.00');
  });
});
