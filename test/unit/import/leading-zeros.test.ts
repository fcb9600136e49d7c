import { describe, expect, it } from 'vitest';
import { numberText } from '../../../src-core/import/cell-text';
import { readWorkbook } from '../../../src-core/import/read-workbook';
import { formatRowProblem } from '../../../src-core/import/rows';
import { isWholeNumber } from '../../../src-core/import/xlsx-sheet';
import { catalogs, csvBytes, line, preview, smallBase, TEMPLATE_HEADER, xlsx } from './helpers';

/** Issue #11, item 5: a code that lost its leading zeros (Excel number cell: 001 → 1) gets a message that says so. */
const UNITS = ['单位编码', '单位名称', '单位类型'];
const HINT = '该单元格是数字格式，开头的 0 可能已丢失';

describe('codes that lost their leading zeros', () => {
  it('a unit code typed as a number (001 stored as 1) while the 单位 sheet has “001”: the message names it', async () => {
    const bytes = await xlsx([
      { name: '单位', rows: [UNITS, ['001', '本级', '行政单位']] },
      { name: '支出明细', rows: [TEMPLATE_HEADER, line({ unit: 1 }), line({ unit: '001' })] },
    ]);
    const p = await preview(bytes, 'z.xlsx');
    expect(p.counts).toEqual({ rows: 3, accepted: 2, rejected: 1 }); // 1 unit + 2 lines
    expect(p.problems.map(formatRowProblem)).toEqual([
      '工作表“支出明细”第 2 行 A 列（单位编码）：单位“1”不在单位表中（请在“单位”工作表或草稿中先列出该单位）。该单元格是数字格式，开头的 0 可能已丢失（单位表中有“001”），请把该列设为文本格式后重新输入',
    ]);
  });

  it('a number cell with no such unit: the general hint (如 001 变成 1)', async () => {
    const p = await preview(await xlsx([{ name: '支出明细', rows: [TEMPLATE_HEADER, line({ unit: 5 })] }]), 'z.xlsx');
    expect(p.problems[0].message).toBe(
      '单位“5”不在单位表中（请在“单位”工作表或草稿中先列出该单位）。该单元格是数字格式，开头的 0 可能已丢失（如 001 变成 1），请把该列设为文本格式后重新输入',
    );
  });

  it('CSV (text, no cell types): “1” where the units have “001” gets the hint; an unknown text code does not', async () => {
    const units = await preview(
      csvBytes(
        `${TEMPLATE_HEADER.join(',')}\n1,,2010301,30101,人员经费,一般公共预算,否,,,100,\n9,,2010301,30101,人员经费,一般公共预算,否,,,100,\n`,
      ),
      'z.csv',
      {
        base: { ...smallBase(), units: [{ code: '001', name: '本级', type: 'admin' }] },
      },
    );
    expect(units.problems.map((x) => x.message)).toEqual([
      '单位“1”不在单位表中（请在“单位”工作表或草稿中先列出该单位）。开头的 0 可能已丢失（单位表中有“001”；在数字格式的单元格中输入 001 会变成 1），请把该列设为文本格式后重新输入',
      '单位“9”不在单位表中（请在“单位”工作表或草稿中先列出该单位）',
    ]);
  });

  it('the 收入 and 项目 sheets and project codes say the same', async () => {
    const bytes = await xlsx([
      { name: '单位', rows: [UNITS, ['001', '本级', '行政单位']] },
      {
        name: '收入',
        rows: [
          ['单位编码', '资金来源', '是否上年结转', '金额'],
          [1, '一般公共预算', '否', 100],
        ],
      },
      {
        name: '项目',
        rows: [
          ['项目编码', '单位编码', '项目名称'],
          ['0101', '001', '项目甲'],
          ['X1', 1, '项目乙'],
        ],
      },
      { name: '支出明细', rows: [TEMPLATE_HEADER, line({ unit: '001', kind: '项目支出', project: 101 })] },
    ]);
    const p = await preview(bytes, 'z.xlsx');
    const messages = p.problems.map(formatRowProblem);
    expect(messages).toContain(
      '工作表“收入”第 2 行 A 列（单位编码）：单位“1”不在单位表中。该单元格是数字格式，开头的 0 可能已丢失（单位表中有“001”），请把该列设为文本格式后重新输入',
    );
    expect(messages).toContain(
      '工作表“项目”第 3 行 B 列（单位编码）：单位“1”不在单位表中。该单元格是数字格式，开头的 0 可能已丢失（单位表中有“001”），请把该列设为文本格式后重新输入',
    );
    expect(messages).toContain(
      '工作表“支出明细”第 2 行 H 列（项目编码）：项目“101”不在项目表中（请在“项目”工作表中列出，或在本行填写项目名称）。该单元格是数字格式，开头的 0 可能已丢失（项目表中有“0101”），请把该列设为文本格式后重新输入',
    );
  });

  it('a classification code shorter than its level in a number cell gets the hint; a full-length one does not', async () => {
    const p = await preview(
      await xlsx([
        { name: '支出明细', rows: [TEMPLATE_HEADER, line({ function: 201031 }), line({ function: 2999999 })] },
      ]),
      'z.xlsx',
    );
    expect(p.problems.map((x) => x.message)).toEqual([
      `编码“201031”不在 ${catalogs().year} 年支出功能分类科目中，请核对编码或先导入本年度科目表。该单元格是数字格式，开头的 0 可能已丢失（如 001 变成 1），请把该列设为文本格式后重新输入`,
      `编码“2999999”不在 ${catalogs().year} 年支出功能分类科目中，请核对编码或先导入本年度科目表`,
    ]);
    expect(p.problems[0].message).toContain(HINT);
  });

  it('a number cell formatted 000 shows its zeros and is read as the officer sees it (1 → “001”)', async () => {
    expect(numberText(1, '000')).toBe('001');
    expect(numberText(12.5, '0000.00')).toBe('0012.50');
    expect(numberText(1234, '000')).toBe('1234');
    expect(numberText(7, '#,##0')).toBe('7');
    const bytes = await xlsx([
      { name: '单位', rows: [UNITS, ['001', '本级', '行政单位']] },
      { name: '支出明细', rows: [TEMPLATE_HEADER, line({ unit: 1 })], numFmt: { A2: '000' } },
    ]);
    const wb = await readWorkbook(bytes, 'f.xlsx');
    expect(wb.ok && wb.value.sheets[1].rows[1].cells[0]).toBe('001');
    const p = await preview(bytes, 'f.xlsx');
    expect(p.problems).toEqual([]);
    expect(p.expenses[0].line.unit).toBe('001');
  });
});

describe('which cells are whole numbers', () => {
  it('is known per cell, also beyond the 32nd column and across a merged range', async () => {
    const wide: unknown[] = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? i : `t${i}`));
    const wb = await readWorkbook(
      await xlsx([{ name: 'S', rows: [wide, [7, null, 'x']], merges: ['A2:B3'] }]),
      'w.xlsx',
    );
    if (!wb.ok) throw new Error(wb.error);
    const s = wb.value.sheets[0];
    const first = s.rows[0];
    expect(Array.from({ length: 40 }, (_, c) => isWholeNumber(s.numbers, first, c))).toEqual(
      Array.from({ length: 40 }, (_, c) => c % 2 === 0),
    );
    // The merged 7 (A2:B3) is a number in all four cells.
    expect([s.rows[1], s.rows[2]].flatMap((r) => [0, 1].map((c) => isWholeNumber(s.numbers, r, c)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isWholeNumber(s.numbers, s.rows[1], 2)).toBe(false);
  });
});
