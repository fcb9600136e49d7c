import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { runImportCommand, type ImportIo } from '../../src-main/cli/import-command';
import { TEMPLATE_HEADER, zip } from '../unit/import/helpers';
import { HomePage } from './pages/home-page';
import { WorkspacePage } from './pages/workspace-page';

/**
 * Issue #11 in the import dialog: hidden and competing sheets, merged cells, absurd coordinates,
 * thousands of problems, “Unicode 文本”, codes that lost their leading zeros, and 取消 while a
 * file is read. For each bad file the dialog shows the CLI's message, and the stored drafts stay
 * as they were (read from IndexedDB before and after).
 */
const HEADER = TEMPLATE_HEADER;
/** The new draft knows no unit: the files bring their 单位 sheet, as the template does. */
const UNITS = {
  name: '单位',
  rows: [
    ['单位编码', '单位名称', '单位类型'],
    ['167001', '测试部门', '行政单位'],
  ],
};
const row = (amount: number | string, economic = '30101', unit: string | number = '167001') => [
  unit,
  '',
  '2010301',
  economic,
  '人员经费',
  '一般公共预算',
  '否',
  '',
  '',
  amount,
  '',
];

async function workbook(
  sheets: { name: string; rows: unknown[][]; state?: 'hidden'; merges?: string[] }[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    for (const r of s.rows) ws.addRow(r);
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** An .xlsx from raw sheet XML (what a hostile file contains), zipped by hand. */
function rawXlsx(sheetName: string, sheetXml: string): Buffer {
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ],
    ['xl/worksheets/sheet1.xml', sheetXml],
  ];
  return Buffer.from(zip(files.map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') }))));
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const LETTERS = 'ABCDEFGHIJK';

/** `n` data rows under the template header, as raw XML (fast to build for hundreds of thousands of rows). */
function bigSheet(n: number, amount: (i: number) => string): Buffer {
  const parts: string[] = [
    `<worksheet><sheetData><row r="1">${HEADER.map((h, c) => inline(`${LETTERS[c]}1`, h)).join('')}</row>`,
  ];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    parts.push(
      `<row r="${r}">${inline(`A${r}`, '167001')}<c r="C${r}"><v>2010301</v></c><c r="D${r}"><v>30101</v></c>${inline(`E${r}`, '人员经费')}${inline(`F${r}`, '一般公共预算')}${inline(`G${r}`, '否')}${amount(i)}</row>`,
    );
  }
  parts.push('</sheetData></worksheet>');
  return rawXlsx('支出明细', parts.join(''));
}

/** What `npm run -s cli -- import` prints for the file (stderr), computed in Node by the CLI itself. */
async function cliMessage(name: string, bytes: Buffer, unitCode = true): Promise<string> {
  const errs: string[] = [];
  const io: ImportIo = {
    stdout: () => {},
    stderr: (s) => errs.push(s),
    readBytes: () => new Uint8Array(bytes),
    writeFile: () => {
      throw new Error('must not write');
    },
    exists: () => false,
  };
  const code = await runImportCommand(
    [name, '--out', 'd.json', '--year', '2022', '--department', '某局', ...(unitCode ? ['--unit-code', '167001'] : [])],
    io,
  );
  expect(code).toBe(1);
  return errs.join('');
}

/** Every record of the app's IndexedDB, as JSON: equal before and after means nothing was stored. */
async function storedDrafts(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('budget-drafts');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const out: Record<string, unknown> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise((resolve, reject) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
}

async function pickFile(dialog: Locator, name: string, buffer: Buffer): Promise<void> {
  const chooser = dialog.page().waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /选择 Excel\/CSV 文件…|重新选择文件…/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** 首页 with the 舟山 sample stored, and the 从 Excel 新建草稿 dialog open for 2022. */
async function newDraftDialog(page: Page): Promise<Locator> {
  const home = new HomePage(page);
  await home.goto();
  await home.importSample();
  await home.backHome();
  await page.getByRole('button', { name: '从 Excel 新建草稿' }).click();
  const dialog = page.getByRole('dialog', { name: '从 Excel 新建草稿' });
  await dialog.getByLabel('预算年度').fill('2022');
  await dialog.getByLabel('部门编码').fill('167');
  await dialog.getByLabel('部门名称').fill('测试部门');
  return dialog;
}

test.describe('导入 Excel：有问题的文件', () => {
  test('隐藏的工作表不被导入；两个可见的支出表时对话框询问导入哪一个', async ({ page }) => {
    const dialog = await newDraftDialog(page);
    const file = await workbook([
      UNITS,
      { name: '支出明细', state: 'hidden', rows: [HEADER, row(2999997)] },
      { name: '支出一', rows: [HEADER, row(3003)] },
      { name: '支出二', rows: [HEADER, row(500), row(500, '30102')] },
    ]);
    await pickFile(dialog, '三个表.xlsx', file);
    const choice = dialog.getByTestId('import-sheet-choice');
    await expect(choice).toContainText('文件中有 2 个工作表都像支出明细：“支出一”、“支出二”。请指定要导入的工作表。');
    await expect(dialog.getByTestId('import-hidden')).toContainText('隐藏的工作表（未导入）：支出明细');
    await expect(dialog.getByRole('button', { name: /^导入/ }).last()).toBeDisabled();
    // The CLI fails with the same list of candidates.
    expect(await cliMessage('三个表.xlsx', file)).toContain(
      '文件中有 2 个工作表都像支出明细：“支出一”、“支出二”。请指定要导入的工作表。',
    );

    await choice.getByLabel(/导入工作表“支出一”/).click();
    await expect(dialog.getByTestId('import-sheet-choice')).toHaveCount(0);
    await expect(dialog.getByTestId('import-counts')).toContainText('合计 3003.00 元');
    await dialog.getByRole('button', { name: '导入 2 行' }).click(); // 1 unit, 1 line
    const ws = new WorkspacePage(page);
    await expect(ws.cell(0, 'amount')).toHaveText('3,003.00');
  });

  test('坏文件：对话框显示与命令行相同的中文原因，已存的草稿不变', async ({ page }) => {
    const dialog = await newDraftDialog(page);
    const before = await storedDrafts(page);
    const files: [string, Buffer][] = [
      [
        '整表合并.xlsx',
        rawXlsx(
          '支出',
          `<worksheet><sheetData><row r="1">${inline('A1', '单位编码')}</row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`,
        ),
      ],
      [
        '坐标.xlsx',
        rawXlsx(
          '支出',
          `<worksheet><sheetData><row r="1">${inline('A1', '单位编码')}<c r="ZZZZZZ99999999"><v>1</v></c></row></sheetData></worksheet>`,
        ),
      ],
      ['截断.xlsx', (await workbook([{ name: '支出明细', rows: [HEADER, row(1)] }])).subarray(0, 300)],
    ];
    for (const [name, bytes] of files) {
      await pickFile(dialog, name, bytes);
      const expected = (await cliMessage(name, bytes)).replace(/\n未写入任何文件。\n$/, '');
      expect(expected).not.toContain('\n');
      await expect(dialog.getByTestId('import-errors')).toContainText(expected);
      await expect(dialog.getByTestId('import-errors')).not.toContainText(/Error|at \S+:\d+/);
    }

    // A merged cell from the header into the data: the sheet is refused, the line is the CLI's.
    const merged = await workbook([
      { name: '支出', rows: [HEADER, row(1), row(2, '30102'), row(3, '30103')], merges: ['A1:A3'] },
    ]);
    await pickFile(dialog, '合并表头.xlsx', merged);
    const line = '工作表“支出”：A1:A3 是合并单元格，跨越表头（第 1 行）和数据行（第 2–3 行），请取消合并后再导入';
    expect(await cliMessage('合并表头.xlsx', merged)).toContain(`\n${line}\n`);
    await expect(dialog.getByTestId('import-problems').getByRole('listitem')).toHaveText([line]);
    await expect(dialog.getByTestId('mapping-支出')).toContainText('A1:A3 是合并单元格');
    await expect(dialog.getByRole('button', { name: '导入 0 行' })).toBeDisabled();

    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await storedDrafts(page)).toBe(before);
    await expect(new HomePage(page).row('测试部门')).toHaveCount(0);
  });

  test('140,000 行都有问题：列出前 500 处与“另有 … 处问题未列出”，不出现英文错误', async ({ page }) => {
    test.setTimeout(180_000);
    const dialog = await newDraftDialog(page);
    const before = await storedDrafts(page);
    const file = bigSheet(140_000, (i) => inline(`J${i + 2}`, 'x'));
    await pickFile(dialog, '全是错.xlsx', file);
    const problems = dialog.getByTestId('import-problems');
    await expect(problems).toBeVisible({ timeout: 120_000 });
    // Each row: its unit is not in the (new, empty) draft, and its amount is “x”.
    await expect(dialog.locator('.import-problems h4')).toHaveText('280000 处问题（显示前 500 处）');
    await expect(problems.getByRole('listitem')).toHaveCount(501);
    await expect(problems.getByRole('listitem').last()).toHaveText('另有 279500 处问题未列出');
    const cli = await cliMessage('全是错.xlsx', file, false);
    expect(cli).toContain('\n另有 279500 处问题未列出\n');
    await expect(problems.getByRole('listitem').first()).toHaveText(cli.split('\n')[1]);
    await expect(dialog).not.toContainText(/RangeError|Maximum call stack/);
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await storedDrafts(page)).toBe(before);
  });

  test('读取中点“取消”：立即关闭，草稿不变，之后还能导入', async ({ page }) => {
    test.setTimeout(180_000);
    const dialog = await newDraftDialog(page);
    const before = await storedDrafts(page);
    const big = bigSheet(290_000, (i) => `<c r="J${i + 2}"><v>${1000 + (i % 7)}</v></c>`);
    await pickFile(dialog, '很大.xlsx', big);
    await expect(dialog.getByTestId('import-progress')).toBeVisible();
    const cancel = dialog.getByRole('button', { name: '取消' });
    await expect(cancel).toBeEnabled();
    const t0 = Date.now();
    await cancel.click();
    await expect(dialog).toHaveCount(0, { timeout: 2_000 });
    const closedIn = Date.now() - t0;
    console.log(`取消 while reading 290,000 rows: dialog closed in ${closedIn} ms`);
    expect(await storedDrafts(page)).toBe(before);

    // The next import starts afresh (a new worker) and works.
    await page.getByRole('button', { name: '从 Excel 新建草稿' }).click();
    const again = page.getByRole('dialog', { name: '从 Excel 新建草稿' });
    await again.getByLabel('预算年度').fill('2022');
    await again.getByLabel('部门编码').fill('167');
    await again.getByLabel('部门名称').fill('测试部门');
    await pickFile(again, '小.xlsx', await workbook([UNITS, { name: '支出明细', rows: [HEADER, row(100)] }]));
    await expect(again.getByTestId('import-counts')).toContainText('可导入 2 行');
  });

  test('Unicode 文本（.txt）可导入；数字格式的单位编码提示开头的 0 可能丢失；打开的草稿不变', async ({ page }) => {
    const home = new HomePage(page);
    const ws = new WorkspacePage(page);
    await home.goto();
    await home.importSample();
    await ws.expectSampleTotals();
    await page.getByRole('button', { name: '导入 ▾' }).click();
    await page.getByRole('menuitem', { name: '导入 Excel 数据…' }).click();
    const dialog = page.getByRole('dialog', { name: /导入 Excel 到/ });

    const tsv = [HEADER, row('1,000.50'), row(200, '30102')].map((r) => r.join('\t')).join('\r\n') + '\r\n';
    const unicodeText = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    await pickFile(dialog, 'Unicode文本.txt', unicodeText);
    await expect(dialog.getByTestId('import-counts')).toContainText('可导入 2 行');
    await expect(dialog.getByTestId('import-counts')).toContainText('合计 1200.50 元');

    const zeros = await workbook([{ name: '支出明细', rows: [HEADER, row(100, '30101', 5)] }]);
    await pickFile(dialog, '单位编码是数字.xlsx', zeros);
    const problems = dialog.getByTestId('import-problems');
    await expect(problems).toContainText(
      '单位“5”不在单位表中（请在“单位”工作表或草稿中先列出该单位）。该单元格是数字格式，开头的 0 可能已丢失（如 001 变成 1），请把该列设为文本格式后重新输入',
    );
    expect(await cliMessage('单位编码是数字.xlsx', zeros)).toContain(
      '该单元格是数字格式，开头的 0 可能已丢失（如 001 变成 1）',
    );

    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toHaveCount(0);
    await ws.expectSampleTotals();
  });
});
