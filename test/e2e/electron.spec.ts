import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'out/main/index.js');

/**
 * The Electron executable when the electron package finished installing (path.txt names it inside
 * dist/). Read from disk: requiring the package would throw, and nothing here may download it.
 */
function electronExecutable(): string | null {
  const pkg = join(ROOT, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const executablePath = electronExecutable();

/**
 * Starts the built app with its own data folder (BUDGET_TEST_USER_DATA) and its save dialogs
 * answered with the default name inside `saveDir` (BUDGET_TEST_SAVE_DIR; src-main/main/test-hooks.ts).
 */
async function launch(userData: string, saveDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  expect(existsSync(MAIN), '请先运行 npm run build').toBe(true);
  const app = await electron.launch({
    executablePath: executablePath!,
    args: [MAIN],
    env: { ...process.env, BUDGET_TEST_USER_DATA: userData, BUDGET_TEST_SAVE_DIR: saveDir },
  });
  const page = await app.firstWindow();
  await page.setViewportSize({ width: 1366, height: 768 });
  return { app, page };
}

test.describe('部门预算公开编制（桌面端）', () => {
  test.skip(
    executablePath === null,
    '没有可用的 Electron 可执行文件（本机无法下载，npm install 时 electron 的下载被跳过），跳过桌面端测试',
  );

  let userData: string;
  let saveDir: string;
  test.beforeEach(() => {
    const base = mkdtempSync(join(tmpdir(), 'budget-e2e-'));
    userData = join(base, 'data');
    saveDir = join(base, 'out');
  });
  test.afterEach(() => {
    rmSync(join(userData, '..'), { recursive: true, force: true });
  });

  test('安全的主窗口：只有预加载的桥，没有 Node', async () => {
    const { app, page } = await launch(userData, saveDir);
    try {
      await expect(page).toHaveTitle('部门预算公开编制');
      expect(await page.evaluate(() => window.budgetApp?.platform)).toBe('electron');
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    } finally {
      await app.close();
    }
  });

  test('新建草稿、导出 Excel（保存对话框给出默认文件名），重启后草稿仍在', async () => {
    const deptName = '测试市财政局';
    const first = await launch(userData, saveDir);
    try {
      const home = new HomePage(first.page);
      await expect(first.page.getByRole('button', { name: '新建草稿', exact: true })).toBeVisible();
      await home.createBlank({ year: '2025', deptCode: '901', deptName, unitCode: '901001' });
      const row = home.row(deptName);
      await expect(row).toBeVisible();
      await row.getByRole('button', { name: '打开' }).click();
      await expect(first.page.getByRole('grid')).toBeVisible();

      await first.page.getByRole('button', { name: '导出 Excel' }).click();
      await first.page
        .getByRole('dialog', { name: '导出 Excel' })
        .getByRole('button', { name: '导出', exact: true })
        .click();
      const expected = join(saveDir, `${deptName}2025年部门预算公开表.xlsx`);
      await expect(first.page.getByRole('alert')).toContainText(`已保存：${expected}`, { timeout: 30_000 });
      const bytes = readFileSync(expected);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the .xlsx container
      // Written atomically: nothing but the workbook is left in the folder.
      expect(readdirSync(saveDir)).toEqual([`${deptName}2025年部门预算公开表.xlsx`]);
    } finally {
      await first.app.close();
    }

    // The same data folder on the next start: the draft is still there.
    const second = await launch(userData, saveDir);
    try {
      const home = new HomePage(second.page);
      await expect(home.row(deptName)).toBeVisible();
      await expect(home.row(deptName)).toContainText('2025');
    } finally {
      await second.app.close();
    }
  });

  test('关闭草稿时自动备份，备份与恢复页列出备份', async () => {
    const { app, page } = await launch(userData, saveDir);
    try {
      await page.getByRole('button', { name: '示例：舟山市人民政府办公室2022' }).click();
      await expect(page.getByTestId('status-income')).toHaveText(/2725\.60/);
      // One edit, then close the draft: closing writes a backup at once.
      await new WorkspacePage(page).typeInto(0, 'amount', '2874601');
      await page.getByRole('button', { name: '← 首页' }).click();
      await page.getByRole('button', { name: '备份与恢复' }).click();
      await expect(page.getByTestId('backup-group')).toHaveCount(1, { timeout: 15_000 });
      await expect(page.getByTestId('backup-group')).toContainText('舟山市人民政府办公室');
      const folder = join(userData, 'backups');
      await expect(page.getByTestId('backup-folder')).toHaveText(folder);
      const drafts = readdirSync(folder);
      expect(drafts).toHaveLength(1);
      expect(readdirSync(join(folder, drafts[0]))[0]).toMatch(/^\d{8}T\d{9}Z\.budget\.json$/);
    } finally {
      await app.close();
    }
  });
});
