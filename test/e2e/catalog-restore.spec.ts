import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '.tmp/import-shots';

/** The year's 功能分类 as the finance bureau might send it: 2010301 renamed, 2010398 new, most codes gone. */
const CATALOG = Buffer.from(
  '科目编码,科目名称,说明\n201,一般公共服务支出,\n20103,政府办公厅（室）及相关机构事务,\n2010301,行政运行（新版名称）,\n2010399,其他政府办公厅（室）及相关机构事务支出,\n2010398,新设科目,新的说明\n',
  'utf8',
);

/** One line on the new code 2010398 (100 元), in the template's headers. */
async function lineOnNewCode(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出明细');
  ws.addRow(['单位编码', '功能科目编码', '经济科目编码', '支出类型', '资金来源', '金额']);
  ws.addRow(['167001', '2010398', '30201', '公用经费', '一般公共预算', 100]);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function pickFile(page: Page, button: string, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function openCatalogDialog(page: Page) {
  await page.getByRole('button', { name: '导入 ▾' }).click();
  await page.getByRole('menuitem', { name: '导入本年度科目表…' }).click();
  return page.getByRole('dialog', { name: '导入本年度科目表' });
}

const count = async (ws: WorkspacePage) => Number((await ws.errors.textContent())?.replace(/\D/g, '') || '0');

test.describe('恢复内置科目表', () => {
  test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  test('导入的科目表列在对话框中；恢复前说明草稿中内置表没有的编码；恢复后用回内置科目表，行不删除', async ({
    page,
  }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample(); // 2022
    await expect(ws.expense).toHaveText(/支出总计\s*2725\.60/);
    const errorsBuiltin = await count(ws);

    let cat = await openCatalogDialog(page);
    await expect(cat.getByRole('region', { name: '本机导入的科目表' })).toContainText('本机没有导入的科目表');
    await pickFile(page, '选择科目表文件…', '2022功能分类.csv', CATALOG);
    await expect(cat).toContainText('共 5 个支出功能分类科目');
    await cat.getByRole('button', { name: /应用新科目表/ }).click();
    await expect(ws.expense).toHaveText(/支出总计\s*2725\.60/); // reloaded, same draft
    await expect.poll(() => count(ws)).toBeGreaterThan(errorsBuiltin);
    const errorsImported = await count(ws);
    await expect(ws.grid).toContainText('行政运行（新版名称）');

    // A line on the code only the imported list has.
    await page.getByRole('button', { name: '导入 ▾' }).click();
    await page.getByRole('menuitem', { name: '导入 Excel 数据…' }).click();
    const lines = page.getByRole('dialog', { name: /导入 Excel 到/ });
    await pickFile(page, '选择 Excel/CSV 文件…', '新科目.xlsx', await lineOnNewCode());
    await expect(lines.getByTestId('import-counts')).toContainText('可导入 1 行');
    await lines.getByLabel('追加：加在草稿已有的行之后').check();
    await lines.getByRole('button', { name: '导入 1 行' }).click();
    await expect(lines).toHaveCount(0);
    await expect(ws.expense).toHaveText(/支出总计\s*2725\.61/);

    // Listed: year, scheme (file), number of codes, time of import.
    cat = await openCatalogDialog(page);
    const list = cat.getByRole('region', { name: '本机导入的科目表' });
    const row = list.getByRole('row').filter({ hasText: '支出功能分类科目' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('2022');
    await expect(row).toContainText('2022功能分类.csv');
    await expect(row.getByRole('cell').nth(2)).toHaveText('5');
    await expect(row.getByRole('cell').nth(3)).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await expect(list.getByRole('row').filter({ hasText: '经济分类' })).toHaveCount(0); // the kept copy is not an import

    await row.getByRole('button', { name: '恢复内置科目表' }).click();
    const confirm = list.getByRole('group', { name: '确认恢复内置科目表' });
    await expect(confirm).toContainText('将删除本机导入的 2022 年度支出功能分类科目（5 个编码）');
    await expect(confirm).toContainText('本草稿有 1 行使用了内置科目表中没有的编码（2010398）：这些行保留不删除');
    await page.screenshot({ path: `${SHOTS}/catalog-restore.png` });
    await confirm.getByRole('button', { name: /确认恢复/ }).click();

    // Reloaded with the shipped list: the line on 2010398 stays, fewer codes are unknown.
    await expect(ws.expense).toHaveText(/支出总计\s*2725\.61/);
    await expect.poll(() => count(ws)).toBeLessThan(errorsImported);
    await expect(ws.grid).not.toContainText('新版名称');
    await expect(ws.grid).toContainText('行政运行');
    cat = await openCatalogDialog(page);
    await expect(cat.getByRole('region', { name: '本机导入的科目表' })).toContainText('本机没有导入的科目表');
    // The names in use are the shipped ones again: the same file shows 2010301 renamed from 行政运行.
    await pickFile(page, '选择科目表文件…', '2022功能分类.csv', CATALOG);
    await expect(cat).toContainText('2010301：行政运行 → 行政运行（新版名称）');
    await page.screenshot({ path: `${SHOTS}/catalog-restored.png` });
  });
});
