import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = process.env.PW_OUT_DIR ? `${process.env.PW_OUT_DIR}-shots` : 'test-results/shots';

/** The 舟山 sample as a Chongqing department's draft, with 绩效指标 and 预算执行率权重 on its projects. */
function chongqingDraft(): string {
  const draft = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../resources/samples/zhoushan-2022.budget.json'), 'utf8'),
  ) as { department: { name: string }; projects: Record<string, unknown>[] };
  draft.department.name = '垫江县农业农村委员会';
  const ind = (level1: string, level2: string, level3: string, op: string, value: string, unit: string) => ({
    level1,
    level2,
    level3,
    op,
    value,
    unit,
    weight: 25,
  });
  draft.projects = draft.projects.map((p, i) => ({
    ...p,
    executionWeight: i === 1 ? null : 10,
    indicators: [
      ind('产出指标', '数量指标', '开展技术培训次数', '≥', '12', '次'),
      ind('满意度指标', '服务对象满意度指标', '农户满意度', '≥', '90', '%'),
    ],
  }));
  return JSON.stringify(draft);
}

test.describe('各地表式：重点项目表的绩效目标列在金额之后，重庆表十每个项目一张表', () => {
  test('浙江 T13 列序与舟山公开文本一致；重庆表十逐项目成表，未填字段留空', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importFile('dianjiang.budget.json', chongqingDraft());
    await expect(page.getByRole('grid')).toBeVisible();
    await ws.show('公开表');
    const layout = page.getByTestId('preview-section').getByRole('combobox', { name: '版式' });

    // 浙江 T13: 单位代码, 单位名称, 二级项目名称, 财政拨款金额, then 绩效目标.
    await layout.selectOption('zhejiang');
    await ws.showTable('2022年部门预算财政拨款重点项目支出预算表');
    const headers = await ws.table.locator('thead tr').first().getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(['单位代码', '单位名称', '二级项目名称', '财政拨款金额', '绩效目标']);
    const row = ws.table.getByRole('row').filter({ hasText: '舟山公报经费' });
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells[3]).toBe('15.00');
    expect(cells[4]).toMatch(/^发挥政务信息在政府工作中的重要作用/);
    await page.screenshot({ path: `${SHOTS}/region-forms-zhejiang-T13.png` });

    // 重庆表十: one form per project, in draft order, with the department as 主管部门.
    await layout.selectOption('chongqing');
    await ws.showTable('垫江县农业农村委员会项目绩效目标表');
    const forms = ws.table.locator('table.project-forms');
    await expect(forms).toHaveAttribute('data-forms', '5');
    const names = forms.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '项目名称' }) });
    await expect(names).toHaveCount(5);
    await expect(names.first()).toContainText('专项业务经费');
    await expect(forms.getByRole('row').filter({ hasText: '主管部门' }).first()).toContainText('垫江县农业农村委员会');
    const weights = forms.getByRole('row').filter({ hasText: '预算执行率权重（%）' });
    await expect(weights.nth(0).getByRole('cell').last()).toHaveText('10');
    await expect(weights.nth(1).getByRole('cell').last()).toHaveText('');
    await expect(forms.getByRole('row').filter({ hasText: '开展技术培训次数' })).toHaveCount(5);
    // No internal key is shown.
    for (const key of ['project:', 'executionWeight', 'level1', '/ind:']) await expect(forms).not.toContainText(key);
    await page.screenshot({ path: `${SHOTS}/region-forms-chongqing-T11.png` });
  });
});
