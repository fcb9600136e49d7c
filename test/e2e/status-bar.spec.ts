import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { SectionsPage } from './pages/sections-page';
import { WorkspacePage } from './pages/workspace-page';

test.describe('状态栏的差额', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await new HomePage(page).importSample();
  });

  test('1 元的不平衡显示为红色的“差额 1.00 元”，点击后审核只列收支平衡的错误', async ({ page }) => {
    const ws = new WorkspacePage(page);
    const s = new SectionsPage(page);
    await expect(ws.difference).toHaveText(/差额\s*0\.00\s*万元/);
    await expect(ws.difference).not.toHaveClass(/bad/);

    await s.show('收入');
    await s.fill('收入', 0, 'amount', '27255981');
    // 0.0001 万元 would print as 0.00: the bar shows the exact difference in 元, in red.
    await expect(ws.difference).toHaveText(/差额\s*1\.00\s*元/);
    await expect(ws.difference).toHaveClass(/bad/);

    await ws.difference.click();
    const review = page.getByTestId('review-panel');
    await expect(review).toBeVisible();
    const chip = review.getByRole('button', { name: '只看收支平衡 ✕' });
    await expect(chip).toBeVisible();
    const items = review.locator('[data-rule]');
    await expect(items.first()).toBeVisible();
    const rules = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r?.startsWith('R-BAL-'))).toBe(true);
    await expect(review).toContainText('收支总计不平衡');
    await page.screenshot({ path: `${process.env.PW_OUT_DIR ?? '.tmp/web'}/screens/status-imbalance.png` });

    // The chip clears the filter: the other findings (the sample's warnings) come back.
    await chip.click();
    await expect(chip).toHaveCount(0);
    const all = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(all.some((r) => !r?.startsWith('R-BAL-'))).toBe(true);

    // Balanced again: a plain figure, not a button.
    await review.getByRole('button', { name: /^撤销/ }).click();
    await expect(ws.difference).toHaveText(/差额\s*0\.00\s*万元/);
    await expect(ws.difference).not.toHaveClass(/bad/);
  });
});
