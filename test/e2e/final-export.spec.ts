import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const HUANGPI = readFileSync('test/fixtures/huangpi-2024.final.json', 'utf8');
const DEPT = '武汉市黄陂区大数据中心（本级）';

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: '决算内容' }).getByRole('button', { name: new RegExp(`^${label}`) });

/** One column block of the written 公开06表 (人员经费 / 公用经费): its 类, their 款 and the block's 合计, in 分. */
interface F06Block {
  heading: string;
  classes: { code: string; cents: number; parts: number[] }[];
  total: number;
}

const cents = (v: unknown) => Math.round(Number(v ?? 0) * 100);

/** 公开06表 as written: each block of three columns (编码, 名称, 决算数) read down to its “…合计” row. */
async function f06Blocks(path: string): Promise<F06Block[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.name.startsWith('公开06表'))!;
  const text = (r: number, c: number) => String(ws.getCell(r, c).value ?? '');
  let headRow = 1;
  while (text(headRow, 1) !== '经济分类科目编码') headRow++;
  const blocks: F06Block[] = [];
  for (let col = 1; text(headRow, col) === '经济分类科目编码'; col += 3) {
    const block: F06Block = { heading: text(headRow - 1, col), classes: [], total: NaN };
    for (let r = headRow + 1; r <= ws.rowCount; r++) {
      const code = text(r, col);
      if (text(r, col + 1).endsWith('合计')) {
        block.total = cents(ws.getCell(r, col + 2).value);
        break;
      }
      const value = cents(ws.getCell(r, col + 2).value);
      if (code.length === 3) block.classes.push({ code, cents: value, parts: [] });
      else if (code.length === 5) block.classes.at(-1)!.parts.push(value);
    }
    blocks.push(block);
  }
  return blocks;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

test.describe('决算：导出 Excel（舍位平衡）与审核定位', () => {
  test('黄陂 2024: 舍位平衡 proposed for its 尾差; the written 公开06表 totals are the sums of their shown parts', async ({
    page,
  }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.importFile('huangpi-2024.final.json', HUANGPI);
    await expect(page.getByTestId('final-status')).toBeVisible();
    const out = process.env.PW_OUT_DIR ?? '.tmp/web';
    mkdirSync(`${out}/screens`, { recursive: true });

    await page.getByRole('button', { name: '导出 Excel' }).click();
    const dialog = page.getByRole('dialog', { name: '导出 Excel' });
    await expect(dialog).toBeVisible();
    // 黄陂's 公开06表 has a 尾差 (R-ROUND: 301 shows 161.22, its 款 add up to 161.21).
    const balance = dialog.getByRole('checkbox', { name: '舍位平衡' });
    await expect(balance).toBeChecked();
    await expect(dialog).toContainText('合计数等于其明细数之和');
    await expect(dialog.getByLabel('文件名')).toHaveValue(`${DEPT}2024年度部门决算公开表`);
    await expect(dialog.getByLabel('版式')).toHaveValue('final-national');
    await expect(dialog.getByLabel('版式').locator('option')).toHaveCount(2);
    await expect(dialog.getByRole('figure', { name: '第一张表预览' }).locator('figcaption')).toContainText(
      '收入支出决算总表',
    );
    await page.screenshot({ path: `${out}/screens/final-export-dialog.png` });

    // Esc closes it and writes nothing.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // Balanced: every 类 is the sum of its 款, and 人员经费合计 the sum of its 类.
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${DEPT}2024年度部门决算公开表.xlsx`);
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '已下载' })).toContainText(
      `已下载“${DEPT}2024年度部门决算公开表.xlsx”`,
    );
    await file.saveAs(`${out}/final-balanced.xlsx`);
    const balanced = await f06Blocks(`${out}/final-balanced.xlsx`);
    expect(balanced.map((b) => b.heading)).toEqual(['人员经费', '公用经费', '公用经费']);
    const personnel = balanced[0];
    expect(personnel.total).toBe(16122);
    expect(personnel.total).toBe(sum(personnel.classes.map((c) => c.cents)));
    for (const b of balanced)
      for (const c of b.classes) if (c.parts.length > 0) expect(c.cents, `${c.code}`).toBe(sum(c.parts));
    // 公用经费合计 is the sum of its 类 too (302 + 310 …): the unprinted 合计 no longer holds it 0.01 away.
    const publicTotal = sum(balanced.slice(1).flatMap((b) => b.classes.map((c) => c.cents)));
    const publicShown = [balanced[1].total, balanced[2].total].filter((t) => !Number.isNaN(t));
    expect(publicShown).toEqual([publicTotal]);

    // Not balanced, under the officer's name: 301 keeps its 尾差 (161.22 against 161.21).
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await balance.uncheck();
    await expect(dialog).toContainText('尾差提示');
    await dialog.getByLabel('文件名').fill('黄陂 决算公开表 未平衡');
    const plainDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    const plainFile = await plainDownload;
    expect(plainFile.suggestedFilename()).toBe('黄陂 决算公开表 未平衡.xlsx');
    await plainFile.saveAs(`${out}/final-plain.xlsx`);
    const c301 = (await f06Blocks(`${out}/final-plain.xlsx`))[0].classes.find((c) => c.code === '301')!;
    expect(c301.cents).toBe(16122);
    expect(sum(c301.parts)).toBe(16121);

    // Under the 上海 layout: the same draft in that layout's tables (the editor keeps its own).
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await dialog.getByLabel('版式').selectOption('final-shanghai');
    const shanghaiDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    const shanghai = new ExcelJS.Workbook();
    await shanghai.xlsx.load(readFileSync(await (await shanghaiDownload).path()) as unknown as ArrayBuffer);
    const names = shanghai.worksheets.map((w) => w.name);
    expect(names[0]).toBe('目录');
    // 上海 puts “三公” seventh, before the two 基金 tables (the national layout has it last, 公开09表).
    expect(names.indexOf('“三公”经费支出决算表')).toBe(7);
    expect(names.at(-1)).toBe('国有资本经营预算财政拨款收入支出决算表');
    await expect(dialog).toHaveCount(0);
  });

  test('a finding about a 决算 expense line: 定位 opens 支出决算 with that row and column selected', async ({
    page,
  }) => {
    // 黄陂 with one line at zero (the 21st, 30207 邮电费): R-ZERO points at its 决算数.
    const draft = JSON.parse(HUANGPI) as { expenses: { economic: string; amount: string }[] };
    expect(draft.expenses[21].economic).toBe('30207');
    draft.expenses[21].amount = '0';
    const home = new HomePage(page);
    await home.goto();
    await home.importFile('huangpi-2024.final.json', JSON.stringify(draft));
    await expect(page.getByTestId('final-status')).toBeVisible();
    const ws = new WorkspacePage(page);
    await ws.selectCell(0, 'unit');

    await nav(page, '审核').click();
    const finding = page.getByTestId('final-review').locator('[data-rule="R-ZERO"]');
    await expect(finding).toHaveCount(1);
    // A finding about a table (尾差) has no 定位 here.
    await expect(page.locator('[data-rule="R-ROUND"]').first().getByRole('button')).toHaveCount(0);
    await finding.getByRole('button', { name: '定位到支出决算' }).click();

    await expect(ws.grid).toBeVisible();
    await expect(ws.cell(21, 'amount')).toHaveClass(/active/);
    await expect(ws.cell(0, 'unit')).not.toHaveClass(/active/);
    const out = process.env.PW_OUT_DIR ?? '.tmp/web';
    mkdirSync(`${out}/screens`, { recursive: true });
    await page.screenshot({ path: `${out}/screens/final-locate.png` });
  });
});
