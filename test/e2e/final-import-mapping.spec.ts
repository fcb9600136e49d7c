import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '.tmp/shots-final-import-mapping';

/** A new 决算 of the 舟山 sample's year, open on its 支出决算 grid. */
async function openNewFinal(page: Page): Promise<WorkspacePage> {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  await home.backHome();
  await page.getByRole('button', { name: '新建决算' }).click();
  await page.getByRole('dialog', { name: '新建决算' }).getByRole('button', { name: '创建决算' }).click();
  await expect(page.getByTestId('final-status')).toBeVisible();
  await page
    .getByRole('navigation', { name: '决算内容' })
    .getByRole('button', { name: /^支出决算/ })
    .click();
  const ws = new WorkspacePage(page);
  await expect(ws.grid).toBeVisible();
  return ws;
}

/** Another system's export: a sheet “支出” whose function column is headed “科目代码”, not the template's. */
async function otherSystemWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出');
  ws.addRow(['单位编码', '科目代码', '经济科目', '支出类型', '资金来源', '决算金额', '说明']);
  ws.addRow(['167001', '2010301', '30101', '人员经费', '一般公共预算', 5000, '工资']);
  ws.addRow(['167001', '2010301', '30201', '公用经费', '事业收入', 2500.5, '办公费']);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test.describe('决算：导入 Excel with 列对应', () => {
  test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  test('non-template headers are mapped by the officer; a bad mapping imports nothing', async ({ page }) => {
    const ws = await openNewFinal(page);
    await ws.typeInto(0, 'amount', '1');
    await expect(ws.cell(0, 'amount')).toHaveText('1.00');

    await page.getByTestId('final-import').click();
    const dialog = page.getByRole('dialog', { name: '导入决算数据' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: /选择.*文件/ }).click();
    await (
      await chooser
    ).setFiles({
      name: '财务系统导出.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await otherSystemWorkbook(),
    });

    // The 列对应 step opens on the sheet, naming the column it could not find; 导入 is off.
    const sheet = dialog.getByTestId('mapping-支出');
    await expect(sheet).toContainText('缺少：功能科目编码');
    await expect(sheet.getByRole('combobox', { name: '工作表“支出”的内容' })).toHaveValue('finalExpenses');
    await expect(sheet.getByRole('combobox', { name: '支出：决算数' })).toHaveValue('5');
    await expect(dialog.getByRole('button', { name: /^导入/ })).toBeDisabled();
    await page.screenshot({ path: `${SHOTS}/mapping-missing.png` });

    // A bad mapping (功能科目 from the 经济科目 column) leaves 经济科目编码 without a column: 导入 stays off.
    const functionColumn = sheet.getByRole('combobox', { name: '支出：功能科目编码' });
    await functionColumn.selectOption({ label: 'C 列：经济科目' });
    await expect(dialog.getByTestId('import-problems')).toContainText('缺少必需的列：经济科目编码');
    await expect(sheet).toContainText('缺少：经济科目编码');
    await expect(dialog.getByRole('button', { name: /^导入/ })).toBeDisabled();

    // The right column: both rows accepted, the totals as in the file.
    await functionColumn.selectOption({ label: 'B 列：科目代码' });
    await expect(sheet).toContainText('各列已对应');
    await expect(dialog.getByTestId('import-counts')).toContainText('可导入 2 行');
    await expect(dialog.getByTestId('import-counts')).toContainText('7500.50');
    await page.screenshot({ path: `${SHOTS}/mapping-done.png` });

    await dialog.getByRole('button', { name: '导入 2 行' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '导入 2 行支出决算' })).toBeVisible();
    await expect(ws.cell(0, 'function')).toContainText('2010301');
    await expect(ws.cell(1, 'economic')).toContainText('30201');
    await expect(ws.cell(1, 'source')).toHaveText('事业收入');
    await expect(ws.cell(1, 'note')).toHaveText('办公费');
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.75/);
  });

  test('a mapping that leaves rows refused changes nothing when the dialog is closed', async ({ page }) => {
    const ws = await openNewFinal(page);
    await ws.typeInto(0, 'amount', '1');
    await page.getByTestId('final-import').click();
    const dialog = page.getByRole('dialog', { name: '导入决算数据' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: /选择.*文件/ }).click();
    await (
      await chooser
    ).setFiles({
      name: '财务系统导出.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await otherSystemWorkbook(),
    });
    // 决算数 taken from the 说明 column: words, not amounts — the row and column are named.
    await dialog.getByRole('combobox', { name: '支出：决算数' }).selectOption({ label: 'G 列：说明' });
    await dialog.getByRole('combobox', { name: '支出：功能科目编码' }).selectOption({ label: 'B 列：科目代码' });
    await expect(dialog.getByTestId('mapping-支出')).toContainText('各列已对应');
    await expect(dialog.getByTestId('import-problems')).toContainText('第 2 行 G 列（说明）：无法识别金额');
    await expect(dialog.getByRole('button', { name: /^导入/ })).toBeDisabled();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(ws.cell(0, 'amount')).toHaveText('1.00');
    await expect(ws.cell(0, 'function')).not.toContainText('2010301');
  });
});
