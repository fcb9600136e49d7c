import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { SectionsPage } from './pages/sections-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = `${process.env.PW_OUT_DIR ?? '.tmp/web'}/screens`;

/**
 * Every key the script sends, counted: `page.keyboard` is wrapped (a chord such as Alt+Enter is
 * two keys), and text put into a form field counts one key per character. Clicks are counted apart.
 */
class Counter {
  keys = 0;
  clicks = 0;

  constructor(readonly page: Page) {
    const keyboard = page.keyboard;
    const type = keyboard.type.bind(keyboard);
    const press = keyboard.press.bind(keyboard);
    keyboard.type = async (text, options) => {
      this.keys += [...text].length;
      await type(text, options);
    };
    keyboard.press = async (key, options) => {
      this.keys += key.split('+').length;
      await press(key, options);
    };
  }

  async fill(field: Locator, text: string): Promise<void> {
    this.keys += [...text].length;
    await field.fill(text);
  }

  async click(target: Locator): Promise<void> {
    this.clicks++;
    await target.click();
  }
}

/** A code reached by completion: the digits typed, then ↓ presses in the list; Tab picks the highlighted entry. */
interface Completion {
  query: string;
  down?: number;
  code: string;
}

/** One line as the officer types it. `unit`: the unit is changed on this line (query and its code). */
interface TypedLine {
  unit?: { query: string; code: string };
  /** Omitted: left blank and taken from the function-code proposal (Alt+Enter). */
  fn?: Completion;
  eco: Completion;
  /** Proposals accepted with Alt+Enter (function code, then 支出类型), as expected on screen. */
  accept?: { function?: string; kind?: '公用经费' | '人员经费' };
  amount: string;
}

const c = (query: string, code: string, down = 0): Completion => ({ query, code, down });

/** 10 lines for each of two units (an 行政单位 and a 事业单位): personnel, then 公用经费 lines. */
const LINES: TypedLine[] = [
  { fn: c('20103', '2010301'), eco: c('3010', '30101'), amount: '1200000' },
  { fn: c('20103', '2010301'), eco: c('3010', '30102', 1), amount: '800000' },
  { fn: c('20103', '2010301'), eco: c('3010', '30103', 2), amount: '300000' },
  { eco: c('3011', '30110'), accept: { function: '2101101' }, amount: '150000' },
  { eco: c('3011', '30113', 3), accept: { function: '2210201' }, amount: '200000' },
  { fn: c('20103', '2010301'), eco: c('3020', '30201'), accept: { kind: '公用经费' }, amount: '60000' },
  { fn: c('20103', '2010301'), eco: c('3021', '30211'), amount: '40000' },
  { fn: c('20103', '2010301'), eco: c('3021', '30213', 2), amount: '30000' },
  { fn: c('20103', '2010302', 1), eco: c('3100', '31002', 1), amount: '50000' },
  { fn: c('20103', '2010302', 1), eco: c('3023', '30231'), amount: '20000' },
  {
    unit: { query: '2', code: '901002' },
    fn: c('201035', '2010350'),
    eco: c('3010', '30101'),
    accept: { kind: '人员经费' },
    amount: '900000',
  },
  { fn: c('201035', '2010350'), eco: c('3010', '30102', 1), amount: '500000' },
  { eco: c('3011', '30110'), accept: { function: '2101102' }, amount: '90000' },
  { eco: c('3011', '30113', 3), accept: { function: '2210201' }, amount: '120000' },
  { fn: c('201035', '2010350'), eco: c('3020', '30201'), accept: { kind: '公用经费' }, amount: '40000' },
  { fn: c('201035', '2010350'), eco: c('3021', '30211'), amount: '25000' },
  { fn: c('201035', '2010350'), eco: c('3021', '30213', 2), amount: '15000' },
  { fn: c('201035', '2010350'), eco: c('3100', '31002', 1), amount: '35000' },
  { fn: c('201035', '2010350'), eco: c('3023', '30231'), amount: '10000' },
  { fn: c('201035', '2010350'), eco: c('3020', '30202', 1), amount: '5000' },
];

