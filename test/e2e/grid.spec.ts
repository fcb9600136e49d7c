import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const FIXTURE_TEXT = readFileSync('test/fixtures/zhoushan-2022.budget.json', 'utf8');
const SHOTS = '.tmp/shots-grid';

/** The 舟山 sample with a second unit owning the five 公用经费 lines 17–21 (stored order). */
function twoUnitDraft(): string {
  const d = JSON.parse(FIXTURE_TEXT) as { department: { name: string }; units: object[]; expenses: { unit: string }[] };
  d.units.push({ code: '167002', name: '舟山市政府信息中心', type: 'institution' });
  for (let i = 17; i <= 21; i++) d.expenses[i].unit = '167002';
  return JSON.stringify(d);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test.describe('支出明细：科目查找、建议功能科目、筛选与排序', () => {
  test('经济科目输入“公务接待”，在列表中选中 30217 公务接待费；方向键、鼠标点选；撤销', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    const popup = page.getByTestId('cell-popup');

    await ws.selectCell(0, 'economic');
    await page.keyboard.type('公务接待');
    await expect(popup).toBeVisible();
    const first = popup.getByRole('option').first();
    await expect(first).toContainText('30217');
    await expect(first).toContainText('公务接待费');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await shot(page, 'code-popup');
    await page.keyboard.press('Enter');
    await expect(popup).toHaveCount(0);
    await expect(ws.cell(0, 'economic')).toContainText('30217');
    await expect(ws.cell(0, 'economic')).toContainText('公务接待费');
    await expect(ws.cell(1, 'economic')).toHaveClass(/active/); // Enter moved down, as when typing

    // ↓ moves the highlight, Tab picks it and moves right
    await ws.selectCell(1, 'economic');
    await page.keyboard.type('3010');
    await expect(popup.getByRole('option').first()).toContainText('30101');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(popup.getByRole('option').nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(popup.getByRole('option').nth(2)).toContainText('30103');
    await page.keyboard.press('Tab');
    await expect(ws.cell(1, 'economic')).toContainText('30103');
    await expect(ws.cell(1, 'kind')).toHaveClass(/active/);

    // a click picks an entry; Esc cancels and changes nothing
    await ws.selectCell(2, 'function');
    await page.keyboard.type('行政运行');
    await expect(popup.getByRole('option').first()).toContainText('行政运行');
    await popup.getByRole('option').filter({ hasText: '2011101' }).click();
    await expect(ws.cell(2, 'function')).toContainText('2011101');
    await ws.selectCell(3, 'economic');
    await page.keyboard.type('3021');
    await expect(popup).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(ws.cell(3, 'economic')).toContainText('30107');

    // near the bottom of the view the list opens above the cell, inside the grid
    await ws.selectCell(17, 'economic');
    await page.keyboard.type('公务');
    await expect(popup).toBeVisible();
    const box = (await popup.boundingBox())!;
    const gridBox = (await ws.grid.boundingBox())!;
    const cellBox = (await ws.cell(17, 'economic').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(cellBox.y + 1);
    expect(box.y).toBeGreaterThanOrEqual(gridBox.y);
    await shot(page, 'code-popup-above');
    await page.keyboard.press('Escape');
    await expect(ws.cell(17, 'economic')).toContainText('30201');

    // an unknown code is stored as typed with a warning naming the cell (as typed codes always were)
    await ws.typeInto(3, 'economic', '30298');
    await expect(ws.message).toContainText('第 4 行“经济科目”列');
    await expect(ws.message).toContainText('不在支出经济分类科目目录中');
    await page.keyboard.press('Escape');

    // every pick is one undo step
    await page.keyboard.press('Control+z');
    await expect(ws.cell(3, 'economic')).toContainText('30107');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(2, 'function')).toContainText('2010301');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(1, 'economic')).toContainText('30102');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'economic')).toContainText('30101');
    await expect(ws.cell(0, 'economic')).toContainText('基本工资');
  });

  test('中文输入法：拼音组字中不提交、不查找，选字后在列表中选中 30217', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    const popup = page.getByTestId('cell-popup');
    const cdp = await page.context().newCDPSession(page);

    await ws.selectCell(0, 'economic');
    await cdp.send('Input.imeSetComposition', { text: 'gongwu', selectionStart: 6, selectionEnd: 6 });
    await expect(ws.editor).toHaveValue('gongwu');
    await expect(ws.editor).toHaveClass(/editing/);
    await expect(popup).toHaveCount(0); // pinyin letters are no query
    await expect(ws.cell(0, 'economic')).toContainText('30101');
    await cdp.send('Input.insertText', { text: '公务接待' }); // the candidate chosen: composition ends
    await expect(ws.editor).toHaveValue('公务接待');
    await expect(popup.getByRole('option').first()).toContainText('30217');
    await page.keyboard.press('Enter');
    await expect(ws.cell(0, 'economic')).toContainText('30217');
    await expect(ws.cell(0, 'economic')).toContainText('公务接待费');
  });

  test('选经济科目 30108 后提示建议功能科目 2080505，采用为一步，可撤销', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    const proposal = page.getByTestId('function-proposal');

    await ws.selectCell(0, 'economic');
    await page.keyboard.type('30108');
    await expect(page.getByTestId('cell-popup').getByRole('option').first()).toContainText(
      '机关事业单位基本养老保险缴费',
    );
    await page.keyboard.press('Enter');
    await expect(ws.cell(0, 'economic')).toContainText('30108');
    await expect(proposal).toContainText('建议功能科目（第 1 行）');
    await expect(proposal).toContainText('2080505 机关事业单位基本养老保险缴费支出');
    await shot(page, 'function-proposal');
    await proposal.getByRole('button', { name: '采用' }).click();
    await expect(proposal).toHaveCount(0);
    await expect(ws.cell(0, 'function')).toContainText('2080505');
    await expect(page.getByRole('button', { name: /^撤销 采用建议功能科目/ })).toBeVisible();

    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'function')).toContainText('2010301');
    await expect(ws.cell(0, 'economic')).toContainText('30108');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'economic')).toContainText('30101');

    // no proposal for an ordinary code, and 不用 leaves the line as it is
    await ws.typeInto(0, 'economic', '30102');
    await expect(proposal).toHaveCount(0);
    await ws.typeInto(0, 'economic', '30113');
    await expect(proposal).toContainText('2210201');
    await proposal.getByRole('button', { name: '不用' }).click();
    await expect(proposal).toHaveCount(0);
    await expect(ws.cell(0, 'function')).toContainText('2010301');
  });

  test('按单位筛选：只显示该单位的行和“已筛选 n / 共 N 行”；在筛选中修改、撤销；一键清除', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importFile('two-units.budget.json', twoUnitDraft());
    await expect(ws.grid).toBeVisible();
    const bar = page.getByRole('search', { name: '筛选和排序' });
    const state = page.getByTestId('filter-state');

    await bar.getByLabel('按单位筛选').selectOption('167002');
    await expect(state).toContainText('已筛选 5 / 共 43 行');
    await expect(ws.grid.locator('.grid-row:not(.new-row)')).toHaveCount(5);
    for (let r = 0; r < 5; r++) await expect(ws.cell(r, 'unit')).toHaveText('舟山市政府信息中心');
    await expect(ws.cell(1, 'amount')).toHaveText('10,000.00'); // stored line 18 (30202)
    await shot(page, 'filtered');

    // editing acts on the row shown
    await ws.typeInto(1, 'amount', '20000');
    await expect(ws.cell(1, 'amount')).toHaveText('20,000.00');
    await expect(ws.difference).toHaveText(/差额\s*-1\.00/);
    // Ctrl+D fills the rows shown (view rows 3–4 are stored lines 20–21)
    await ws.selectCell(2, 'amount');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+d');
    await expect(ws.cell(3, 'amount')).toHaveText('103,000.00');

    await state.getByRole('button', { name: '清除筛选' }).click();
    await expect(state).toHaveCount(0);
    await expect(ws.grid).toHaveAttribute('aria-rowcount', '45'); // header, 43 lines, the new row
    await expect(ws.cell(18, 'amount')).toHaveText('20,000.00');
    await expect(ws.cell(17, 'amount')).toHaveText('124,900.00');
    await expect(ws.cell(19, 'amount')).toHaveText('103,000.00');
    await expect(ws.cell(20, 'amount')).toHaveText('103,000.00');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(20, 'amount')).toHaveText('124,000.00');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(18, 'amount')).toHaveText('10,000.00');
    await expect(ws.difference).toHaveText(/差额\s*0\.00/);

    // a code filter by name, and deleting inside it comes back in its stored place on undo
    await bar.getByLabel('按经济科目筛选').fill('公务接待');
    await expect(state).toContainText('已筛选 2 / 共 43 行');
    await ws.selectCell(0, 'amount');
    await page.keyboard.press('Control+-');
    await expect(state).toContainText('已筛选 1 / 共 42 行');
    await page.keyboard.press('Control+z');
    await expect(state).toContainText('已筛选 2 / 共 43 行');
    await state.getByRole('button', { name: '清除筛选' }).click();
    await expect(ws.cell(27, 'economic')).toContainText('30217');
    await ws.grid.evaluate((el) => {
      el.scrollTop = 30 * 28;
    });
    await expect(ws.cell(37, 'economic')).toContainText('30217');
    await expect(ws.cell(37, 'amount')).toHaveText('60,000.00');
  });

  test('筛选在切换到审核后仍保留；定位到被筛掉的行时清除筛选并选中该行', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    const state = page.getByTestId('filter-state');
    const bar = page.getByRole('search', { name: '筛选和排序' });

    await ws.typeInto(5, 'amount', '0'); // 30109 职业年金缴费 → R-ZERO
    await bar.getByLabel('按支出类型筛选').selectOption('public');
    await expect(state).toContainText('已筛选 19 / 共 43 行');
    await ws.show('审核');
    await ws.show('支出明细');
    await expect(state).toContainText('已筛选 19 / 共 43 行');
    await expect(bar.getByLabel('按支出类型筛选')).toHaveValue('public');

    await ws.show('审核');
    await ws.review.locator('[data-rule="R-ZERO"]').getByRole('button', { name: '定位到支出明细' }).click();
    await expect(state).toHaveCount(0);
    await expect(ws.cell(5, 'amount')).toHaveClass(/active/);
    await expect(ws.cell(5, 'amount')).toHaveText('0.00');
  });

  test('按金额排序（点列标题），排序中修改只改该行，行序不跳；撤销；恢复原顺序', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    const state = page.getByTestId('filter-state');
    const amountHead = ws.grid.getByRole('columnheader', { name: /^金额/ });

    await amountHead.click();
    await expect(state).toContainText('已排序：金额从大到小');
    await expect(ws.cell(0, 'amount')).toHaveText('4,542,000.00');
    await expect(ws.cell(1, 'amount')).toHaveText('4,303,300.00');

    await ws.typeInto(0, 'amount', '1');
    await expect(ws.cell(0, 'amount')).toHaveText('1.00'); // the edited line stays where it is
    await expect(ws.cell(0, 'economic')).toContainText('30199');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'amount')).toHaveText('4,542,000.00');

    await amountHead.click();
    await expect(state).toContainText('金额从小到大');
    await expect(ws.cell(0, 'amount')).toHaveText('60.00');
    await amountHead.click();
    await expect(state).toHaveCount(0);
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,600.00');
  });
});
