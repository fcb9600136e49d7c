import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { BALANCED_NOTE } from '../../src-core/export/xlsx/cover-sheet';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

async function coverText(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const cover = wb.getWorksheet('目录')!;
  const out: string[] = [];
  cover.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
  return out.join('\n');
}

test.describe('导出 Excel 的对话框', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await new HomePage(page).importSample();
  });

  test('版式、舍位平衡、文件名和第一张表预览；导出后说明文件去了哪里', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const dialog = ws.exportDialog;
    await expect(dialog).toBeVisible();
    // The sample has a 尾差 (R-ROUND at T06 303): 舍位平衡 is proposed.
    const balance = dialog.getByRole('checkbox', { name: '舍位平衡' });
    await expect(balance).toBeChecked();
    await expect(dialog.getByLabel('文件名')).toHaveValue('舟山市人民政府办公室2022年部门预算公开表');
    const preview = dialog.getByRole('figure', { name: '第一张表预览' });
    await expect(preview.locator('figcaption')).toContainText('收支');
    await expect(preview.locator('tbody tr').first()).toBeVisible();
    const dir = `${process.env.PW_OUT_DIR ?? '.tmp/web'}/screens`;
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/export-dialog.png` });

    // Esc closes it and nothing is written.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: '导出 Excel' })).toBeFocused();

    // Balanced, under the officer's own name.
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await dialog.getByLabel('文件名').fill('市府办 公开表 终稿');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('市府办 公开表 终稿.xlsx');
    expect(await coverText(await file.path())).toContain(BALANCED_NOTE);
    await expect(page.getByRole('alert')).toContainText('已下载“市府办 公开表 终稿.xlsx”');
    await expect(dialog).toHaveCount(0);

    // Without balancing: the cover says nothing about it.
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await balance.uncheck();
    await expect(dialog).toContainText('尾差提示');
    const plain = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    expect(await coverText(await (await plain).path())).not.toContain(BALANCED_NOTE);
  });
});
