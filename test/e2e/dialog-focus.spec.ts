import { expect, test, type Locator, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { openUnbalancedSample } from './pages/unbalanced-sample';

const SAMPLE_NAME = '2022年舟山市人民政府办公室部门预算';

/** A short description of the focused element, and whether it lies inside `dialog`. */
async function focusIn(dialog: Locator): Promise<{ inside: boolean; what: string }> {
  return dialog.evaluate((box) => {
    const el = document.activeElement as HTMLElement | null;
    const what = el
      ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.id ?? ''}:${el.textContent?.trim().slice(0, 12) ?? ''}`
      : 'none';
    return { inside: !!el && box.contains(el), what };
  });
}

/** Presses `key` `times` times; focus must stay inside the dialog each time. Answers the places visited. */
async function tabAround(page: Page, dialog: Locator, key: 'Tab' | 'Shift+Tab', times: number): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    const f = await focusIn(dialog);
    expect(f.inside, `${key} ×${i + 1} moved focus to ${f.what}, outside the dialog`).toBe(true);
    seen.add(f.what);
  }
  return seen;
}

test('以上年草稿新建：Tab 不离开对话框，Esc 关闭后焦点回到打开它的按钮', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  await home.backHome();
  await expect(home.row(SAMPLE_NAME)).toBeVisible();

  const opener = page.getByRole('button', { name: '以上年草稿新建' });
  await opener.click();
  const dialog = home.nextYearDialog;
  await expect(dialog).toBeVisible();
  // autoFocus: 上年草稿.
  await expect(dialog.getByLabel('上年草稿', { exact: true })).toBeFocused();

  // × 关闭, 上年草稿, 新预算年度, 比例, 名称, 创建, 取消: 7 stops; 20 presses go round more than twice.
  const forward = await tabAround(page, dialog, 'Tab', 20);
  expect(forward.size).toBe(7);
  const backward = await tabAround(page, dialog, 'Shift+Tab', 20);
  expect(backward).toEqual(forward);
  await page.screenshot({ path: test.info().outputPath('next-year-dialog-focus.png') });

  // A click on the dialog's empty part leaves focus nowhere: Tab still enters the dialog.
  await dialog.getByRole('heading').click();
  await tabAround(page, dialog, 'Tab', 3);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('导出前的错误确认：Tab 在两个按钮间循环，Esc 等于“返回修改”，焦点回到“导出 Excel”', async ({ page }) => {
  const { ws, exportButton, gate, downloads } = await openUnbalancedSample(page);
  await ws.exportXlsx();
  await expect(gate).toBeVisible();
  await expect(gate.getByRole('button', { name: '返回修改' })).toBeFocused();

  const forward = await tabAround(page, gate, 'Tab', 9);
  expect([...forward].sort()).toEqual(['button::仍然导出 Excel', 'button::返回修改']);
  await tabAround(page, gate, 'Shift+Tab', 9);

  await page.keyboard.press('Escape');
  await expect(gate).toHaveCount(0);
  await expect(exportButton).toBeFocused();
  await page.waitForTimeout(300);
  expect(downloads()).toBe(0);
});
