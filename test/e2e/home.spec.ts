import { mkdirSync, readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { SectionsPage } from './pages/sections-page';
import { WorkspacePage } from './pages/workspace-page';

interface FixtureLine {
  amount: string;
}
interface Fixture {
  year: number;
  expenses: FixtureLine[];
  income: FixtureLine[];
  carryForward: FixtureLine[];
  procurement: FixtureLine[];
}
const FIXTURE = JSON.parse(readFileSync('test/fixtures/zhoushan-2022.budget.json', 'utf8')) as Fixture;
const SAMPLE_NAME = '2022年舟山市人民政府办公室部门预算';
const SCREENS = `${process.env.PW_OUT_DIR ?? '.tmp/web'}/screens`;

/** Σ round_half_up(amount × (1 + p/100), 分) in 元, shown in 万元 with 2 decimals (the status bar's form). */
function scaledTotalWan(lines: FixtureLine[], percent: string): string {
  const factor = new Decimal(percent).div(100).plus(1);
  const yuan = lines.reduce(
    (sum, l) => sum.plus(new Decimal(l.amount).times(factor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)),
    new Decimal(0),
  );
  return yuan.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** 27255980 → “27,255,980.00”, as the tables show 元. */
function withSeparators(value: Decimal): string {
  const [int, frac] = value.toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

const sumOf = (lines: FixtureLine[]) => lines.reduce((s, l) => s.plus(l.amount), new Decimal(0));

async function sampleOnHome(page: Page): Promise<HomePage> {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  await home.backHome();
  await expect(home.row(SAMPLE_NAME)).toBeVisible();
  return home;
}

test.describe('首页：重命名、复制、以上年草稿新建、回收站', () => {
  test('重命名：空名称被拒且不改动；新名称保存，刷新后仍在', async ({ page }) => {
    const home = await sampleOnHome(page);
    await home.row(SAMPLE_NAME).getByRole('button', { name: '重命名' }).click();
    const field = home.list.getByRole('textbox', { name: '草稿名称' });
    await expect(field).toHaveValue(SAMPLE_NAME);

    await field.fill('   ');
    await field.press('Enter');
    await expect(home.list.getByRole('alert')).toHaveText('草稿名称不能为空');
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/home-rename-refused.png` });

    // Esc cancels: the stored name is unchanged.
    await field.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(home.row(SAMPLE_NAME)).toBeVisible();

    await home.row(SAMPLE_NAME).getByRole('button', { name: '重命名' }).click();
    await field.fill('政府办 2022 年预算（终稿）');
    await field.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '已重命名为“政府办 2022 年预算（终稿）”' })).toBeVisible();
    await expect(home.row('政府办 2022 年预算（终稿）')).toContainText('舟山市人民政府办公室');
    await expect(home.row(SAMPLE_NAME)).toHaveCount(0);

    await page.reload();
    await expect(home.row('政府办 2022 年预算（终稿）')).toBeVisible();
    await expect(home.list.getByRole('row')).toHaveCount(2); // header + one draft
  });

  test('复制：出现“（副本）”，内容相同，两份互不影响', async ({ page }) => {
    const home = await sampleOnHome(page);
    const ws = new WorkspacePage(page);
    await home.row(SAMPLE_NAME).getByRole('button', { name: '复制' }).click();
    const copyName = `${SAMPLE_NAME}（副本）`;
    await expect(home.row(copyName)).toBeVisible();
    await expect(home.row(copyName)).toContainText('2022');
    await expect(home.row(copyName)).toContainText('错误 0');
    await expect(home.list.getByRole('row')).toHaveCount(3);

    await home.row(copyName).getByRole('button', { name: '打开' }).click();
    await expect(ws.expense).toHaveText(/支出总计\s*2725\.60\s*万元/);
    await ws.typeInto(0, 'amount', '3000000');
    const changed = sumOf([...FIXTURE.expenses, ...FIXTURE.carryForward])
      .minus(FIXTURE.expenses[0].amount)
      .plus(3000000)
      .div(10000)
      .toFixed(2);
    await expect(ws.expense).toHaveText(new RegExp(`支出总计\\s*${changed.replace('.', '\\.')}\\s*万元`));

    await home.backHome();
    await home.row(SAMPLE_NAME).filter({ hasNotText: '副本' }).getByRole('button', { name: '打开' }).click();
    await expect(ws.cell(0, 'amount')).toHaveText(withSeparators(new Decimal(FIXTURE.expenses[0].amount)));
    await expect(ws.expense).toHaveText(/支出总计\s*2725\.60\s*万元/);
  });

  test('以上年草稿新建：舟山 2022 → 2023，-10%，上年数填入 2022 年预算数', async ({ page }) => {
    const home = await sampleOnHome(page);
    const ws = new WorkspacePage(page);
    const s = new SectionsPage(page);
    await page.getByRole('button', { name: '以上年草稿新建' }).click();
    const dialog = home.nextYearDialog;
    await expect(dialog.getByLabel('上年草稿', { exact: true })).toHaveValue(/.+/);
    await expect(dialog.getByLabel('上年草稿', { exact: true }).locator('option:checked')).toHaveText(
      `2022 年 · ${SAMPLE_NAME}`,
    );
    await expect(dialog.getByLabel('新预算年度', { exact: true })).toHaveValue('2023');
    await expect(dialog.getByLabel('新草稿名称', { exact: true })).toHaveValue('2023年舟山市人民政府办公室部门预算');

    // Bad percent: a Chinese message, nothing created.
    await dialog.getByLabel('统一调整比例（%）', { exact: true }).fill('10,5');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect(dialog.getByRole('alert')).toContainText('调整比例“10,5”无法识别');
    await dialog.getByLabel('新预算年度', { exact: true }).fill('2021');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect(dialog.getByRole('alert')).toContainText('应晚于上年草稿的年度（2022 年）');
    await dialog.getByLabel('新预算年度', { exact: true }).fill('2023');
    await dialog.getByLabel('统一调整比例（%）', { exact: true }).fill('-10');
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/home-next-year-dialog.png` });
    await dialog.getByRole('button', { name: '创建' }).click();

    const expense = scaledTotalWan([...FIXTURE.expenses, ...FIXTURE.carryForward], '-10');
    const income = scaledTotalWan(FIXTURE.income, '-10');
    const lines =
      FIXTURE.expenses.length + FIXTURE.income.length + FIXTURE.carryForward.length + FIXTURE.procurement.length;
    const outcome = dialog.getByTestId('next-year-outcome');
    await expect(outcome).toContainText(`已复制 ${lines} 行`);
    await expect(outcome).toContainText('金额减少 10%');
    await expect(outcome).toContainText('上年数已按上年（2022 年）预算数填入');
    await expect(dialog.getByTestId('next-year-expense')).toHaveText(`${expense} 万元`);
    await expect(dialog.getByTestId('next-year-income')).toHaveText(`${income} 万元`);
    await page.screenshot({ path: `${SCREENS}/home-next-year-outcome.png` });

    await dialog.getByRole('button', { name: '打开新草稿' }).click();
    await expect(ws.expense).toHaveText(new RegExp(`支出总计\\s*${expense.replace('.', '\\.')}\\s*万元`));
    await expect(ws.income).toHaveText(new RegExp(`收入总计\\s*${income.replace('.', '\\.')}\\s*万元`));
    await expect(ws.cell(0, 'amount')).toHaveText(
      withSeparators(new Decimal(FIXTURE.expenses[0].amount).times('0.9').toDecimalPlaces(2, Decimal.ROUND_HALF_UP)),
    );

    await s.show('上年数');
    await expect(s.field('上年年度')).toHaveValue('2022');
    // Rows by the name the officer reads (the stored keys are never shown).
    const priorRow = (name: string) =>
      s.rows('上年数').filter({ has: page.locator('td[data-col="name"]', { hasText: new RegExp(`^${name}$`) }) });
    const expenseRow = priorRow('支出总计');
    await expect(expenseRow.locator('td[data-col="budget"]')).toHaveText(
      withSeparators(sumOf([...FIXTURE.expenses, ...FIXTURE.carryForward])),
    );
    await expect(expenseRow.locator('td[data-col="actual"]')).toHaveText('');
    const incomeRow = priorRow('收入总计');
    await expect(incomeRow.locator('td[data-col="budget"]')).toHaveText(withSeparators(sumOf(FIXTURE.income)));

    // Last year's draft is untouched.
    await home.backHome();
    await expect(home.row('2023年舟山市人民政府办公室部门预算')).toContainText('2023');
    await home.row(SAMPLE_NAME).getByRole('button', { name: '打开' }).click();
    await expect(ws.expense).toHaveText(/支出总计\s*2725\.60\s*万元/);
  });

  test('删除进回收站 → 还原 → 再删除 → 永久删除（先确认）', async ({ page }) => {
    const home = await sampleOnHome(page);
    await home.row(SAMPLE_NAME).getByRole('button', { name: '删除' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已将' })).toContainText('移入回收站');
    await expect(home.row(SAMPLE_NAME)).toHaveCount(0);

    await home.showTrash(true);
    await home.row(SAMPLE_NAME).getByRole('button', { name: '还原' }).click();
    await expect(page.getByText('回收站是空的。')).toBeVisible();
    await home.showTrash(false);
    await expect(home.row(SAMPLE_NAME)).toBeVisible();

    await home.row(SAMPLE_NAME).getByRole('button', { name: '删除' }).click();
    await home.showTrash(true);
    await home.row(SAMPLE_NAME).getByRole('button', { name: '永久删除' }).click();
    const confirm = page.getByRole('alertdialog', { name: '永久删除草稿' });
    await expect(confirm).toContainText(SAMPLE_NAME);
    await expect(confirm).toContainText('无法还原');
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/home-delete-forever.png` });
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(home.row(SAMPLE_NAME)).toBeVisible();

    await home.row(SAMPLE_NAME).getByRole('button', { name: '永久删除' }).click();
    await confirm.getByRole('button', { name: '永久删除' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByText('回收站是空的。')).toBeVisible();
    await page.reload();
    await expect(page.getByText('还没有草稿。')).toBeVisible();
  });

  test('首页截图（1366×768）：列表、行内操作', async ({ page }) => {
    const home = await sampleOnHome(page);
    await home.row(SAMPLE_NAME).getByRole('button', { name: '复制' }).click();
    await expect(home.list.getByRole('row')).toHaveCount(3);
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/home-list.png` });
    await home.row(`${SAMPLE_NAME}（副本）`).getByRole('button', { name: '新建下年' }).click();
    await expect(home.nextYearDialog.getByLabel('上年草稿', { exact: true }).locator('option:checked')).toHaveText(
      `2022 年 · ${SAMPLE_NAME}（副本）`,
    );
    await expect(home.nextYearDialog.getByLabel('新草稿名称', { exact: true })).toHaveValue(
      '2023年舟山市人民政府办公室部门预算（副本）',
    );
    await page.keyboard.press('Escape');
    await expect(home.nextYearDialog).toHaveCount(0);
  });
});
