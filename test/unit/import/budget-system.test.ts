import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src-core/domain/money/decimal';
import type { Draft, ExpenseLine } from '../../../src-core/domain/draft/types';
import type { ImportPreview } from '../../../src-core/import/import-workbook';
import { applyImport } from '../../../src-core/import/plan-import';
import { formatRowProblem } from '../../../src-core/import/rows';
import { engineFor } from '../fixture-resources';
import { bareBase, preview, xlsx } from './helpers';
import {
  EXPECTED_LINES,
  EXPECTED_TOTAL,
  LONG_HEADER,
  LONG_ROWS,
  longShapeRows,
  longShapeXls,
  longShapeXlsx,
  WIDE_EXPECTED,
  wideShapeRows,
  wideShapeXlsx,
} from './budget-system-workbooks';

/** A new draft in 元 (published in 元, so the tables show the lines' own amounts). */
const base = (): Draft => ({ ...bareBase(), amountUnit: 'yuan', publishUnit: 'yuan' });
const lines = (p: ImportPreview) => p.expenses.map((e) => e.line);
const withNotes = <T extends object>(xs: readonly T[]) => xs.map((l) => ({ ...l, note: '' }));

function applied(p: ImportPreview, b = base(), incomeFromExpenses = false): Draft {
  const r = applyImport(b, p, { mode: 'replace', confirmed: true, incomeFromExpenses });
  if (!r.ok) throw new Error(r.error.join('\n'));
  return r.value;
}

/** The derived 部门支出总表 (T03) equals what the lines say: per 功能科目 row, 总计 and 项目支出; the total row. */
function expectTablesEqualLines(draft: Draft): void {
  const t03 = engineFor(draft, 'national')
    .tables()
    .find((t) => t.id === 'T03')!;
  const sum = (pick: (l: ExpenseLine) => boolean) =>
    draft.expenses.filter(pick).reduce((s, l) => s.plus(l.amount), new Decimal(0));
  const functions = [...new Set(draft.expenses.map((l) => l.function))];
  for (const fn of functions) {
    const row = t03.rows.find((r) => r.code === fn)!;
    expect(new Decimal(row.exact.total).equals(sum((l) => l.function === fn)), `T03 ${fn} 总计`).toBe(true);
    expect(
      new Decimal(row.exact.project ?? 0).equals(sum((l) => l.function === fn && l.kind === 'project')),
      `T03 ${fn} 项目支出`,
    ).toBe(true);
  }
  const total = t03.rows.find((r) => r.key === 'total')!;
  expect(new Decimal(total.exact.total).equals(sum(() => true))).toBe(true);
}

