import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';
import { longShapeXls, longShapeXlsx, wideShapeXlsx } from '../unit/import/budget-system-workbooks';
import { xlsx } from '../unit/import/helpers';

/**
 * Files exported by a 预算管理一体化系统 (issue 13), imported in the dialog without edits: the long
 * shape (.xlsx and .xls), the wide shape, income made from the expenses; a 列对应 chosen once is
 * offered again for the next file with the same headers.
 */
const SHOTS = '.tmp/import-shots';

async function newDraftDialog(page: Page): Promise<Locator> {
  const home = new HomePage(page);
  await home.goto();
  await page.getByRole('button', { name: '从 Excel 新建草稿' }).click();
  const dialog = page.getByRole('dialog', { name: '从 Excel 新建草稿' });
  await dialog.getByLabel('预算年度').fill('2025');
  await dialog.getByLabel('部门编码').fill('301');
  await dialog.getByLabel('部门名称').fill('示例县数字化服务局');
  return dialog;
}

async function pickFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /选择 Excel\/CSV 文件…|重新选择文件…/ })
    .click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

test.describe('导入预算管理一体化系统导出的支出预算', () => {
  test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  test('长表（.xlsx）：表头上方的标题和“单位：元”、项目类别、资金性质与资金来源；由支出生成收入，收支平衡', async ({
    page,
  }) => {
    const ws = new WorkspacePage(page);
    const dialog = await newDraftDialog(page);
    await pickFile(page, '2025年支出预算.xlsx', await longShapeXlsx());

    const counts = dialog.getByTestId('import-counts');
    await expect(counts).toContainText('可导入 10 行');
    await expect(counts).toContainText('支出明细 10 行，合计 3835000.50 元');
    await expect(counts).toContainText('单位 2 个');
    await expect(counts).toContainText('项目 3 个');
    await expect(dialog.getByTestId('import-problems')).toHaveCount(0);
    const sheet = dialog.getByTestId('mapping-支出预算');
    await expect(sheet).toContainText('各列已对应（第 3 行为表头）');
    await sheet.locator('summary').click();
    const recognised = dialog.getByTestId('recognised-支出预算');
    await expect(recognised).toContainText('A 列“预算单位” → 单位编码');
    await expect(recognised).toContainText('B 列“项目类别” → 支出类型');
    await expect(recognised).toContainText('G 列“政府预算经济分类” → 仅供核对，不导入');
    await expect(recognised).toContainText('H 列“部门预算经济分类” → 经济科目编码');
    await expect(recognised).toContainText('J 列“资金性质” → 资金来源（与“资金来源”列一起确定来源和是否上年结转）');
    await dialog.getByTestId('import-warnings').locator('..').locator('summary').click();
    await expect(dialog.getByTestId('import-warnings')).toContainText(
      '单位“301002 示例县数据资源中心”不在草稿中，已新建；单位类型无法从文件得知，已按名称暂定为“事业单位”',
    );
    await dialog.getByTestId('import-income-from-expenses').getByRole('checkbox').check();
    await page.screenshot({ path: `${SHOTS}/budget-system-long.png`, fullPage: true });
    await dialog.getByRole('button', { name: '导入 10 行' }).click();

    // 3,835,000.50 元 = 383.50 万元 (published in 万元); income made from the expenses balances it.
    await expect(ws.expense).toHaveText(/支出总计\s*383\.50\s*万元/);
    await expect(ws.income).toHaveText(/收入总计\s*383\.50\s*万元/);
    await expect(ws.difference).toHaveText(/差额\s*0\.00/);
  });

  test('宽表（每种资金一列，“单位：万元”）：上年结转是金额；.xls 与 .xlsx 导入结果相同', async ({ page }) => {
    const ws = new WorkspacePage(page);
    let dialog = await newDraftDialog(page);
    await pickFile(page, '部门支出预算表.xlsx', await wideShapeXlsx());
    await expect(dialog.getByTestId('import-counts')).toContainText('共 11 行数据：可导入 11 行');
    await expect(dialog.getByTestId('import-counts')).toContainText('支出明细 12 行，合计 3850000.50 元');
    await dialog.getByTestId('mapping-部门支出预算表').locator('summary').click();
    const recognised = dialog.getByTestId('recognised-部门支出预算表');
    await expect(recognised).toContainText('I 列“公共预算拨款” → 金额：一般公共预算拨款收入（本年）');
    await expect(recognised).toContainText('O 列“上年结转” → 金额：一般公共预算拨款收入（上年结转）');
    await page.screenshot({ path: `${SHOTS}/budget-system-wide.png`, fullPage: true });
    await dialog.getByRole('button', { name: '导入 11 行' }).click();
    await expect(ws.expense).toHaveText(/支出总计\s*385\.00\s*万元/);
    await expect(ws.income).toHaveText(/收入总计\s*0\.00\s*万元/); // no income asked for

    await page.getByRole('button', { name: '← 首页' }).click();
    dialog = await newDraftDialog(page);
    await dialog.getByLabel('部门名称').fill('示例县数字化服务局（xls）');
    await pickFile(page, '2025年支出预算.xls', longShapeXls());
    await expect(dialog.getByTestId('import-counts')).toContainText('支出明细 10 行，合计 3835000.50 元');
    await dialog.getByRole('button', { name: '导入 10 行' }).click();
    await expect(ws.expense).toHaveText(/支出总计\s*383\.50\s*万元/);
  });

  test('列对应记在本机：同样表头的下一个文件，提供“套用上次的列对应”', async ({ page }) => {
    const header = ['单位编码', '功能科目编码', '经济科目编码', '支出类型', '资金来源', '钱数'];
    const file = async (amount: number) =>
      xlsx([
        {
          name: '导出数据',
          rows: [
            header,
            ['301001 示例县数字化服务局', '2010301 行政运行', '30201 办公费', '公用经费', '一般公共预算', amount],
          ],
        },
      ]);
    let dialog = await newDraftDialog(page);
    await pickFile(page, '一月.xlsx', await file(100));
    const sheet = dialog.getByTestId('mapping-导出数据');
    await expect(sheet).toContainText('缺少：金额');
    await expect(dialog.getByTestId('saved-mapping-导出数据')).toHaveCount(0);
    await sheet.getByLabel('导出数据：金额').selectOption({ label: 'F 列：钱数' });
    await expect(sheet).toContainText('各列已对应');
    await dialog.getByRole('button', { name: '导入 1 行' }).click();
    await expect(new WorkspacePage(page).expense).toHaveText(/支出总计\s*0\.01\s*万元/);

    await page.getByRole('button', { name: '← 首页' }).click();
    dialog = await newDraftDialog(page);
    await dialog.getByLabel('部门名称').fill('示例县数字化服务局（二月）');
    await pickFile(page, '二月.xlsx', await file(200));
    const offer = dialog.getByTestId('saved-mapping-导出数据');
    await expect(offer).toContainText('导入的“一月.xlsx”相同');
    await page.screenshot({ path: `${SHOTS}/saved-mapping.png`, fullPage: true });
    await offer.getByRole('button', { name: '套用上次的列对应' }).click();
    await expect(dialog.getByTestId('mapping-导出数据')).toContainText('各列已对应');
    await expect(dialog.getByTestId('import-counts')).toContainText('合计 200.00 元');
  });
});
