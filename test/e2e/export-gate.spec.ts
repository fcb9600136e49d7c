import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openUnbalancedSample } from './pages/unbalanced-sample';

// docs/rules.md: with errors, Excel / PDF / print are possible only after a confirmation listing them.
test('有错误时导出 Excel：先列出错误，“返回修改”不导出，“仍然导出”才下载', async ({ page }) => {
  const { ws, gate, downloads } = await openUnbalancedSample(page);
  await ws.exportXlsx();
  await expect(gate).toBeVisible();
  await expect(gate.getByRole('heading')).toHaveText(/^草稿仍有 \d+ 条错误$/);
  await expect(gate).toContainText('R-BAL');
  await page.screenshot({ path: test.info().outputPath('export-gate.png') });
  await gate.getByRole('button', { name: '返回修改' }).click();
  await expect(gate).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(downloads()).toBe(0);

  const download = page.waitForEvent('download');
  await ws.exportXlsx();
  await gate.getByRole('button', { name: '仍然导出 Excel' }).click();
  const file = await download;
  expect(
    readFileSync(await file.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');

  // Fixed: no question any more.
  await page.getByRole('button', { name: /^撤销/ }).first().click();
  await expect(ws.difference).toHaveText(/0\.00/);
  const again = page.waitForEvent('download');
  await ws.exportXlsx();
  await again;
  await expect(gate).toHaveCount(0);
});
