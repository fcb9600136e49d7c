import { describe, expect, it } from 'vitest';
import type { FinalDraft } from '../../../src-core/domain/draft/types';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { importFinalFile, previewFinalImportFile } from '../../../src-core/import/final-import-file';
import { newFinalDraft } from '../../../src-core/import/final-plan-import';
import { blankFinalTemplate, finalDraftToTemplate } from '../../../src-core/import/final-template';
import { isTemplateGuide } from '../../../src-core/import/template-guide';
import { readWorkbook } from '../../../src-core/import/read-workbook';
import { classifySheet, proposeMapping } from '../../../src-core/import/mapping';
import { FINAL_SHEET_KINDS } from '../../../src-core/import/final-fields';
import { testResources } from '../fixture-resources';
import { xlsx } from '../import/helpers';
import { finalEngineFor, huangpiDraft } from './helpers';

const catalogs = () => testResources().catalogs.forYear(2024);

/** An invented two-unit department with no lines yet. */
function base(): FinalDraft {
  const d = newFinalDraft({ year: 2024, department: { code: '101', name: '某市示范局' }, amountUnit: 'yuan' });
  return {
    ...d,
    units: [
      { code: '101001', name: '某市示范局（本级）', type: 'admin' },
      { code: '101002', name: '某市示范中心', type: 'institution' },
    ],
    projects: [
      {
        code: 'P01',
        unit: '101002',
        name: '示范平台运维',
        parent: '',
        category: '',
        period: '',
        basis: '',
        goal: '',
        executionWeight: null,
        indicators: [],
      },
    ],
  };
}

const EXPENSE_HEADER = [
  '单位编码',
  '功能科目编码',
  '经济科目编码',
  '支出类型',
  '资金来源',
  '项目编码',
  '决算数（万元）',
];
const EXPENSES = [
  ['101001', '2010301', '30101', '人员经费', '一般公共预算财政拨款收入', '', 120.5],
  ['101001', '2010301', '30201', '公用经费', '一般公共预算财政拨款收入', '', 8.25],
  ['101001', '2080505', '30108', '人员经费', '一般公共预算财政拨款收入', '', 15.1234],
  ['101002', '2120801', '30226', '项目支出', '政府性基金预算财政拨款收入', 'P01', 40],
  ['101002', '2010301', '30201', '公用经费', '事业收入', '', 6.5],
  ['101002', '2010301', '30399', '事业单位经营支出', '经营收入', '', 2.75],
];
const INCOME = [
  ['单位编码', '资金来源', '功能科目编码', '决算数（万元）'],
  ['101001', '一般公共预算财政拨款', '2010301', 128.75],
  ['101001', '一般公共预算财政拨款', '2080505', 15.1234],
  ['101002', '政府性基金预算财政拨款收入', '2120801', 45],
  ['101002', '事业收入', '2010301', 10],
  ['101002', '经营收入', '2010301', 3],
];
const BALANCES = [
  ['单位编码', '资金来源', '功能科目编码', '年初结转和结余（万元）', '使用非财政拨款结余（万元）', '结余分配（万元）'],
  ['101001', '一般公共预算财政拨款收入', '', 20, '', ''],
  ['101002', '政府性基金预算财政拨款收入', '2120801', 5, '', ''],
  ['101002', '事业收入', '', 12, 1.5, 0.5],
];

async function invented(expenses: unknown[][] = EXPENSES): Promise<Uint8Array> {
  return xlsx([
    { name: '支出决算明细', rows: [EXPENSE_HEADER, ...expenses] },
    { name: '收入决算', rows: INCOME },
    { name: '结转结余', rows: BALANCES },
  ]);
}

const D = (s: string | undefined) => new Decimal(s ?? '0');
const sum = (xs: readonly { amount: string }[]) => xs.reduce((s, x) => s.plus(x.amount), new Decimal(0));

