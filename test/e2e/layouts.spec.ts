import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { RESOURCES_DIR } from '../../src-main/cli/node-resources';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

/** The shipped chongqing layout under another id and name: what a county bureau would import. */
const DIANJIANG = JSON.stringify({
  ...(JSON.parse(readFileSync(join(RESOURCES_DIR, 'layouts', 'chongqing.json'), 'utf8')) as object),
  id: 'dianjiang-test',
  name: '垫江县单位预算公开格式（测试）',
});

const SHOTS = process.env.PW_OUT_DIR ? `${process.env.PW_OUT_DIR}-shots` : 'test-results/shots';

async function chooseLayoutFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入版式文件…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

test.describe('版式文件：导入、预览、保存在本机、删除', () => {
  test('导入后预览表的顺序，选用后公开表按它印出；重新载入后仍可选用；有误的文件不保存；可删除', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    await ws.show('公开表');
    const select = page.getByTestId('preview-section').getByRole('combobox', { name: '版式' });
    await expect(select).toHaveValue('national');

    // A file with mistakes: every problem with its place in the file, nothing stored.
    const broken = JSON.stringify({
      id: 'bad-layout',
      name: '有误的版式',
      tables: [
        { table: 'T04', title: '财政拨款收支总表', hideRows: ['in:nope'] },
        { table: 'T03', title: '支出' },
      ],
    });
    await chooseLayoutFile(page, '有误的版式.json', broken);
    const alert = page.getByRole('alertdialog', { name: '版式文件有误' });
    await expect(alert).toBeVisible();
    await expect(alert.getByTestId('layout-problems')).toContainText('tables[0].hideRows[0]：表 T04 没有行“in:nope”');
    await expect(alert.getByTestId('layout-problems')).toContainText('tables[1].variant：');
    await alert.getByRole('button', { name: '关闭' }).click();
    await expect(page.getByRole('button', { name: /^本机版式/ })).toHaveCount(0);
    await expect(select.locator('option', { hasText: '有误的版式' })).toHaveCount(0);

    // A sound file: its tables in print order before anything is stored.
    await chooseLayoutFile(page, '垫江.json', DIANJIANG);
    const preview = page.getByRole('dialog', { name: '导入版式文件' });
    await expect(preview.getByRole('heading')).toHaveText('导入版式：垫江县单位预算公开格式（测试）');
    const rows = preview.getByRole('table', { name: '版式中的表' }).locator('tbody tr');
    await expect(rows).toHaveCount(10);
    await expect(rows.first()).toContainText('表一〈部门名称〉财政拨款收支总表财政拨款收支总表');
    await expect(rows.last()).toContainText('表十');
    await page.screenshot({ path: `${SHOTS}/layout-import-preview.png` });
    await preview.getByRole('button', { name: '导入并使用' }).click();
    await expect(preview).toHaveCount(0);

    await expect(select).toHaveValue('dianjiang-test');
    const list = page.getByRole('navigation', { name: '公开表' });
    await expect(list.locator('button').first()).toContainText('表一舟山市人民政府办公室财政拨款收支总表');
    await expect(list.locator('button')).toHaveCount(10);
    await expect(ws.table.getByRole('heading', { name: '舟山市人民政府办公室财政拨款收支总表' })).toBeVisible();
    await expect(ws.amountAfter('一般公共预算资金').first()).toHaveText('2725.60');
    await page.screenshot({ path: `${SHOTS}/layout-imported-tables.png` });

    // A restart: the layout is still offered (in its own group) and can be chosen.
    await page.reload();
    await expect(page.getByRole('grid')).toBeVisible();
    await ws.show('公开表');
    await expect(select).toHaveValue('national');
    await expect(select.locator('optgroup[label="本机导入"] option')).toHaveText(['垫江县单位预算公开格式（测试）']);
    await select.selectOption('dianjiang-test');
    await expect(list.locator('button').first()).toContainText('财政拨款收支总表');
    await expect(list.locator('button')).toHaveCount(10);

    // Removed: back to the default layout, no longer offered, also after a reload.
    await page.getByRole('button', { name: '本机版式（1）' }).click();
    const manage = page.getByRole('dialog', { name: '本机版式' });
    await expect(manage.getByTestId('imported-layouts')).toContainText('垫江.json');
    await manage.getByRole('button', { name: '删除版式“垫江县单位预算公开格式（测试）”' }).click();
    await expect(manage).toContainText('本机没有导入的版式');
    await manage.getByRole('button', { name: '关闭' }).click();
    await expect(select).toHaveValue('national');
    await expect(list.locator('button').first()).toContainText('部门收支总表');
    await page.reload();
    await expect(page.getByRole('grid')).toBeVisible();
    await ws.show('公开表');
    await expect(select.locator('option')).toHaveCount(5);
  });
});
