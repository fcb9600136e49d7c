import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

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

test.describe('部门预算公开编制（桌面端）', () => {
  test.skip(executablePath === null, '没有可用的 Electron 可执行文件（本机无法下载），跳过桌面端测试');

  test('打开主窗口，加载示例草稿', async () => {
    expect(existsSync(MAIN), '请先运行 npm run build').toBe(true);
    const app = await electron.launch({ executablePath: executablePath!, args: [MAIN] });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle('部门预算公开编制');
      expect(await page.evaluate(() => window.budgetApp?.platform)).toBe('electron');
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      await page.getByRole('button', { name: '示例：舟山市人民政府办公室2022' }).click();
      await expect(page.getByTestId('status-income')).toHaveText(/2725\.60/);
    } finally {
      await app.close();
    }
  });
});
