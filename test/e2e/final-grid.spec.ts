import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '.tmp/shots-final-grid';

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: '决算内容' }).getByRole('button', { name: new RegExp(`^${label}`) });
const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveAttribute('data-save-state', 'saved');

/** A new, empty 决算 of the 舟山 sample's year (from its budget), open on 支出决算. */
async function newFinal(page: Page): Promise<WorkspacePage> {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  await home.backHome();
  await page.getByRole('button', { name: '新建决算' }).click();
  await page.getByRole('dialog', { name: '新建决算' }).getByRole('button', { name: '创建决算' }).click();
  await expect(page.getByTestId('final-status')).toBeVisible();
  await nav(page, '支出决算').click();
  const ws = new WorkspacePage(page);
  await expect(ws.grid).toBeVisible();
  return ws;
}

/** A workbook of invented 决算 lines in the 决算 template's headers; `bad` puts a word in one 决算数. */
async function finalWorkbook(bad = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出决算明细');
  ws.addRow(['单位编码', '功能科目编码', '经济科目编码', '支出类型', '资金来源', '项目编码', '决算数', '备注']);
  ws.addRow(['167001', '2010301', '30101', '人员经费', '一般公共预算', '', 5000, '工资']);
  ws.addRow(['167001', '2010301', '30201', '公用经费', '事业收入', '', bad ? '两千五' : 2500.5, '办公费']);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('dialog', { name: '导入决算数据' })
    .getByRole('button', { name: /选择.*文件/ })
    .click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

test.describe('决算：支出决算明细 in the grid, 导入 Excel', () => {
  test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  test('type a 决算数 line with completion, paste a block with its header row, undo, reload', async ({ page }) => {
    const ws = await newFinal(page);
    const popup = page.getByTestId('cell-popup');
    const grid = page.getByRole('region', { name: '支出决算明细' });
    await expect(grid.getByRole('columnheader', { name: /^决算数/ })).toBeVisible();
    await expect(grid.getByRole('columnheader', { name: '上年结转' })).toHaveCount(0);

    // The new row: a code found by its digits, an economic code by its name.
    await ws.selectCell(0, 'function');
    await page.keyboard.type('2010301');
    await expect(popup.getByRole('option').first()).toContainText('行政运行');
    await page.keyboard.press('Enter');
    await expect(ws.cell(0, 'function')).toContainText('2010301');
    await ws.selectCell(0, 'economic');
    await page.keyboard.type('基本工资');
    await expect(popup.getByRole('option').first()).toContainText('30101');
    await page.keyboard.press('Enter');
    await expect(ws.cell(0, 'economic')).toContainText('30101');

    // 资金来源 lists the 决算's eight sources; 事业收入 by a word of it.
    await ws.selectCell(0, 'source');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(popup.getByRole('option')).toHaveCount(8);
    await page.keyboard.press('Escape');
    await page.keyboard.type('事业');
    await expect(popup.getByRole('option')).toHaveText([/事业收入/]);
    await page.keyboard.press('Enter');
    await expect(ws.cell(0, 'source')).toHaveText('事业收入');
    // A 预算-only source is refused, naming the cell; nothing changes.
    await ws.selectCell(0, 'source');
    await page.keyboard.type('单位资金');
    await page.keyboard.press('Enter');
    await expect(ws.message).toContainText('资金来源');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(ws.cell(0, 'source')).toHaveText('事业收入');

    await ws.typeInto(0, 'amount', '1000');
    await expect(ws.cell(0, 'amount')).toHaveText('1,000.00');
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.10/);

    // A block copied from Excel with its header row, pasted on the new row.
    await ws.selectCell(1, 'function');
    await ws.pasteText(
      [
        '功能科目编码\t经济科目编码\t支出类型\t资金来源\t项目编码\t决算数\t备注',
        '2010301\t30201\t公用经费\t一般公共预算\t\t2000\t粘贴一',
        '2010302\t30202\t公用经费\t一般公共预算\t\t3,000.50\t粘贴二',
      ].join('\r\n'),
    );
    await expect(page.getByTestId('grid-notice')).toContainText(
      /已粘贴 2 行；第一行是表头（功能科目编码、经济科目编码/,
    );
    await expect(ws.cell(2, 'note')).toHaveText('粘贴二');
    await expect(ws.cell(2, 'amount')).toHaveText('3,000.50');
    await expect(page.getByTestId('footer-shown')).toContainText('6,000.50');
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.60/);
    await page.screenshot({ path: `${SHOTS}/final-grid-paste.png` });

    // Ctrl+Z takes the whole paste back (one step), Ctrl+Y puts it again.
    await page.keyboard.press('Control+z');
    await expect(ws.grid).toHaveAttribute('aria-rowcount', '3'); // header, one line, the new row
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.10/);
    await page.keyboard.press('Control+y');
    await expect(ws.cell(2, 'note')).toHaveText('粘贴二');
    await saved(page);

    await page.reload();
    await expect(ws.grid).toBeVisible();
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.60/);
    await expect(ws.cell(0, 'source')).toHaveText('事业收入');
    await expect(ws.cell(1, 'function')).toContainText('2010301');
    await expect(ws.cell(2, 'note')).toHaveText('粘贴二');
  });

  test('导入 Excel: a broken file changes nothing; a good one is one undo step; the template downloads', async ({
    page,
  }) => {
    const ws = await newFinal(page);
    await ws.typeInto(0, 'amount', '1');
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.00/);
    await expect(ws.cell(0, 'amount')).toHaveText('1.00');

    await page.getByTestId('final-import').click();
    const dialog = page.getByRole('dialog', { name: '导入决算数据' });

    // Not a workbook at all: a Chinese message, nothing to import.
    await pickFile(page, '乱码.xlsx', Buffer.from('这不是 Excel 文件'));
    await expect(dialog.getByTestId('import-errors')).toContainText('草稿没有任何改动');
    await expect(dialog.getByRole('button', { name: /^导入/ })).toBeDisabled();

    // One bad amount: the row and column are named, 导入 stays off.
    await pickFile(page, '决算有误.xlsx', await finalWorkbook(true));
    await expect(dialog.getByTestId('import-problems')).toContainText('第 3 行');
    await expect(dialog.getByTestId('import-problems')).toContainText('决算数');
    await expect(dialog.getByRole('button', { name: /^导入 \d+ 行/ })).toBeDisabled();
    await page.screenshot({ path: `${SHOTS}/final-import-refused.png` });

    // The good file: previewed, then applied in place of the draft's lines.
    await pickFile(page, '决算.xlsx', await finalWorkbook());
    await expect(dialog.getByTestId('import-counts')).toContainText('可导入 2 行');
    await expect(dialog.getByTestId('import-counts')).toContainText('7500.50');
    await page.screenshot({ path: `${SHOTS}/final-import-preview.png` });

    // 下载导入模板: the 决算 template with the draft's line.
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载导入模板' }).click();
    expect((await download).suggestedFilename()).toMatch(/年度部门决算数据导入模板\.xlsx$/);

    await dialog.getByRole('button', { name: '导入 2 行' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '已从“决算.xlsx”导入 2 行支出决算' })).toBeVisible();
    await expect(ws.cell(1, 'note')).toHaveText('办公费');
    await expect(ws.cell(1, 'source')).toHaveText('事业收入');
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.75/);
    await page.screenshot({ path: `${SHOTS}/final-import-done.png` });

    // The import is one undo step: the typed line comes back.
    await ws.selectCell(0, 'amount');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'amount')).toHaveText('1.00');
    await expect(ws.grid).toHaveAttribute('aria-rowcount', '3'); // header, the typed line, the new row
    await expect(page.getByTestId('status-expense')).toHaveText(/本年支出\s*0\.00/);
    await saved(page);
  });
});
