import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../src-core/import/read-workbook';
import { applyImport } from '../../../src-core/import/plan-import';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import { book, csvBytes, line, preview, smallBase, TEMPLATE_HEADER, xlsx, zip } from './helpers';

async function refused(bytes: Uint8Array, name: string): Promise<string> {
  const r = await readWorkbook(bytes, name);
  if (r.ok) throw new Error('should be refused');
  return r.error;
}

const CONTENT_TYPES = new TextEncoder().encode(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);

describe('files that are not what they say', () => {
  it('a text file renamed to .xlsx', async () => {
    expect(await refused(csvBytes('单位编码,金额\n1,2\n'), '预算.xlsx')).toBe(
      '文件“预算.xlsx”不是有效的 .xlsx 文件：内容是文本，可能是 CSV 文件：请把扩展名改为 .csv 后再导入，或在 Excel/WPS 中另存为 .xlsx。',
    );
  });
  it('a broken .xls, a WPS .et, an HTML “Excel”, random bytes, a Word document, a truncated file, an empty file', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refused(ole, 'a.xls')).toBe(
      '文件“a.xls”无法作为 Excel 97-2003 工作簿（.xls）读取（文件已损坏或不是 Excel 文件）。请在 Excel/WPS 中打开并“另存为”Excel 工作簿（.xlsx）后再导入。',
    );
    expect(await refused(ole, 'a.xlsx')).toMatch(/无法作为 Excel 97-2003 工作簿（.xls）读取/);
    expect(await refused(ole, '预算.et')).toMatch(/内容是 WPS 表格（.et）格式.*“另存为”Excel 工作簿（.xlsx）/);
    expect(await refused(csvBytes('<html><table><tr><td>1</td></tr></table></html>'), 'b.et')).toMatch(
      /网页（HTML）表格/,
    );
    expect(await refused(csvBytes('<html><table><tr><td>1</td></tr></table></html>'), 'a.xls')).toMatch(
      /网页（HTML）表格/,
    );
    expect(await refused(new Uint8Array([1, 2, 3, 0, 255, 7, 8]), 'a.xlsx')).toMatch(
      /不是 Excel 工作簿（可能是改了扩展名的其他文件或已损坏）/,
    );
    const docx = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: csvBytes('<w:document/>') },
    ]);
    expect(await refused(docx, 'a.xlsx')).toMatch(/这是 Word 文档（.docx），不是 Excel 工作簿/);
    const good = await xlsx([{ name: 'S', rows: [['a']] }]);
    expect(await refused(good.subarray(0, good.length - 100), 'a.xlsx')).toMatch(/文件已损坏，不是完整的 .xlsx/);
    expect(await refused(new Uint8Array(0), 'a.xlsx')).toBe('文件“a.xlsx”是空文件（0 字节）。');
    expect(await refused(good, 'a.csv')).toMatch(/内容却是 Excel 工作簿（.xlsx）：请把扩展名改为 .xlsx/);
  });
  it('an empty workbook and an empty CSV', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await refused(bytes, '空.xlsx')).toBe(
      '文件“空.xlsx”是空的工作簿：没有任何有数据的工作表。可先下载导入模板填写。',
    );
    expect(await refused(csvBytes('\n,,\n'), '空.csv')).toBe('文件“空.csv”没有任何数据。');
  });
  it('a workbook without a 支出明细 sheet says what it looks for', async () => {
    const p = await preview(
      await xlsx([
        {
          name: '随便',
          rows: [
            ['姓名', '年龄'],
            ['张三', 30],
          ],
        },
        { name: '其他', rows: [['x']] },
      ]),
      'a.xlsx',
    );
    expect(p.problems.map((x) => x.message)).toEqual([expect.stringMatching(/^没有找到支出明细表/)]);
    const applied = applyImport(smallBase(), p, { mode: 'replace', confirmed: true });
    expect(applied.ok).toBe(false);
  });
});

describe('zip bombs and huge files', () => {
  const workbookEntries = (sheet: Uint8Array, declared?: number) => [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: csvBytes('<workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declared },
  ];

  it('refuses an entry whose declared size is far beyond its compressed size', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024); // 20 MB of zeros deflate to ~20 KB
    const msg = await refused(zip(workbookEntries(zeros)), 'bomb.xlsx');
    expect(msg).toMatch(
      /^文件“bomb.xlsx”：工作簿内部“xl\/worksheets\/sheet1.xml”的压缩比异常（.* 解压后为 20.0 MB），疑似“压缩炸弹”，已拒绝导入。$/,
    );
  });

  it('refuses an archive whose headers lie about the size (checked while inflating, before exceljs)', async () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const msg = await refused(zip(workbookEntries(zeros, 1000)), 'liar.xlsx');
    expect(msg).toMatch(/解压后的大小超过其声明的 1000 字节，疑似“压缩炸弹”或被篡改的文件/);
  });

  it('refuses a declared total above the limit', async () => {
    const r = await readWorkbook(zip(workbookEntries(new Uint8Array(3 * 1024 * 1024))), 'big.xlsx', {
      maxFileBytes: 1e9,
      maxUncompressedBytes: 1024 * 1024,
      maxEntries: 100,
      maxRatio: 1e9,
      maxCells: 1e6,
      maxRows: 1e6,
    });
    expect(r.ok ? '' : r.error).toMatch(/解压后共 3.0 MB，超过导入上限 1.0 MB/);
  });

  it('refuses a merged range over whole rows and columns (filling it would never end)', async () => {
    const sheet =
      '<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>';
    expect(await refused(book({ sheets: [{ name: '支出', xml: sheet }] }), 'm.xlsx')).toBe(
      '文件“m.xlsx”的工作表“支出”的合并单元格共覆盖 17179869184 个单元格（最大的是 A1:XFD1048576），超过上限 4000000，已拒绝导入。请取消整行/整列的合并后再导入。',
    );
  });

  it('refuses more rows than the limit', async () => {
    const rows = [TEMPLATE_HEADER, ...Array.from({ length: 50 }, () => line())];
    const r = await readWorkbook(await xlsx([{ name: '支出明细', rows }]), 'a.xlsx', {
      maxFileBytes: 1e9,
      maxUncompressedBytes: 1e9,
      maxEntries: 100,
      maxRatio: 1e9,
      maxCells: 1e9,
      maxRows: 20,
    });
    expect(r.ok ? '' : r.error).toBe('文件“a.xlsx”的工作表超过导入上限 20 行，请拆分后导入。');
  });
});

describe('bad input changes nothing', () => {
  it('a file with one bad row: no draft comes out, the base is untouched', async () => {
    const base = smallBase();
    const before = saveDraftText(base);
    const p = await preview(
      await xlsx([{ name: '支出明细', rows: [TEMPLATE_HEADER, line(), line({ amount: '13,6' })] }]),
      'a.xlsx',
      { base },
    );
    const r = applyImport(base, p, { mode: 'replace', confirmed: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toBe('有 1 处问题，未导入任何数据：');
    expect(saveDraftText(base)).toBe(before);
  });
});
