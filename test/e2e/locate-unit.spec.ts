import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { SectionsPage } from './pages/sections-page';
import { WorkspacePage } from './pages/workspace-page';

const FIXTURE_TEXT = readFileSync('test/fixtures/zhoushan-2022.budget.json', 'utf8');
const SHOTS = `${process.env.PW_OUT_DIR ?? '.tmp/web'}/screens`;

/**
 * The 舟山 sample with a second unit, 舟山市大数据中心, owning expense lines 17–21 and no income:
 * both units are out of balance (R-BAL-UNIT), each a finding about a 预算单位.
 */
function twoUnitDraft(more: object[] = []): { text: string; lines: number } {
  const d = JSON.parse(FIXTURE_TEXT) as { units: object[]; expenses: { unit: string }[] };
  d.units.push({ code: '167002', name: '舟山市大数据中心', type: 'institution' }, ...more);
  for (let i = 17; i <= 21; i++) d.expenses[i].unit = '167002';
  return { text: JSON.stringify(d), lines: d.expenses.length };
}

test('审核中单位的提示“定位到该单位的支出”：支出明细只显示该单位的行，点 × 恢复全部行', async ({ page }) => {
  const { text, lines } = twoUnitDraft();
  const home = new HomePage(page);
  const ws = new WorkspacePage(page);
  await home.goto();
  await home.importFile('two-units.budget.json', text);
  await expect(ws.grid).toBeVisible();

  await ws.show('审核');
  const finding = ws.review.locator('[data-rule="R-BAL-UNIT"]').filter({ hasText: '舟山市大数据中心' });
  await expect(finding).toHaveCount(1);
  await finding.getByRole('button', { name: '定位到该单位的支出' }).click();

  // The grid, not the unit list: the chip names the unit, only its five lines are drawn.
  const chip = page.getByTestId('unit-chip');
  await expect(ws.grid).toBeVisible();
  await expect(chip).toHaveText(/仅显示：舟山市大数据中心/);
  await expect(page.getByTestId('filter-state')).toContainText(`已筛选 5 / 共 ${lines} 行`);
  await expect(ws.grid.locator('.grid-row[data-row]')).toHaveCount(5 + 1); // five lines and the new row
  for (let r = 0; r < 5; r++) await expect(ws.cell(r, 'unit')).toContainText('舟山市大数据中心');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/locate-unit.png` });

  // × shows every row again; a visit elsewhere and back does not apply the request a second time.
  await chip.getByRole('button', { name: /显示全部单位/ }).click();
  await expect(chip).toHaveCount(0);
  await expect(page.getByTestId('filter-state')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: '按单位筛选' })).toHaveValue('');
  await expect(ws.cell(0, 'unit')).toContainText('舟山市人民政府办公室');
  await ws.show('审核');
  await ws.show('支出明细');
  await expect(chip).toHaveCount(0);
  await ws.grid.evaluate((el) => {
    el.scrollTop = 16 * 28 - 120; // rows are drawn near the view only
  });
  await expect(ws.cell(17, 'unit')).toContainText('舟山市大数据中心');
  await expect(ws.cell(16, 'unit')).not.toContainText('舟山市大数据中心');
});

test('基本信息的单位列表“查看支出明细”：打开支出明细，只显示该单位的行；没有支出的单位不给此操作', async ({ page }) => {
  const { text, lines } = twoUnitDraft([{ code: '167003', name: '舟山市档案馆', type: 'institution' }]);
  const home = new HomePage(page);
  const ws = new WorkspacePage(page);
  const sections = new SectionsPage(page);
  await home.goto();
  await home.importFile('three-units.budget.json', text);
  await expect(ws.grid).toBeVisible();

  await sections.show('基本信息');
  const units = page.getByRole('table', { name: '预算单位' });
  const row = (name: string) => units.locator('tbody tr').filter({ hasText: name });
  // A unit without expense lines says so, and has no action to open an empty grid.
  await expect(row('舟山市档案馆').locator('[data-col="show"]')).toHaveText('无支出明细');
  await expect(row('舟山市档案馆').getByRole('button', { name: /支出明细/ })).toHaveCount(0);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/units-show-lines.png` });

  await units.getByRole('button', { name: '查看“舟山市大数据中心”的支出明细（5 行）' }).click();
  const chip = page.getByTestId('unit-chip');
  await expect(ws.grid).toBeVisible();
  await expect(chip).toHaveText(/仅显示：舟山市大数据中心/);
  await expect(page.getByTestId('filter-state')).toContainText(`已筛选 5 / 共 ${lines} 行`);
  await expect(ws.grid.locator('.grid-row[data-row]')).toHaveCount(5 + 1);
  for (let r = 0; r < 5; r++) await expect(ws.cell(r, 'unit')).toContainText('舟山市大数据中心');

  // Back to the list and the other unit: the filter follows the new request.
  await sections.show('基本信息');
  await units.getByRole('button', { name: /^查看“舟山市人民政府办公室”的支出明细/ }).click();
  await expect(chip).toHaveText(/仅显示：舟山市人民政府办公室/);
  await expect(page.getByTestId('filter-state')).toContainText(`已筛选 ${lines - 5} / 共 ${lines} 行`);
  await expect(ws.cell(0, 'unit')).toContainText('舟山市人民政府办公室');
});
