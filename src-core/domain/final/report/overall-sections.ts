import type { Cents } from '../../money/cents';
import { barChart, pieChart } from '../../report/charts';
import { concatInline, inline } from '../../report/inline';
import type { Block, PieChart } from '../../report/model';
import { paragraph, section } from '../../report/writer';
import type { FinalWriter } from './final-writer';

/**
 * 一 收入支出决算总体情况 · 二 收入决算 · 三 支出决算 · 四 财政拨款收入支出决算总体情况, with 图1–4
 * (docs/final-accounts.md). Totals are F01/F04 cells, the parts of 二 and 三 the total rows of F02
 * and F03.
 */
export function overallSections(w: FinalWriter): Block[] {
  return [overall(w), income(w), expense(w), fiscal(w)];
}

const chartNo = (n: number, title: string) => `图${n}：${title}`;

function overall(w: FinalWriter): Block {
  const f = w.figures;
  const total = f.cell('F01', 'in:total', 'amount');
  const expenseTotal = f.cell('F01', 'out:total', 'amount');
  const prior = w.priorOf('incomeTotal', total);
  const priorExpense = w.priorOf('expenseTotal', expenseTotal);
  const blocks: Block[] = [
    paragraph(
      concatInline(
        `${w.year}年度收、支总计均为${w.amt(total)}。`,
        prior ? inline`${w.compare('收、支总计', total, prior)}。` : [],
      ),
    ),
    {
      kind: 'chart',
      chart: barChart(
        'final-totals',
        chartNo(1, '收、支决算总计变动情况'),
        [`${w.priorYear}年度`, `${w.year}年度`],
        [
          { name: '收入总计', now: total, prior: prior?.cents ?? null },
          { name: '支出总计', now: expenseTotal, prior: priorExpense?.cents ?? null },
        ],
      ),
    },
  ];
  return section('final.overall', '收入支出决算总体情况说明', 'cn', blocks);
}

/** The sources of 本年收入 as 公开02表 groups them (财政拨款 together). */
const INCOME_PARTS: readonly [string, string][] = [
  ['fiscal', '财政拨款收入'],
  ['superior', '上级补助收入'],
  ['business', '事业收入'],
  ['operating', '经营收入'],
  ['subsidiary', '附属单位上缴收入'],
  ['other', '其他收入'],
];

/** The uses of 本年支出 as 公开03表 prints them. */
const EXPENSE_PARTS: readonly [string, string][] = [
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['toSuperior', '上缴上级支出'],
  ['operating', '经营支出'],
  ['toSubsidiary', '对附属单位补助支出'],
];

/** “其中：A X万元，占本年收入Y%；B …。” over the non-zero parts, with the pie of the same shares. */
function partsOf(
  w: FinalWriter,
  table: string,
  names: readonly [string, string][],
  whole: string,
): { text: string; pie: (no: number, title: string, id: string) => PieChart } {
  const parts = names.map(([key, name]) => ({ name, cents: w.figures.cell(table, 'total', key) as Cents }));
  const shares = w.shares(parts.map((p) => p.cents));
  const listed = parts.map((p, i) => ({ ...p, share: shares[i] })).filter((p) => p.cents !== 0);
  const text =
    listed.length === 0
      ? ''
      : `其中：${listed.map((p) => `${p.name}${w.amt(p.cents)}，占${whole}${p.share}`).join('；')}。`;
  const pie = (no: number, title: string, id: string): PieChart => {
    const chart = pieChart(id, chartNo(no, title), parts);
    // The slices print the document's precision, the shares of the sentence.
    const byName = new Map(listed.map((p) => [p.name, p.share]));
    return {
      ...chart,
      slices: chart.slices.map((s) => ({ ...s, share: (byName.get(s.label) ?? s.share).replace('%', '') })),
    };
  };
  return { text, pie };
}

