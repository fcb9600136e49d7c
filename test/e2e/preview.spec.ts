import { expect, test } from '@playwright/test';
import { loadNodeResources } from '../../src-main/cli/node-resources';
import { saveDraftText } from '../../src-core/domain/draft/save';
import { syntheticDraft } from '../bench/synthetic';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

test.describe('部门预算公开编制（浏览器预览）', () => {
  test('示例草稿：状态栏平衡，表一、表六与审核结果如公开表', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();

    await ws.expectSampleTotals();
    await expect(ws.difference).not.toHaveClass(/bad/);
    await expect(ws.errors).toHaveText(/错误\s*0/);

    await ws.show('公开表');
    await expect(ws.table.getByRole('heading', { name: '部门收支总表' })).toBeVisible();
    await expect(ws.table).toContainText('编制单位：舟山市人民政府办公室');
    await expect(ws.table).toContainText('单位：万元');
    await expect(ws.amountAfter('一般公共服务支出')).toHaveText('2303.70');

    await ws.showTable('一般公共预算基本支出表');
    await expect(ws.table.locator('.paper-note')).toContainText('尾数');

    await ws.show('审核');
    await expect(ws.review).toContainText('R-ROUND');
  });

  test('公开表随修改更新：Ctrl+Z / Ctrl+Y 在公开表上撤销、重做，无数据的表有标记', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    // Row 0: 2010301 (一般公共服务) 2,874,600.00 元 → 3,000,000: the class grows by 12.54 万元.
    await ws.typeInto(0, 'amount', '3000000');
    await expect(ws.expense).toHaveText(/支出总计\s*2738\.14\s*万元/);

    await ws.show('公开表');
    await expect(ws.amountAfter('一般公共服务支出')).toHaveText('2316.24');
    const list = page.getByRole('navigation', { name: '公开表' });
    await expect(list.locator('button[data-table-id="T08"]')).toContainText('无数据');
    await expect(list.locator('button[data-table-id="T01"]')).not.toContainText('无数据');

    await ws.table.getByRole('heading', { name: '部门收支总表' }).click();
    await page.keyboard.press('Control+z');
    await expect(ws.amountAfter('一般公共服务支出')).toHaveText('2303.70');
    await expect(ws.expense).toHaveText(/支出总计\s*2725\.60\s*万元/);
    await page.keyboard.press('Control+y');
    await expect(ws.amountAfter('一般公共服务支出')).toHaveText('2316.24');
  });

  test('长表只画视口附近的行：滚到底能看到最后一行，滚回顶部看到第一行', async ({ page }) => {
    test.setTimeout(120_000);
    const draft = syntheticDraft(loadNodeResources().catalogs.forYear(2025), { units: 20, lines: 5_000 });
    const last = draft.projects[draft.projects.length - 1];
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importFile('synthetic.budget.json', saveDraftText(draft));
    await expect(ws.grid.locator('.grid-row[data-row="0"]')).toBeVisible({ timeout: 60_000 });

    await ws.show('公开表');
    await ws.showTable('项目支出绩效目标表');
    const grid = ws.table.locator('table.paper-grid');
    const lines = Number(await grid.getAttribute('data-lines'));
    expect(lines).toBeGreaterThan(1_000); // a project line and its indicators per project
    const blocks = Math.ceil(lines / 100);
    await expect(grid.locator('tbody[data-chunk="0"]')).toBeVisible();
    await expect(grid.locator(`tbody[data-chunk="${blocks - 1}"]`)).toHaveCount(0);
    expect(await grid.locator('tbody[data-chunk] tr').count()).toBeLessThan(lines / 2);

    const scroller = page.locator('.preview-paper');
    // Scrolled to the end (twice: guessed heights become measured ones on the way).
    for (let i = 0; i < 2; i++) await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(grid.locator(`tbody[data-chunk="${blocks - 1}"]`)).toBeVisible();
    await expect(grid.locator('tbody[data-chunk="0"]')).toHaveCount(0);
    const lastRow = grid.locator(`tbody[data-chunk="${blocks - 1}"] tr`).last();
    await expect(lastRow).toContainText(last.indicators[last.indicators.length - 1].level3);
    await expect(ws.table.getByRole('cell', { name: last.name, exact: true }).last()).toBeInViewport();

    await scroller.evaluate((el) => (el.scrollTop = 0));
    await expect(grid.locator('tbody[data-chunk="0"]')).toBeVisible();
    await expect(ws.table.getByRole('cell', { name: draft.projects[0].name, exact: true }).first()).toBeInViewport();
  });

  test('导入不合格的文件：列出问题，草稿库不变', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.importFile('broken.budget.json', '{"format":"x"}');

    await expect(home.rejection).toBeVisible();
    await expect(home.rejection).toContainText('无法导入“broken.budget.json”');
    await expect(home.rejection).toContainText('不是部门预算草稿文件');
    await expect(home.rejection).toContainText('草稿库没有任何改动');
    await expect(page.getByText('还没有草稿')).toBeVisible();
  });
});
