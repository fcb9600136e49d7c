import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { SectionsPage } from './pages/sections-page';
import { WorkspacePage } from './pages/workspace-page';

test.describe('基本信息、收入、项目、上年数、其他事项', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: '新建草稿', exact: true })).toBeVisible();
    await new HomePage(page).importSample();
  });

  test('新增一行收入：收入总计变化、差额出现；“13,6”被拒；撤销后复原', async ({ page }) => {
    const ws = new WorkspacePage(page);
    const s = new SectionsPage(page);
    await s.show('收入');
    await expect(s.rows('收入')).toHaveCount(1);
    await expect(s.cell('收入', 0, 'source')).toHaveText('一般公共预算拨款收入');
    await expect(s.cell('收入', 0, 'amount')).toHaveText('27,255,980.00');

    await page.getByRole('button', { name: '＋ 新增收入' }).click();
    await expect(s.rows('收入')).toHaveCount(2);
    await s.choose('收入', 1, 'source', '其他收入');
    await s.fill('收入', 1, 'amount', '100,000');
    await expect(s.cell('收入', 1, 'amount')).toHaveText('100,000.00');
    await expect(ws.income).toHaveText(/收入总计\s*2735\.60\s*万元/);
    await expect(ws.difference).toHaveText(/差额\s*10\.00/);
    await expect(ws.difference).toHaveClass(/bad/);
    await expect(s.table('按来源合计')).toContainText('其他收入');
    await expect(page.getByTestId('income-table-total')).toHaveText('27,355,980.00');

    // An ambiguous amount is refused with a message naming the cell; nothing changes.
    await s.cell('收入', 1, 'amount').getByRole('button').click();
    const input = s.cell('收入', 1, 'amount').locator('input');
    await input.fill('13,6');
    await input.press('Enter');
    await expect(s.section('收入').getByRole('alert')).toContainText('收入第 2 行“金额（元）”');
    await expect(s.section('收入').getByRole('alert')).toContainText('13,6');
    await expect(input).toHaveValue('13,6');
    await expect(ws.income).toHaveText(/2735\.60/);
    await input.press('Escape');
    await expect(s.cell('收入', 1, 'amount')).toHaveText('100,000.00');

    // Ctrl+Z undoes the amount, then the source, then the added line.
    await page.keyboard.press('Control+z');
    await expect(ws.income).toHaveText(/收入总计\s*2725\.60/);
    await expect(ws.difference).toHaveText(/差额\s*0\.00/);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(s.rows('收入')).toHaveCount(1);
    await expect(ws.difference).not.toHaveClass(/bad/);
    await page.keyboard.press('Control+y');
    await expect(s.rows('收入')).toHaveCount(2);
  });

  test('单位改名、改编码随行一并修改、删除有收支的单位被拒；新增项目和指标；刷新后都在', async ({ page }) => {
    const ws = new WorkspacePage(page);
    const s = new SectionsPage(page);

    await s.show('基本信息');
    await s.fill('预算单位', 0, 'name', '舟山市人民政府办公室（本级）');
    await expect(s.cell('预算单位', 0, 'name')).toHaveText('舟山市人民政府办公室（本级）');
    await expect(s.cell('预算单位', 0, 'lines')).toHaveText('45'); // 1 income + 43 expense lines + 1 procurement item

    // A new code follows into every line (said so), as one step that Ctrl+Z undoes.
    await s.fill('预算单位', 0, 'code', '167009');
    await expect(s.section('基本信息').getByRole('status')).toContainText('43 条支出明细');
    await expect(s.cell('预算单位', 0, 'code')).toHaveText('167009');
    await expect(ws.errors).toHaveText(/错误\s*0/);
    await page.keyboard.press('Control+z');
    await expect(s.cell('预算单位', 0, 'code')).toHaveText('167001');

    await page.getByRole('button', { name: '＋ 新增单位' }).click();
    await expect(s.rows('预算单位')).toHaveCount(2);
    await expect(s.cell('预算单位', 1, 'code')).toHaveText('167002');
    await s.choose('预算单位', 1, 'type', '行政单位');
    await expect(s.cell('预算单位', 1, 'type')).toHaveText('行政单位');
    await s.table('预算单位').getByRole('button', { name: '删除第1行' }).click();
    await expect(s.section('基本信息').getByRole('alert')).toContainText(
      '仍被 1 条收入、43 条支出明细、1 条政府采购、5 个项目 使用',
    );
    await s.field('部门简称').fill('政府办');
    await s.field('部门简称').press('Enter');
    await s.field('联系人及联系方式').fill('办公室 张三 0580-2280000');
    await s.field('部门简称').click(); // leaves the text field: stored

    await s.show('项目');
    const before = await s.rows('项目').count();
    await page.getByRole('button', { name: '＋ 新增项目' }).click();
    await expect(s.rows('项目')).toHaveCount(before + 1);
    await s.fill('项目', before, 'name', '应急演练经费');
    await expect(s.section('项目').getByRole('heading', { name: /应急演练经费/ })).toBeVisible();
    await page.getByRole('button', { name: '＋ 新增指标' }).click();
    const indicators = '项目“应急演练经费”的绩效指标';
    // Tab stores the cell and edits the next one; Esc leaves without storing.
    await s.fill(indicators, 0, 'level2', '数量指标');
    await s.cell(indicators, 0, 'level2').getByRole('button').click();
    await page.keyboard.press('Tab');
    await expect(s.cell(indicators, 0, 'level3').locator('input')).toBeFocused();
    await page.keyboard.type('开展应急演练次数');
    await page.keyboard.press('Tab');
    await expect(s.cell(indicators, 0, 'op').locator('select')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(s.cell(indicators, 0, 'op')).toHaveText('≥');
    await s.cell(indicators, 0, 'unit').getByRole('button').click();
    await page.keyboard.type('不会保存');
    await page.keyboard.press('Escape');
    await expect(s.cell(indicators, 0, 'unit')).toHaveText('');
    await s.fill(indicators, 0, 'value', '2');
    await s.fill(indicators, 0, 'unit', '次');
    await s.fill(indicators, 0, 'weight', '20');
    await expect(s.cell(indicators, 0, 'weight')).toHaveText('20');
    await expect(s.cell('项目', 0, 'amount')).not.toHaveText('0.00');

    await s.show('上年数');
    await s.fill('上年数', 0, 'budget', '25000000');
    await expect(s.cell('上年数', 0, 'budget')).toHaveText('25,000,000.00');

    await s.show('其他事项');
    await s.fill('政府采购', 0, 'amount', '240000');
    await expect(s.cell('政府采购', 0, 'amount')).toHaveText('240,000.00');

    await page.reload();
    await s.show('基本信息');
    await expect(s.cell('预算单位', 0, 'name')).toHaveText('舟山市人民政府办公室（本级）');
    await expect(s.cell('预算单位', 1, 'type')).toHaveText('行政单位');
    await expect(s.field('部门简称')).toHaveValue('政府办');
    await expect(s.field('联系人及联系方式')).toHaveValue('办公室 张三 0580-2280000');
    await s.show('项目');
    await expect(s.cell('项目', before, 'name')).toHaveText('应急演练经费');
    await s.cell('项目', before, 'name').getByRole('button').click();
    await s.cell('项目', before, 'name').locator('input').press('Escape');
    await expect(s.cell(indicators, 0, 'level3')).toHaveText('开展应急演练次数');
    await expect(s.cell(indicators, 0, 'weight')).toHaveText('20');
    await s.show('上年数');
    await expect(s.cell('上年数', 0, 'budget')).toHaveText('25,000,000.00');
    await s.show('其他事项');
    await expect(s.cell('政府采购', 0, 'amount')).toHaveText('240,000.00');
  });

  test('审核中的单位、项目提示可定位到对应分区', async ({ page }) => {
    const s = new SectionsPage(page);
    await s.show('项目');
    await page.getByRole('button', { name: '＋ 新增项目' }).click();
    await s.show('审核');
    const finding = page
      .getByTestId('review-panel')
      .locator('[data-rule="R-PROJECT-EMPTY"]')
      .filter({ hasText: '新增项目' })
      .first();
    await finding.getByRole('button', { name: '定位到项目' }).click();
    await expect(s.section('项目')).toBeVisible();
    await expect(s.table('项目').locator('tr.highlighted')).toContainText('新增项目');
  });

  test('各分区截图（1366×768，舟山示例）', async ({ page }) => {
    const s = new SectionsPage(page);
    const dir = `${process.env.PW_OUT_DIR ?? '.tmp/web'}/screens`;
    mkdirSync(dir, { recursive: true });
    const shots: [string, string][] = [
      ['基本信息', 'basic'],
      ['收入', 'income'],
      ['项目', 'projects'],
      ['上年数', 'prior'],
      ['其他事项', 'other'],
    ];
    for (const [name, file] of shots) {
      await s.show(name as '基本信息');
      await expect(s.section(name as '基本信息')).toContainText(name);
      await page.screenshot({ path: `${dir}/section-${file}.png` });
    }
    // States worth looking at: a refused amount, a code that moved lines, a project with indicators.
    await s.show('收入');
    await page.getByRole('button', { name: '＋ 新增收入' }).click();
    await s.cell('收入', 1, 'amount').getByRole('button').click();
    await s.cell('收入', 1, 'amount').locator('input').fill('13,6');
    await s.cell('收入', 1, 'amount').locator('input').press('Enter');
    await expect(s.section('收入').getByRole('alert')).toBeVisible();
    await page.screenshot({ path: `${dir}/section-income-refused.png` });
    await s.cell('收入', 1, 'amount').locator('input').press('Escape');
    await s.show('基本信息');
    await s.fill('预算单位', 0, 'code', '167009');
    await expect(s.section('基本信息').getByRole('status')).toBeVisible();
    await page.screenshot({ path: `${dir}/section-basic-renamed.png` });
    await s.show('项目');
    await page.getByRole('button', { name: '＋ 新增指标' }).click();
    await s.fill('项目“专项业务经费”的绩效指标', 0, 'level3', '开展培训次数');
    await s.fill('项目“专项业务经费”的绩效指标', 0, 'weight', '20');
    await s
      .section('项目')
      .locator('.section-scroll')
      .evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: `${dir}/section-projects-indicators.png` });
  });
});
