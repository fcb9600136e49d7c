import { describe, expect, it } from 'vitest';
import { formatRowProblem } from '../../../src-core/import/rows';
import { csvBytes, line, preview, TEMPLATE_HEADER, xlsx } from './helpers';

const sheet = async (rows: unknown[][]) => xlsx([{ name: '支出明细', rows: [TEMPLATE_HEADER, ...rows] }]);
const messages = (p: { problems: Parameters<typeof formatRowProblem>[0][] }) => p.problems.map(formatRowProblem);

describe('row validation (支出明细)', () => {
  it('accepts good rows: full-width digits, thousands separators, codes with names, 上年结转', async () => {
    const p = await preview(
      await sheet([
        line({ amount: '１２３４．５' }),
        line({ amount: '1,234,567.00', economic: '30102 津贴补贴' }),
        line({ kind: '公用经费', economic: '30201', source: '一般公共预算拨款收入', carry: '是', amount: 10 }),
        line({ kind: '项目支出', economic: '30201', project: '167001-01', amount: 5 }),
      ]),
      'a.xlsx',
    );
    expect(messages(p)).toEqual([]);
    expect(p.expenses.map((e) => e.line.amount)).toEqual(['1234.5', '1234567.00', '10', '5']);
    expect(p.expenses[2].line).toMatchObject({ source: 'gpb', carryover: true, kind: 'public', project: null });
    expect(p.expenses[3].line.project).toBe('167001-01');
    expect(p.expenseTotal).toBe('1235816.50');
  });

  it('lists every reason with 第 N 行 and the column, and accepts nothing from those rows', async () => {
    const p = await preview(
      await sheet([
        line({ amount: '13,6' }),
        line({ function: '2999999', economic: '38888' }),
        line({ amount: '十万元整' }),
        line({ unit: '' }),
        line({ unit: '999999' }),
        line({ kind: '奖金', source: '财政拨' }),
        line({ kind: '项目支出' }),
        line({ kind: '人员经费', project: '167001-01' }),
        line({ function: '201' }),
        line({ source: '事业收入', carry: '是' }),
        line({ project: 'P-9', kind: '项目支出' }),
      ]),
      'a.xlsx',
    );
    const m = messages(p);
    expect(p.expenses).toEqual([]);
    expect(p.counts).toMatchObject({ rows: 11, rejected: 11, accepted: 0 });
    expect(m[0]).toBe(
      '工作表“支出明细”第 2 行 J 列（金额）：无法识别金额“13,6”：逗号后应为三位数字的千分位，小数请用小数点',
    );
    expect(m).toContain(
      '工作表“支出明细”第 3 行 C 列（功能科目编码）：编码“2999999”不在 2025 年支出功能分类科目中，请核对编码或先导入本年度科目表',
    );
    expect(m.some((x) => x.startsWith('工作表“支出明细”第 3 行 D 列（经济科目编码）'))).toBe(true);
    expect(m.find((x) => x.includes('第 4 行'))).toMatch(/J 列（金额）：无法识别金额“十万元整”/);
    expect(m.find((x) => x.includes('第 5 行'))).toMatch(/A 列（单位编码）：缺少单位编码/);
    expect(m.find((x) => x.includes('第 6 行'))).toMatch(/单位“999999”不在单位表中/);
    expect(m.filter((x) => x.includes('第 7 行'))).toHaveLength(2);
    expect(m.find((x) => x.includes('第 7 行'))).toMatch(/E 列（支出类型）：无法识别支出类型“奖金”/);
    expect(m.find((x) => x.includes('第 8 行'))).toMatch(/H 列（项目编码）：项目支出必须填写项目编码/);
    expect(m.find((x) => x.includes('第 9 行'))).toMatch(/不能填写项目编码/);
    expect(m.find((x) => x.includes('第 10 行'))).toMatch(/是类级科目，应填到项级（7 位编码）/);
    expect(m.find((x) => x.includes('第 11 行'))).toMatch(/资金来源“事业收入”不能用于上年结转结余/);
    expect(m.find((x) => x.includes('第 12 行'))).toMatch(/项目“P-9”不在项目表中/);
  });

  it('flags identical rows as duplicates (a warning, not a refusal)', async () => {
    const p = await preview(await sheet([line(), line({ economic: '30102' }), line({ amount: 200 })]), 'a.xlsx');
    expect(p.duplicates).toEqual([{ row: 4, firstRow: 2 }]);
    expect(p.warnings.map(formatRowProblem)).toContain(
      '工作表“支出明细”第 4 行：与第 2 行的单位、功能科目、经济科目、支出类型、资金来源、是否结转和项目完全相同，请确认不是重复录入',
    );
    expect(p.expenses).toHaveLength(3);
  });

  it('error values and formulas in used cells are reasons for that cell', async () => {
    const p = await preview(
      await sheet([
        line({ amount: { formula: 'J3*2', result: { error: '#REF!' } } }),
        line({ amount: { formula: '1+1', result: 2 } }),
      ]),
      'a.xlsx',
    );
    expect(messages(p)).toEqual([
      '工作表“支出明细”第 2 行 J 列（金额）：单元格是错误值 #REF!（引用无效），请在 Excel/WPS 中修正公式后再导入',
    ]);
    expect(p.expenses.map((e) => e.line.amount)).toEqual(['2']);
  });

  it('skips 合计 rows; a project named on the line is created', async () => {
    const p = await preview(
      await sheet([
        line({ kind: '项目支出', project: 'P-NEW', projectName: '新项目', economic: '30201' }),
        ['合计', '', '', '', '', '', '', '', '', 100],
      ]),
      'a.xlsx',
    );
    expect(messages(p)).toEqual([]);
    expect(p.projects).toEqual([
      expect.objectContaining({ code: 'P-NEW', name: '新项目', unit: '167001', indicators: [] }),
    ]);
    expect(p.warnings.map(formatRowProblem)).toEqual(['工作表“支出明细”第 3 行：合计行，已跳过（合计由明细自动计算）']);
  });

  it('a CSV that does not follow the template: synonyms, 万元 header converted to the draft’s 元', async () => {
    const text =
      '预算单位,支出功能分类科目编码,部门预算支出经济分类,经费类型,资金性质,金额（万元）,无关列\n167001,2010301,30101,人员经费,一般公共预算,1.2345,x\n';
    const p = await preview(csvBytes(text), 'x.csv');
    expect(messages(p)).toEqual([]);
    expect(p.expenses[0].line.amount).toBe('12345.00');
    expect(p.sheets[0].mapping.unmapped).toEqual([{ column: 6, header: '无关列' }]);
    expect(p.warnings.map(formatRowProblem)).toContain('工作表“x”：金额单位为万元，已换算为草稿的元');
  });
});