/** Copied from a sheet with its header row: three more lines of the 事业单位. */
const PASTED = [
  ['单位', '功能科目', '经济科目', '支出类型', '资金来源', '上年结转', '项目', '金额'],
  ['901002', '2010350', '30207', '公用经费', '一般公共预算', '否', '', '8000'],
  ['901002', '2010350', '30205', '公用经费', '一般公共预算', '否', '', '6000'],
  ['901002', '2010350', '30206', '公用经费', '一般公共预算', '否', '', '4000'],
];

/**
 * Keys typing cell values in full would take (no list, no proposal): the code's digits; a 支出类型
 * spelled in pinyin with the space that picks the characters, and the Tab that commits it (the
 * proposal is taken in place, typing needs to leave the cell); the unit's code. The moves between
 * cells are the same as the completion script's and are counted by the script itself.
 */
const PINYIN: Record<string, string> = { 公用经费: 'gongyongjingfei ', 人员经费: 'renyuanjingfei ' };

function keysWithoutCompletion(line: TypedLine): number {
  let n = 0;
  if (line.unit) n += line.unit.code.length;
  n += (line.fn?.code ?? line.accept?.function ?? '').length;
  n += line.eco.code.length;
  if (line.accept?.kind) n += PINYIN[line.accept.kind].length + 1;
  return n;
}

