import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = '.tmp/shots-grid';

async function openSample(page: Page): Promise<WorkspacePage> {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  return new WorkspacePage(page);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** The sample has 43 lines: rows 0–42, the new row 43, and the header: aria-rowcount counts them all. */
const rowCount = (lines: number) => String(lines + 2);

test.describe('支出明细：行、粘贴表头、撤销键、合计行', () => {
  test('在最后一行按 Enter 到新行，在新行中输入即添加一行，按输入顺序排列', async ({ page }) => {
    const ws = await openSample(page);
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(43));
    await ws.grid.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });

    await ws.typeInto(42, 'amount', '150001');
    await expect(ws.cell(43, 'amount')).toHaveClass(/active/); // the new row below the last line
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(43)); // nothing added by moving there
    await page.keyboard.type('500');
    await page.keyboard.press('Enter');
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(44));
    await expect(ws.cell(43, 'amount')).toHaveText('500.00');
    await expect(ws.cell(43, 'unit')).toHaveText('舟山市人民政府办公室'); // as the line above
    await expect(ws.cell(44, 'amount')).toHaveClass(/active/);
    await page.keyboard.type('600');
    await page.keyboard.press('Enter');
    await expect(ws.cell(44, 'amount')).toHaveText('600.00');
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(45));

    // typed in order, undone in reverse
    await page.keyboard.press('Control+z');
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(44));
    await page.keyboard.press('Control+z');
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(43));
    await expect(ws.cell(42, 'amount')).toHaveText('150,001.00');
  });

  test('在上方 / 在下方插入行', async ({ page }) => {
    const ws = await openSample(page);
    await ws.selectCell(1, 'amount');
    await page.getByRole('button', { name: '在下方插入行' }).click();
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(44));
    await expect(ws.cell(1, 'amount')).toHaveText('3,234,800.00');
    await expect(ws.cell(2, 'amount')).toHaveText('0.00');
    await expect(ws.cell(2, 'unit')).toHaveClass(/active/);
    await expect(ws.cell(3, 'amount')).toHaveText('4,303,300.00');

    await page.getByRole('button', { name: '在上方插入行' }).click();
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(45));
    await expect(ws.cell(2, 'function')).toHaveText('');
    await expect(ws.cell(4, 'amount')).toHaveText('4,303,300.00');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(43));
    await expect(ws.cell(2, 'amount')).toHaveText('4,303,300.00');
  });

  test('在新行粘贴带表头的数据块：表头行被识别并跳过（一条提示），数据添加到末尾', async ({ page }) => {
    const ws = await openSample(page);
    const notice = page.getByTestId('grid-notice');
    await ws.grid.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await ws.selectCell(43, 'function');
    await ws.pasteText(
      [
        '功能科目编码\t经济科目编码\t支出类型\t资金来源\t是否上年结转\t项目\t金额（元）\t备注',
        '2010301\t30201\t公用经费\t一般公共预算\t否\t\t1000\t粘贴一',
        '2010301\t30202\t公用经费\t一般公共预算\t否\t\t2,000.50\t粘贴二',
      ].join('\r\n'),
    );
    await expect(ws.message).toHaveCount(0);
    await expect(notice).toContainText(
      /已粘贴 2 行；第一行是表头（功能科目编码、经济科目编码、支出类型、资金来源…），已跳过。/,
    );
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(45));
    await expect(ws.cell(43, 'economic')).toContainText('30201');
    await expect(ws.cell(43, 'amount')).toHaveText('1,000.00');
    await expect(ws.cell(44, 'note')).toHaveText('粘贴二');
    await shot(page, 'paste-header-notice');

    // the grid's own titles are a header too; a header alone pastes nothing
    await ws.selectCell(45, 'function');
    await ws.pasteText('功能科目\t经济科目\t金额');
    await expect(notice).toContainText('粘贴的内容只有表头行，没有粘贴任何内容。');
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(45));
    await page.keyboard.press('Control+z');
    await expect(ws.grid).toHaveAttribute('aria-rowcount', rowCount(43));
  });

  test('粘贴被拒时只列出真正的问题，提示框显示条数，列表可滚动时提示下面还有几条', async ({ page }) => {
    const ws = await openSample(page);
    const more = page.getByTestId('grid-message-more');
    await ws.selectCell(0, 'amount');
    const rows = ['金额\t备注', ...Array.from({ length: 14 }, (_, i) => `${i + 1}00\t第${i + 1}行`), '13,6\t有误'];
    rows.push(...Array.from({ length: 4 }, () => '1,2\t有误'));
    await ws.pasteText(rows.join('\n'));
    await expect(ws.message).toContainText('无法粘贴：5 个单元格有问题，没有粘贴任何内容（已跳过表头行）');
    await expect(ws.message).toContainText('共 5 条');
    await expect(ws.message.getByRole('listitem').first()).toContainText('第 15 行“金额”列：无法识别金额“13,6”');
    await expect(ws.message).toContainText('请在原表格中改正后重新复制粘贴');
    await page.keyboard.press('Escape');

    const many = ['金额', ...Array.from({ length: 30 }, () => '13,6')];
    await ws.pasteText(many.join('\n'));
    await expect(ws.message).toContainText('共 30 条');
    await expect(more).toContainText(/下面还有 \d+ 条，请滚动查看/);
    await shot(page, 'message-scroll-cue');
    await ws.message.getByRole('list').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect(more).toHaveCount(0);
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,600.00');
  });

  test('焦点不在表格中时 Ctrl+Z / Ctrl+Y 也撤销、重做；在其他输入框中则由输入框自己撤销', async ({ page }) => {
    const ws = await openSample(page);
    await ws.typeInto(0, 'amount', '3000000');
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');

    // a click on the footer: the focus leaves the grid for the page
    await page.getByTestId('grid-footer').click();
    await expect(ws.editor).not.toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,600.00');
    await page.keyboard.press('Control+y');
    await expect(ws.cell(0, 'amount')).toHaveText('3,000,000.00');

    // from another screen (公开表) too
    await ws.show('公开表');
    await expect(ws.table).toBeVisible();
    await page.keyboard.press('Control+z');
    await ws.show('支出明细');
    await expect(ws.cell(0, 'amount')).toHaveText('2,874,600.00');

    // a text field keeps its own undo: the draft is not touched
    await ws.typeInto(1, 'amount', '1');
    const search = page.getByLabel('按经济科目筛选');
    await search.click();
    await page.keyboard.type('302');
    await page.keyboard.press('Control+z');
    await expect(search).toHaveValue('');
    await expect(ws.cell(1, 'amount')).toHaveText('1.00');
  });

  test('表格下方合计行：全部行、筛选后的行和选中行的金额合计，精确到分', async ({ page }) => {
    const ws = await openSample(page);
    const shown = page.getByTestId('footer-shown');
    const selected = page.getByTestId('footer-selection');
    const footer = page.getByTestId('grid-footer');

    await expect(footer).toContainText('共 43 行 合计');
    await expect(shown).toHaveText('27,255,980.00 元');
    await expect(selected).toHaveCount(0); // one cell: nothing to add up

    await ws.selectCell(0, 'amount');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(footer).toContainText('选中 3 行 合计');
    await expect(selected).toHaveText('10,412,700.00 元');

    await ws.typeInto(3, 'amount', '0.01');
    await expect(shown).toHaveText('26,911,080.01 元');

    await page.getByLabel('按支出类型筛选').selectOption('public');
    await expect(footer).toContainText('筛选后 19 / 43 行 合计');
    await expect(shown).toHaveText('2,507,400.00 元');
    await ws.selectCell(0, 'amount');
    await page.keyboard.press('Control+a');
    await expect(footer).toContainText('选中 19 行');
    await expect(selected).toHaveText('2,507,400.00 元');
  });
});
