import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const FIXTURE_TEXT = readFileSync('test/fixtures/zhoushan-2022.budget.json', 'utf8');
const SHOTS = '.tmp/shots-grid';

/** The 舟山 sample with a second unit (舟山市大数据中心, one project) owning the 公用经费 lines 17–21. */
function twoUnitDraft(): string {
  const d = JSON.parse(FIXTURE_TEXT) as {
    units: object[];
    projects: object[];
    expenses: { unit: string }[];
  };
  d.units.push({ code: '167002', name: '舟山市大数据中心', type: 'institution' });
  d.projects.push({ code: '167002-01', unit: '167002', name: '数据平台运维', indicators: [] });
  for (let i = 17; i <= 21; i++) d.expenses[i].unit = '167002';
  return JSON.stringify(d);
}

async function openTwoUnits(page: Page): Promise<WorkspacePage> {
  const home = new HomePage(page);
  const ws = new WorkspacePage(page);
  await home.goto();
  await home.importFile('two-units.budget.json', twoUnitDraft());
  await expect(ws.grid).toBeVisible();
  return ws;
}

/** Scrolls the grid so that `row` is drawn (only rows near the view are in the DOM), then selects the cell. */
async function selectRow(ws: WorkspacePage, row: number, key: string): Promise<void> {
  await ws.grid.evaluate((el, r) => {
    el.scrollTop = Math.max(0, r * 28 - 120);
  }, row);
  await ws.selectCell(row, key);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test.describe('支出明细：下拉选择与补全、建议支出类型、科目查找', () => {
  test('支出类型输入“公用”按 Enter 得公用经费；Alt+↓ 打开资金来源列表，方向键选择；Esc 不改', async ({ page }) => {
    const ws = await openTwoUnits(page);
    const popup = page.getByTestId('cell-popup');

    await selectRow(ws, 0, 'kind');
    await page.keyboard.type('公用');
    await expect(popup.getByRole('option')).toHaveText(['公用经费']);
    await expect(popup.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(popup).toHaveCount(0);
    await expect(ws.cell(0, 'kind')).toHaveText('公用经费');
    await expect(ws.cell(1, 'kind')).toHaveClass(/active/); // Enter moved down, as when typing

    // Alt+↓: every value, the cell's own highlighted; ↓ and Enter pick the next one
    await selectRow(ws, 1, 'source');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(popup.getByRole('option').first()).toContainText('一般公共预算');
    await expect(popup.getByRole('option', { selected: true })).toContainText('一般公共预算');
    await expect(popup.getByRole('option')).toHaveCount(10);
    await page.keyboard.press('ArrowDown');
    await expect(popup.getByRole('option', { selected: true })).toContainText('政府性基金预算');
    await page.keyboard.press('Enter');
    await expect(ws.cell(1, 'source')).toHaveText('政府性基金预算');

    // 上年结转 by its label; Esc leaves a cell as it was
    await selectRow(ws, 2, 'carryover');
    await page.keyboard.type('是');
    await expect(popup.getByRole('option')).toHaveText(['是']);
    await page.keyboard.press('Tab');
    await expect(ws.cell(2, 'carryover')).toHaveText('是');
    await expect(ws.cell(2, 'project')).toHaveClass(/active/);
    await selectRow(ws, 3, 'kind');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(ws.cell(3, 'kind')).toHaveText('人员经费');

    // each pick is one undo step
    await page.keyboard.press('Control+z');
    await expect(ws.cell(2, 'carryover')).toHaveText('否');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(1, 'source')).toHaveText('一般公共预算');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'kind')).toHaveText('人员经费');
  });

  test('单位输入“大数据中心”补全为舟山市大数据中心；1366×768 截图：下拉列表与合计行', async ({ page }) => {
    const ws = await openTwoUnits(page);
    const popup = page.getByTestId('cell-popup');

    await selectRow(ws, 2, 'unit');
    await page.keyboard.type('大数据中心');
    await expect(popup.getByRole('option')).toHaveCount(1);
    await expect(popup.getByRole('option').first()).toContainText('167002');
    await expect(popup.getByRole('option').first()).toContainText('舟山市大数据中心');
    await page.keyboard.press('Enter');
    await expect(ws.cell(2, 'unit')).toHaveText('舟山市大数据中心');

    await selectRow(ws, 4, 'unit');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(popup.getByRole('option')).toHaveCount(2);
    await expect(popup.getByRole('option', { selected: true })).toContainText('舟山市人民政府办公室');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('grid-footer')).toContainText('合计');
    await expect(popup).toBeInViewport();
    await shot(page, 'unit-dropdown-footer');
    await page.keyboard.press('Enter');
    await expect(ws.cell(4, 'unit')).toHaveText('舟山市大数据中心');
  });

  test('项目只列出本行单位的项目；输入不存在的项目时拒绝，提示是输入提示而不是粘贴提示', async ({ page }) => {
    const ws = await openTwoUnits(page);
    const popup = page.getByTestId('cell-popup');

    // a 167001 project line: its unit's five projects, narrowed by what is typed
    await selectRow(ws, 39, 'project');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(popup.getByRole('option')).toHaveCount(5);
    await expect(popup.getByRole('option', { selected: true })).toContainText('信息化管理经费');
    await page.keyboard.press('Escape');
    await selectRow(ws, 36, 'project');
    await page.keyboard.type('综合');
    await expect(popup.getByRole('option')).toHaveText([/167001-02\s*综合工作经费/]);
    await shot(page, 'project-dropdown');
    await page.keyboard.press('Enter');
    await expect(ws.cell(36, 'project')).toHaveText('综合工作经费');

    // a project of the other unit is not offered, and is refused while typing
    await selectRow(ws, 37, 'project');
    await page.keyboard.type('数据平台');
    await expect(popup.getByTestId('popup-no-match')).toHaveText('无匹配：没有与“数据平台”相符的可选值');
    await page.keyboard.press('Enter');
    await expect(ws.message).toContainText('无法输入，该单元格未修改');
    await expect(ws.message).toContainText('第 38 行“项目”列：“数据平台”不是可选的值');
    await expect(ws.message).toContainText('请从列表中选择');
    await expect(ws.message).not.toContainText('复制粘贴');
    await expect(ws.editor).toHaveClass(/editing/); // the text stays, to be corrected
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(ws.message).toHaveCount(0);
    await expect(ws.cell(37, 'project')).toHaveText('专项业务经费');

    // on a 167002 line the list holds that unit's project only
    await selectRow(ws, 17, 'project');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(popup.getByRole('option')).toHaveText([/167002-01\s*数据平台运维/]);
    await expect(popup.getByRole('option', { selected: true })).toHaveCount(0); // a blank cell: none highlighted
    await page.keyboard.press('Escape');
  });

  test('输入经济科目后建议支出类型（302 → 公用经费），采用为一步，可撤销；与建议功能科目同时出现', async ({ page }) => {
    const ws = await openTwoUnits(page);
    const kindProposal = page.getByTestId('kind-proposal');
    const fnProposal = page.getByTestId('function-proposal');

    await ws.typeInto(0, 'economic', '30201');
    await expect(ws.cell(0, 'economic')).toContainText('30201');
    await expect(kindProposal).toContainText('建议支出类型（第 1 行）：公用经费');
    await expect(kindProposal).toContainText('商品和服务支出');
    await expect(fnProposal).toHaveCount(0);
    await kindProposal.getByRole('button', { name: '采用' }).click();
    await expect(kindProposal).toHaveCount(0);
    await expect(ws.cell(0, 'kind')).toHaveText('公用经费');
    await expect(page.getByRole('button', { name: /^撤销 采用建议支出类型/ })).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'kind')).toHaveText('人员经费');
    await expect(ws.cell(0, 'economic')).toContainText('30201');

    // 30108 on a 公用经费 line: both the function code and 人员经费 are proposed
    await selectRow(ws, 17, 'economic');
    await page.keyboard.type('30108');
    await page.keyboard.press('Enter');
    await expect(fnProposal).toContainText('2080505');
    await expect(kindProposal).toContainText('人员经费');
    await shot(page, 'two-proposals');
    await kindProposal.getByRole('button', { name: '不用' }).click();
    await expect(kindProposal).toHaveCount(0);
    await expect(fnProposal).toBeVisible();
    await expect(ws.cell(17, 'kind')).toHaveText('公用经费');

    // no proposal when the type already fits, nor on a project line
    await ws.typeInto(18, 'economic', '30205');
    // The commit has been drawn (value shown, Enter moved down) before the grid is scrolled away:
    // under load its redraw could otherwise move the rows under the next click.
    await expect(ws.cell(18, 'economic')).toContainText('30205');
    await expect(ws.cell(19, 'economic')).toHaveClass(/active/);
    await expect(kindProposal).toHaveCount(0);
    await selectRow(ws, 38, 'economic');
    await page.keyboard.type('30101');
    await page.keyboard.press('Enter');
    await expect(ws.cell(38, 'economic')).toContainText('30101');
    await expect(kindProposal).toHaveCount(0);
  });

  test('科目查找：几个词都须匹配；无匹配时说明；同名科目按草稿已用的款和本行类型排序', async ({ page }) => {
    const ws = await openTwoUnits(page);
    const popup = page.getByTestId('cell-popup');

    await selectRow(ws, 0, 'function');
    await page.keyboard.type('政府办公厅 行政运行');
    await expect(popup.getByRole('option').first()).toContainText('2010301');
    await expect(popup.getByRole('option').first()).toContainText('政府办公厅（室）及相关机构事务');
    await page.keyboard.press('Escape');

    await selectRow(ws, 0, 'function');
    await page.keyboard.type('一般行政管理事务');
    await expect(popup.getByRole('option').first()).toContainText('2010302'); // the 款 this draft books
    await page.keyboard.press('Escape');

    await selectRow(ws, 17, 'economic');
    await page.keyboard.type('办公设备购置');
    await expect(popup.getByRole('option').first()).toContainText('31002'); // 资本性支出, not 309 基本建设
    await expect(popup.getByRole('option').nth(1)).toContainText('30902');
    await page.keyboard.press('Escape');

    await selectRow(ws, 0, 'economic');
    await page.keyboard.type('没有这个科目');
    await expect(popup.getByTestId('popup-no-match')).toHaveText('无匹配：没有与“没有这个科目”相符的科目');
    await page.keyboard.press('Enter');
    await expect(ws.message).toContainText('无法识别科目编码');
    await expect(ws.message).not.toContainText('复制粘贴');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(ws.cell(0, 'economic')).toContainText('30101');
  });
});