describe('决算 import', () => {
  it('a workbook of invented 决算 lines imports; F03/F02/F01 derive from exactly those lines', async () => {
    const r = await importFinalFile(await invented(), '示范局2024决算.xlsx', base(), catalogs());
    if (!r.ok) throw new Error(r.error.join('\n'));
    const { draft, preview } = r.value;
    expect(preview.problems).toEqual([]);
    expect(preview.sheets.map((s) => s.kind)).toEqual(['finalExpenses', 'finalIncome', 'balances']);
    expect(draft.expenses).toHaveLength(6);
    // 万元 in the file, 元 in the draft: converted exactly.
    expect(draft.expenses[0]).toEqual({
      unit: '101001',
      function: '2010301',
      economic: '30101',
      kind: 'personnel',
      source: 'gpb',
      amount: '1205000.00',
      project: null,
    });
    expect(draft.expenses[2].amount).toBe('151234.00');
    expect(draft.expenses[3]).toMatchObject({ source: 'gf', kind: 'project', project: 'P01' });
    expect(draft.income.map((l) => l.source)).toEqual(['gpb', 'gpb', 'gf', 'business', 'operating']);
    expect(draft.balances).toEqual([
      { unit: '101001', source: 'gpb', opening: '200000.00' },
      { unit: '101002', source: 'gf', function: '2120801', opening: '50000.00' },
      { unit: '101002', source: 'business', opening: '120000.00', surplusUsed: '15000.00', distribution: '5000.00' },
    ]);

    const tables = new Map(
      finalEngineFor(draft)
        .tables()
        .map((t) => [t.id, t]),
    );
    const cell = (id: string, row: string, col: string) =>
      D(tables.get(id)!.rows.find((x) => x.key === row)?.exact[col]);
    const wan = (yuan: Decimal) => yuan.div(10000);
    // F03 支出决算表: the total and its 基本/项目/经营 columns are the lines' sums.
    expect(cell('F03', 'total', 'total').eq(wan(sum(draft.expenses)))).toBe(true);
    const byKind = (kinds: string[]) => wan(sum(draft.expenses.filter((l) => kinds.includes(l.kind))));
    expect(cell('F03', 'total', 'basic').eq(byKind(['personnel', 'public']))).toBe(true);
    expect(cell('F03', 'total', 'project').eq(byKind(['project']))).toBe(true);
    expect(cell('F03', 'total', 'operating').eq(byKind(['operating']))).toBe(true);
    expect(
      cell('F03', 'fn:2010301', 'total').eq(wan(sum(draft.expenses.filter((l) => l.function === '2010301')))),
    ).toBe(true);
    expect(cell('F03', 'total', 'total').toFixed()).toBe('193.1234');
    // F02 收入决算表 and F01's 年初结转和结余 from the other two sheets.
    expect(cell('F02', 'total', 'total').eq(wan(sum(draft.income)))).toBe(true);
    expect(cell('F01', 'in:opening', 'amount').toFixed()).toBe('37');
    expect(cell('F01', 'in:total', 'amount').eq(cell('F01', 'out:total', 'amount'))).toBe(true);
  });

  it('one broken row refuses the whole file, naming sheet, row and column; the draft is not changed', async () => {
    const bad = EXPENSES.map((r) => [...r]);
    bad[1][2] = '30288'; // 第 3 行: no such 经济科目
    bad[4][4] = '上年结转-事业收入'; // 第 6 行: a carried-over source
    const before = base();
    const text = saveFinalDraftText(before);
    const r = await importFinalFile(await invented(bad), 'bad.xlsx', before, catalogs());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]).toBe('有 2 处问题，未导入任何数据：');
    expect(r.error[1]).toMatch(
      /^工作表“支出决算明细”第 3 行 C 列（经济科目编码）：编码“30288”不在 \d{4} 年部门预算支出经济分类科目中/,
    );
    expect(r.error[2]).toMatch(/^工作表“支出决算明细”第 6 行 E 列（资金来源）：决算不区分是否上年结转/);
    expect(saveFinalDraftText(before)).toBe(text);
  });

  it('结转结余: 结余分配 on 财政拨款, a 政府性基金 balance without its function, a repeated balance are refused', async () => {
    const bytes = await xlsx([
      { name: '支出决算明细', rows: [EXPENSE_HEADER, EXPENSES[0]] },
      {
        name: '结转结余',
        rows: [
          ['单位编码', '资金来源', '功能科目编码', '年初结转和结余', '使用非财政拨款结余', '结余分配'],
          ['101001', '一般公共预算财政拨款收入', '', 10, '', 2],
          ['101002', '政府性基金预算财政拨款收入', '', 5, '', ''],
          ['101002', '事业收入', '', 1, '', ''],
          ['101002', '事业收入', '', 2, '', ''],
        ],
      },
    ]);
    const p = await previewFinalImportFile(bytes, 'b.xlsx', { base: base(), catalogs: catalogs() });
    if (!p.ok) throw new Error(p.error);
    const lines = p.value.problems.map((x) => `${x.row}${x.column ?? ''} ${x.message}`);
    expect(lines).toEqual([
      '2F 结余分配不能用于财政拨款（一般公共预算财政拨款收入），请删去或改填其他资金来源',
      '3C 政府性基金预算财政拨款的结转结余须填写功能科目编码（公开07表按功能分类列示）',
      '5 与第 4 行的单位、资金来源相同：同一来源的结转结余只填一行',
    ]);
  });

  it('append adds to the draft’s lines; a sheet the file lacks keeps the draft’s own', async () => {
    const first = await importFinalFile(await invented(), 'a.xlsx', base(), catalogs());
    if (!first.ok) throw new Error(first.error.join('\n'));
    const onlyExpenses = await xlsx([{ name: '支出决算明细', rows: [EXPENSE_HEADER, EXPENSES[0]] }]);
    const second = await importFinalFile(onlyExpenses, 'b.xlsx', first.value.draft, catalogs(), { mode: 'append' });
    if (!second.ok) throw new Error(second.error.join('\n'));
    expect(second.value.draft.expenses).toHaveLength(7);
    expect(second.value.draft.income).toEqual(first.value.draft.income);
    expect(second.value.draft.balances).toEqual(first.value.draft.balances);
    expect(second.value.preview.warnings.map((w) => w.message)).toEqual(['金额单位为万元，已换算为草稿的元']);
  });

  it('two sheets that both look like 支出决算明细: nothing is imported until one is named', async () => {
    const bytes = await xlsx([
      { name: '支出决算明细', rows: [EXPENSE_HEADER, EXPENSES[0]] },
      { name: '支出决算（旧）', rows: [EXPENSE_HEADER, EXPENSES[1], EXPENSES[2]] },
    ]);
    const refused = await importFinalFile(bytes, 'two.xlsx', base(), catalogs());
    expect(refused.ok ? [] : refused.error).toEqual([
      '有 1 处问题，未导入任何数据：',
      '文件中有 2 个工作表都像支出决算明细：“支出决算明细”、“支出决算（旧）”。请指定要导入的工作表。',
    ]);
    const chosen = await importFinalFile(bytes, 'two.xlsx', base(), catalogs(), { expenseSheet: '支出决算（旧）' });
    if (!chosen.ok) throw new Error(chosen.error.join('\n'));
    expect(chosen.value.draft.expenses.map((l) => l.economic)).toEqual(['30201', '30108']);
    expect(chosen.value.preview.ignoredSheets).toEqual(['支出决算明细']);
  });

  it('a CSV of one sheet is read as 支出决算明细', async () => {
    const csv =
      '单位编码,功能科目编码,经济科目编码,支出类型,资金来源,决算数\n101001,2010301,30101,人员经费,一般公共预算财政拨款收入,"1,000.50"\n';
    const r = await importFinalFile(new TextEncoder().encode(csv), '支出.csv', base(), catalogs());
    if (!r.ok) throw new Error(r.error.join('\n'));
    expect(
      r.value.draft.expenses.map((l) => `${l.unit} ${l.function} ${l.economic} ${l.kind} ${l.source} ${l.amount}`),
    ).toEqual(['101001 2010301 30101 personnel gpb 1000.50']);
  });

  it('the 黄陂 决算 goes out to the 决算 template and comes back line for line', async () => {
    const d = huangpiDraft();
    const bytes = await finalDraftToTemplate(d);
    const r = await importFinalFile(bytes, '黄陂.xlsx', { ...d, expenses: [], income: [], balances: [] }, catalogs());
    if (!r.ok) throw new Error(r.error.join('\n'));
    expect(saveFinalDraftText(r.value.draft)).toBe(saveFinalDraftText(d));
  });

  it('the blank 决算 template: every sheet recognised, every header mapped', async () => {
    const wb = await readWorkbook(await blankFinalTemplate('wanyuan'), 't.xlsx');
    if (!wb.ok) throw new Error(wb.error);
    expect(wb.value.sheets.map((s) => s.name)).toEqual([
      '支出决算明细',
      '收入决算',
      '结转结余',
      '单位',
      '项目',
      '填写说明',
    ]);
    for (const s of wb.value.sheets.filter((x) => !isTemplateGuide(x))) {
      const kind = classifySheet(s, FINAL_SHEET_KINDS);
      expect(kind, s.name).not.toBeNull();
      const m = proposeMapping(s, kind!)!;
      expect(m.unmapped, s.name).toEqual([]);
      expect(m.missing, s.name).toEqual([]);
    }
    const expenses = proposeMapping(wb.value.sheets[0], 'finalExpenses')!;
    expect(expenses.amountUnit).toBe('wanyuan');
    expect(expenses.headers).not.toContain('是否上年结转');
  });
});