function keysWithCompletion(line: TypedLine): number {
  let n = 0;
  if (line.unit) n += line.unit.query.length;
  if (line.fn) n += line.fn.query.length + (line.fn.down ?? 0);
  n += line.eco.query.length + (line.eco.down ?? 0);
  n += 2 * ((line.accept?.function ? 1 : 0) + (line.accept?.kind ? 1 : 0)); // Alt+Enter each
  return n;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Types a line in the new row, starting in any column of it; ends in the new row below. */
async function typeLine(ws: WorkspacePage, k: Counter, row: number, line: TypedLine): Promise<void> {
  const page = ws.page;
  const popup = page.getByTestId('cell-popup');
  await page.keyboard.press('Home');
  if (line.unit) {
    await page.keyboard.type(line.unit.query);
    await expect(popup.getByRole('option', { selected: true })).toContainText(line.unit.code);
  }
  await page.keyboard.press(line.unit ? 'Tab' : 'ArrowRight'); // to 功能科目
  if (line.fn) await complete(page, line.fn);
  await page.keyboard.press('Tab'); // to 经济科目 (a blank 功能科目 is left for the proposal)
  await complete(page, line.eco);
  await page.keyboard.press('Tab'); // to 支出类型
  await expect(ws.cell(row, 'economic')).toContainText(line.eco.code);
  if (line.accept?.function) {
    await expect(page.getByTestId('function-proposal')).toContainText(line.accept.function);
    await page.keyboard.press('Alt+Enter');
    await expect(ws.cell(row, 'function')).toContainText(line.accept.function);
  }
  if (line.accept?.kind) {
    await expect(page.getByTestId('kind-proposal')).toContainText(line.accept.kind);
    await page.keyboard.press('Alt+Enter');
    await expect(ws.cell(row, 'kind')).toHaveText(line.accept.kind);
  }
  if (line.fn) await expect(ws.cell(row, 'function')).toContainText(line.fn.code);
  await page.keyboard.press('End'); // 备注
  await page.keyboard.press('ArrowLeft'); // 金额
  await page.keyboard.type(line.amount);
  await page.keyboard.press('Enter');
  await expect(ws.cell(row, 'amount')).toHaveText(
    Number(line.amount).toLocaleString('en-US', { minimumFractionDigits: 2 }),
  );
  if (line.unit) await expect(ws.cell(row, 'unit')).toHaveText('示范县财政信息中心');
}

/** Types a completion query, moves in the list, and checks the highlighted entry is the code wanted. */
async function complete(page: Page, target: Completion): Promise<void> {
  const popup = page.getByTestId('cell-popup');
  await page.keyboard.type(target.query);
  for (let i = 0; i < (target.down ?? 0); i++) await page.keyboard.press('ArrowDown');
  await expect(popup.getByRole('option', { selected: true })).toContainText(target.code);
}

test.describe('一次完整的录入（键盘为主）', () => {
  test.setTimeout(180_000);

  test('新建草稿、两个单位、补全录入 20 行、带表头粘贴、收支平衡、舍位平衡导出：统计按键数', async ({ page }) => {
    const k = new Counter(page);
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    const s = new SectionsPage(page);
    await home.goto();

    // New draft (the first unit comes with it), opened.
    await k.click(page.getByRole('button', { name: '新建草稿', exact: true }));
    const form = page.getByRole('form', { name: '新建草稿' });
    await k.fill(form.getByLabel('预算年度'), '2026');
    await k.fill(form.getByLabel('部门编码'), '901');
    await k.fill(form.getByLabel('部门名称'), '示范县财政局');
    await k.fill(form.getByLabel('单位编码'), '901001');
    await k.click(form.getByRole('button', { name: '创建' }));
    await k.click(home.row('示范县财政局').getByRole('button', { name: '打开' }));
    await expect(ws.grid).toBeVisible();

    // The second unit, a 事业单位 (the type proposed for a new unit).
    await k.click(page.getByRole('navigation', { name: '草稿内容' }).getByRole('button', { name: /^基本信息/ }));
    await k.click(page.getByRole('button', { name: '＋ 新增单位' }));
    await expect(s.cell('预算单位', 1, 'code')).toHaveText('901002');
    await k.click(s.cell('预算单位', 1, 'name').getByRole('button'));
    await k.fill(s.cell('预算单位', 1, 'name').locator('input'), '示范县财政信息中心');
    await page.keyboard.press('Enter');
    await expect(s.cell('预算单位', 1, 'name')).toHaveText('示范县财政信息中心');
    await expect(s.cell('预算单位', 1, 'type')).toHaveText('事业单位');

    // 20 lines typed with completion only: no code is typed in full.
    await k.click(page.getByRole('navigation', { name: '草稿内容' }).getByRole('button', { name: /^支出明细/ }));
    await k.click(ws.cell(0, 'unit')); // the new row of an empty grid
    const gridKeysBefore = k.keys;
    for (const [row, line] of LINES.entries()) await typeLine(ws, k, row, line);
    const gridKeys = k.keys - gridKeysBefore;
    for (const line of LINES) expect(line.fn?.query.length ?? 0).toBeLessThan(line.fn?.code.length ?? 1);
    for (const line of LINES) expect(line.eco.query.length).toBeLessThan(line.eco.code.length);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/officer-typed.png` });

    // One block pasted with its header row (Ctrl+V: two keys), in the new row.
    await page.keyboard.press('Home');
    k.keys += 2;
    await ws.pasteText(PASTED.map((r) => r.join('\t')).join('\n'));
    await expect(page.getByTestId('grid-notice')).toContainText('表头');
    await expect(page.getByTestId('grid-message')).toHaveCount(0);
    await expect(ws.cell(22, 'economic')).toContainText('30206');

    // Income for each unit, equal to its lines: 差额 0.
    const unitA = sum(LINES.slice(0, 10).map((l) => Number(l.amount)));
    const unitB = sum(LINES.slice(10).map((l) => Number(l.amount))) + sum(PASTED.slice(1).map((r) => Number(r[7])));
    await k.click(page.getByRole('navigation', { name: '草稿内容' }).getByRole('button', { name: /^收入/ }));
    for (const [row, unit, amount] of [
      [0, '901001 示范县财政局', unitA],
      [1, '901002 示范县财政信息中心', unitB],
    ] as const) {
      await k.click(page.getByRole('button', { name: '＋ 新增收入' }));
      if (row === 1) {
        await k.click(s.cell('收入', row, 'unit').getByRole('button'));
        k.clicks++;
        await s.cell('收入', row, 'unit').locator('select').selectOption({ label: unit });
      }
      await k.click(s.cell('收入', row, 'amount').getByRole('button'));
      await k.fill(s.cell('收入', row, 'amount').locator('input'), String(amount));
      await page.keyboard.press('Enter');
    }
    await expect(ws.difference).toHaveText(/差额\s*0(\.00)?\b/);
    await expect(ws.difference).not.toHaveClass(/bad/);
    await expect(ws.income).toHaveText(/收入总计\s*460\.80\s*万元/);

    // Export with 舍位平衡.
    await k.click(page.getByRole('button', { name: '导出 Excel' }));
    const dialog = ws.exportDialog;
    const balance = dialog.getByRole('checkbox', { name: '舍位平衡' });
    if (!(await balance.isChecked())) await k.click(balance);
    await expect(balance).toBeChecked();
    const download = page.waitForEvent('download');
    await k.click(dialog.getByRole('button', { name: '导出', exact: true }));
    // Errors left (texts not written yet …) make the app ask first: answered 仍然导出.
    const gate = page.getByRole('alertdialog');
    const first = await Promise.race([download.then(() => 'download'), gate.waitFor().then(() => 'gate')]);
    const gateShown = first === 'gate';
    const gateText = gateShown ? await gate.locator('h2').textContent() : '';
    if (gateShown) await k.click(gate.getByRole('button', { name: /^仍然/ }));
    const file = await download;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
    const layout = JSON.parse(readFileSync('resources/layouts/national.json', 'utf8')) as { tables: unknown[] };
    expect(wb.worksheets.length).toBe(layout.tables.length + 1); // 目录 and one sheet per table
    expect(wb.getWorksheet('目录')).toBeDefined();

    // The count, and the same work typed without completion.
    const withCompletion = sum(LINES.map(keysWithCompletion));
    const withoutCompletion = sum(LINES.map(keysWithoutCompletion));
    const amounts = sum(LINES.map((l) => l.amount.length));
    const moves = gridKeys - withCompletion - amounts;
    console.log(
      [
        `officer session: ${k.keys} keys and ${k.clicks} clicks in all (form text counted one key per character)`,
        `  20 typed lines with completion: ${gridKeys} keys = ${withCompletion} for codes, units and types + ${amounts} amount digits + ${moves} moves and commits`,
        `  the same 20 lines typing codes and types in full: ${withoutCompletion + amounts + moves} keys (${withoutCompletion} for codes, units and types)`,
        `  whole session without completion: ${k.keys - withCompletion + withoutCompletion} keys`,
        `  at export: ${gateShown ? `${gateText}（仍然导出）` : 'no errors'}`,
      ].join('\n'),
    );
    expect(withCompletion).toBeLessThan(withoutCompletion);
  });

  test('建议支出类型/功能科目可按 Alt+Enter 采用（按钮上显示快捷键，采用后读屏播报），可撤销', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    const kindProposal = page.getByTestId('kind-proposal');
    const fnProposal = page.getByTestId('function-proposal');

    await ws.typeInto(0, 'economic', '30201');
    const accept = kindProposal.getByRole('button', { name: /采用/ });
    await expect(accept).toHaveAttribute('aria-keyshortcuts', 'Alt+Enter');
    await expect(accept).toContainText('Alt+Enter');
    await page.keyboard.press('Alt+Enter');
    await expect(kindProposal).toHaveCount(0);
    await expect(ws.cell(0, 'kind')).toHaveText('公用经费');
    const notice = page.getByTestId('grid-notice');
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText('已采用建议支出类型：公用经费');
    await page.keyboard.press('Control+z');
    await expect(ws.cell(0, 'kind')).toHaveText('人员经费');

    // Both proposals: the first Alt+Enter takes the function code, the next the 支出类型.
    await ws.grid.evaluate((el) => {
      el.scrollTop = 17 * 28 - 120;
    });
    await ws.typeInto(17, 'economic', '30108');
    await expect(fnProposal).toContainText('2080505');
    await expect(kindProposal).toContainText('人员经费');
    await expect(fnProposal.getByRole('button', { name: /采用/ })).toHaveAttribute('aria-keyshortcuts', 'Alt+Enter');
    await expect(kindProposal.getByRole('button', { name: /采用/ })).not.toHaveAttribute('aria-keyshortcuts', /.+/);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/proposal-shortcut.png` });
    await page.keyboard.press('Alt+Enter');
    await expect(ws.cell(17, 'function')).toContainText('2080505');
    await expect(fnProposal).toHaveCount(0);
    await expect(kindProposal.getByRole('button', { name: /采用/ })).toHaveAttribute('aria-keyshortcuts', 'Alt+Enter');
    await page.keyboard.press('Alt+Enter');
    await expect(ws.cell(17, 'kind')).toHaveText('人员经费');
    await expect(kindProposal).toHaveCount(0);
  });
});