describe('预算管理一体化系统 exports (issue 13)', () => {
  it('the long shape: title and 单位 rows above the header, 项目类别, 资金性质 + 资金来源, “code name” cells', async () => {
    const p = await preview(await longShapeXlsx(), '支出预算.xlsx', { base: base() });
    expect(p.problems.map(formatRowProblem)).toEqual([]);
    const m = p.sheets[0].mapping;
    expect(m.headerRow).toBe(3);
    expect(m.amountUnit).toBe('yuan');
    expect(m.columns).toMatchObject({
      unit: 0,
      category: 1,
      subCategory: 2,
      economic: 7,
      govEconomic: 6,
      fundNature: 9,
      source: 10,
      amount: 11,
    });
    expect(lines(p)).toEqual(withNotes(EXPECTED_LINES));
    expect(p.expenseTotal).toBe(EXPECTED_TOTAL);
    // Units named “code name” are created (the export has no 单位 sheet), their type for the officer to check.
    expect(p.units).toEqual([
      { code: '301001', name: '示例县数字化服务局', type: 'admin' },
      { code: '301002', name: '示例县数据资源中心', type: 'institution' },
    ]);
    expect(p.warnings.map(formatRowProblem)).toContain(
      '工作表“支出预算”第 10 行：单位“301002 示例县数据资源中心”不在草稿中，已新建；单位类型无法从文件得知，已按名称暂定为“事业单位”，请在“单位”中核对',
    );
    // Only 项目支出 lines keep their project: 人员类 and 公用经费 projects are the system's bookkeeping.
    expect(p.projects.map((x) => [x.code, x.unit, x.name])).toEqual([
      ['50010024R000000000202', '301001', '数据平台运维'],
      ['50010024X000000000301', '301001', '政务数据共享平台建设'],
      ['50010024X000000000302', '301002', '数据资源普查'],
    ]);
    expectTablesEqualLines(applied(p));
  });

  it('the wide shape: one line per non-empty fund cell, 上年结转 read as money, 万元 from the title rows', async () => {
    const p = await preview(await wideShapeXlsx(), '部门支出预算表.xlsx', { base: base() });
    expect(p.problems.map(formatRowProblem)).toEqual([]);
    const m = p.sheets[0].mapping;
    expect(m.amountUnit).toBe('wanyuan');
    expect(m.columns.carryover).toBeUndefined();
    expect(m.funds?.map((f) => [f.header, f.source, f.carryover])).toEqual([
      ['公共预算拨款', 'gpb', false],
      ['政府性基金拨款', 'gf', false],
      ['财政专户管理资金', 'special', false],
      ['事业收入', 'business', false],
      ['事业单位经营收入', 'operating', false],
      ['其他自有资金', 'other', false],
      ['上年结转', 'gpb', true],
    ]);
    expect(lines(p)).toEqual(withNotes(WIDE_EXPECTED));
    expect(p.warnings.map(formatRowProblem).join('\n')).toMatch(
      /“上年结转”列没有注明是哪类资金的结转，已按一般公共预算上年结转导入（1 行）/,
    );
    expectTablesEqualLines(applied(p));
  });

  it('a plain 上年结转 column of 是/否 stays the 是否上年结转 flag', async () => {
    const p = await preview(
      await xlsx([
        {
          name: '支出明细',
          rows: [
            ['单位编码', '功能科目编码', '经济科目编码', '支出类型', '资金来源', '上年结转', '金额'],
            ['167001', '2010301', '30201', '公用经费', '一般公共预算', '是', 100],
          ],
        },
      ]),
      'a.xlsx',
    );
    expect(p.problems).toEqual([]);
    expect(p.sheets[0].mapping.funds).toBeUndefined();
    expect(lines(p)[0]).toMatchObject({ source: 'gpb', carryover: true, amount: '100' });
  });

  it('a legacy .xls of the long shape reads as the .xlsx does', async () => {
    const p = await preview(longShapeXls(), '支出预算.xls', { base: base() });
    expect(p.problems.map(formatRowProblem)).toEqual([]);
    expect(lines(p)).toEqual(withNotes(EXPECTED_LINES));
    expectTablesEqualLines(applied(p));
  });

  it('bad rows: all or nothing, every reason in Chinese with sheet, row and column', async () => {
    const bad = LONG_ROWS.map((r) => [...r]);
    bad[0][1] = '奖励类项目'; // 项目类别
    bad[3][2] = '差旅类'; // 支出项目类别 under 运转类项目
    bad[7][10] = '财政拨款'; // 单位资金 paid by 财政拨款
    bad[8][9] = '自筹'; // 资金性质
    bad[9][7] = '38888 不存在'; // 部门预算经济分类
    const p = await preview(await xlsx([{ name: '支出预算', rows: [LONG_HEADER, ...bad] }]), 'a.xlsx', {
      base: base(),
    });
    const m = p.problems.map(formatRowProblem);
    expect(m).toEqual([
      '工作表“支出预算”第 2 行 B 列（项目类别）：无法识别项目类别“奖励类项目”（应为人员类项目、运转类项目（公用经费或其他运转类）或特定目标类项目）',
      '工作表“支出预算”第 5 行 C 列（支出项目类别）：运转类项目的支出项目类别“差旅类”无法识别（应为公用经费或其他运转类）',
      '工作表“支出预算”第 9 行 K 列（资金来源）：单位资金的资金来源“财政拨款”无法识别（应为事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入、其他收入或上年结转）',
      '工作表“支出预算”第 10 行 J 列（资金性质）：无法识别资金性质“自筹”（应为一般公共预算资金、政府性基金预算资金、国有资本经营预算资金、财政专户管理资金或单位资金）',
      expect.stringMatching(
        /^工作表“支出预算”第 11 行 H 列（部门预算经济分类）：编码“38888”不在 \d{4} 年部门预算支出经济分类科目中/,
      ),
    ]);
    expect(p.counts).toMatchObject({ rows: 10, rejected: 5, accepted: 5 });
    const r = applyImport(base(), p, { mode: 'replace', confirmed: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toBe('有 5 处问题，未导入任何数据：');
  });

  it('the wide shape refuses a row whose 预算金额 is not the sum of its fund cells', async () => {
    const rows = wideShapeRows();
    rows[4][7] = 121; // 预算金额 of row 5 (its 公共预算拨款 is 80)
    const p = await preview(await xlsx([{ name: '支出', rows }]), 'a.xlsx', { base: base() });
    expect(p.problems.map(formatRowProblem)).toEqual([
      '工作表“支出”第 5 行 H 列（预算金额）：预算金额 121 与各资金列之和 800000 不相等（公共预算拨款、政府性基金拨款、财政专户管理资金、事业收入、事业单位经营收入、其他自有资金、上年结转）',
    ]);
  });

  it('由支出生成收入: one income line per unit × source, equal to the expenses; the draft balances', async () => {
    const p = await preview(await longShapeXlsx(), '支出预算.xlsx', { base: base() });
    expect(p.income).toBeNull();
    const d = applied(p, base(), true);
    expect(d.income).toEqual([
      { unit: '301001', source: 'gpb', carryover: false, amount: '2900000.00' },
      { unit: '301001', source: 'gpb', carryover: true, amount: '200000.00' },
      { unit: '301002', source: 'gpb', carryover: false, amount: '600000.00' },
      { unit: '301002', source: 'special', carryover: false, amount: '80000.00' },
      { unit: '301002', source: 'business', carryover: false, amount: '20000.00' },
      { unit: '301002', source: 'unit', carryover: true, amount: '35000.50' },
    ]);
    const status = engineFor(d, 'national').status();
    expect(status.balanced).toBe(true);
    expect(status.income).toBe(status.expense);
    // Without the option an expense-only file leaves the income as it was.
    expect(applied(p).income).toEqual([]);
  });

  it('“单位：万元” above the header converts the amounts', async () => {
    const rows = longShapeRows();
    rows[1][11] = '单位：万元';
    const p = await preview(await xlsx([{ name: '支出预算', rows }]), 'a.xlsx', { base: base() });
    expect(p.problems).toEqual([]);
    expect(p.expenses[1].line.amount).toBe('8000000000.00');
  });
});