function income(w: FinalWriter): Block {
  const f = w.figures;
  const now = f.cell('F01', 'in:subtotal', 'amount');
  const prior = w.priorOf('income', now, [['incomeTotal', f.cell('F01', 'in:total', 'amount')]]);
  const { text, pie } = partsOf(w, 'F02', INCOME_PARTS, '本年收入');
  return section('final.income', '收入决算情况说明', 'cn', [
    paragraph(
      concatInline(
        `${w.year}年度收入合计${w.amt(now)}`,
        prior ? inline`，${w.compare('收入合计', now, prior, false)}` : [],
        `。${text}`,
      ),
    ),
    { kind: 'chart', chart: pie(2, '收入决算结构', 'final-income') },
  ]);
}

function expense(w: FinalWriter): Block {
  const f = w.figures;
  const now = f.cell('F01', 'out:subtotal', 'amount');
  const prior = w.priorOf('expense', now, [['expenseTotal', f.cell('F01', 'out:total', 'amount')]]);
  const { text, pie } = partsOf(w, 'F03', EXPENSE_PARTS, '本年支出');
  return section('final.expense', '支出决算情况说明', 'cn', [
    paragraph(
      concatInline(
        `${w.year}年度支出合计${w.amt(now)}`,
        prior ? inline`，${w.compare('支出合计', now, prior, false)}` : [],
        `。${text}`,
      ),
    ),
    { kind: 'chart', chart: pie(3, '支出决算结构', 'final-expense') },
  ]);
}

/** 财政拨款 income by fund, with the key of last year's figure. */
const FISCAL_FUNDS: readonly { row: string; key: string; name: string }[] = [
  { row: 'in:gpb', key: 'gpbIncome', name: '一般公共预算财政拨款收入' },
  { row: 'in:gf', key: 'gfIncome', name: '政府性基金预算财政拨款收入' },
  { row: 'in:soc', key: 'socIncome', name: '国有资本经营预算财政拨款收入' },
];

function fiscal(w: FinalWriter): Block {
  const f = w.figures;
  const total = f.cell('F04', 'in:total', 'amount');
  const outTotal = f.cell('F04', 'out:total', 'total');
  const fiscalIncome = f.cell('F04', 'in:subtotal', 'amount');
  const prior = w.priorOf('fiscalTotal', total, [['fiscal', fiscalIncome]]);
  const funds = FISCAL_FUNDS.map((x) => ({ ...x, cents: f.cell('F04', x.row, 'amount') })).filter((x) => x.cents !== 0);
  const fundText = funds.map((x) => {
    const p = w.priorOf(x.key, x.cents, [['fiscal', fiscalIncome]]);
    if (!p) return inline`${x.name}${w.amt(x.cents)}`;
    const change = w.change(x.cents, p.cents);
    return change === '持平'
      ? inline`${x.name}${w.amt(x.cents)}，与${w.priorYear}年度决算数持平`
      : inline`${x.name}${w.amt(x.cents)}，比${w.priorYear}年度决算数${change}${w.reason(p.key)}`;
  });
  const blocks: Block[] = [
    paragraph(
      concatInline(
        `${w.year}年度财政拨款收、支总计均为${w.amt(total)}。`,
        prior ? inline`${w.compare('财政拨款收、支总计各', total, prior)}。` : [],
      ),
    ),
  ];
  if (funds.length > 0)
    blocks.push(paragraph(concatInline(`${w.year}年度财政拨款收入中，`, ...joinWith(fundText, '；'), '。')));
  blocks.push({
    kind: 'chart',
    chart: barChart(
      'final-fiscal',
      chartNo(4, '财政拨款收、支决算总计变动情况'),
      [`${w.priorYear}年度`, `${w.year}年度`],
      [
        { name: '财政拨款收入总计', now: total, prior: prior?.cents ?? null },
        { name: '财政拨款支出总计', now: outTotal, prior: prior?.cents ?? null },
      ],
    ),
  });
  return section('final.fiscal', '财政拨款收入支出决算总体情况说明', 'cn', blocks);
}

function joinWith<T>(items: readonly T[], sep: string): (T | string)[] {
  return items.flatMap((x, i) => (i === 0 ? [x] : [sep, x]));
}
