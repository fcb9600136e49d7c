import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';

/** 定位 from 决算 审核 for findings not about an expense line: a unit's balances, an income line. */
const HUANGPI = readFileSync('test/fixtures/huangpi-2024.final.json', 'utf8');

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: '决算内容' }).getByRole('button', { name: new RegExp(`^${label}`) });

test('决算审核：单位的结转结余问题定位到结转结余，收入行的问题定位到收入决算', async ({ page }) => {
  // 黄陂 with a 结余分配 on its 一般公共预算 balance (R-F-BAL, about the unit) and a zero income line (R-ZERO).
  const draft = JSON.parse(HUANGPI) as {
    balances: Record<string, unknown>[];
    income: { amount: string }[];
  };
  draft.balances[0].distribution = '1.00';
  draft.income[0].amount = '0';
  const home = new HomePage(page);
  await home.goto();
  await home.importFile('huangpi-2024.final.json', JSON.stringify(draft));
  await expect(page.getByTestId('final-status')).toBeVisible();

  await nav(page, '审核').click();
  const review = page.getByTestId('final-review');
  const unitFinding = review.locator('[data-rule="R-F-BAL"]').filter({ hasText: '不能有使用非财政拨款结余' });
  await expect(unitFinding).toHaveCount(1);
  await expect(unitFinding.getByRole('button', { name: '定位到支出决算' })).toHaveCount(0);
  const out = process.env.PW_OUT_DIR ?? '.tmp/web';
  mkdirSync(`${out}/screens`, { recursive: true });
  await page.screenshot({ path: `${out}/screens/final-review-locate.png` });
  await unitFinding.getByRole('button', { name: '定位到结转结余' }).click();
  await expect(page.getByRole('table', { name: '结转结余', exact: true })).toBeVisible();

  await nav(page, '审核').click();
  const incomeFinding = review.locator('[data-rule="R-ZERO"]');
  await expect(incomeFinding).toHaveCount(1);
  await incomeFinding.getByRole('button', { name: '定位到收入决算' }).click();
  await expect(page.getByRole('table', { name: '收入决算', exact: true })).toBeVisible();
});
