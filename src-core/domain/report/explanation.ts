import { barChart, pieChart } from './charts';
import type { Block, Section } from './model';
import { printsZero, sentence } from './numbers';
import { EXPLANATION_SECTIONS, type ExplanationSectionId } from './profile';
import { expenseSection } from './expense-section';
import { fundSection } from './fund-sections';
import { inline } from './inline';
import { otherSection } from './other-section';
import { threeSection } from './three-section';
import { paragraph, section, sharedList, stripExpenseSuffix, type Writer } from './writer';

/**
 * 部门预算情况说明 (一)…(十) (docs/report.md “情况说明 sections”), in the profile's titles. Every figure
 * comes from the engine (ReportFigures); purposes and reasons from `draft.text`.
 */
export function explanationSections(w: Writer): Section[] {
  const n = w.profile.explanationNumbering;
  const build: Record<ExplanationSectionId, () => { blocks: Block[]; empty?: boolean }> = {
    overall: () => overall(w),
    income: () => income(w),
    expense: () => expenseSection(w),
    fiscal: () => fiscal(w),
    gpb: () => gpb(w),
    basic: () => basic(w),
    gf: () => fundSection(w, 'gf'),
    soc: () => fundSection(w, 'soc'),
    three: () => threeSection(w),
    other: () => otherSection(w),
  };
  return EXPLANATION_SECTIONS.map((id) => {
    const { blocks, empty } = build[id]();
    return w.section(id, w.fill(w.profile.sectionTitles[id]), n, blocks, empty);
  });
}

/** (一) 收支预算总体情况. */
function overall(w: Writer): { blocks: Block[] } {
  const names = w.figures
    .incomeSources()
    .filter((x) => !printsZero(x.cents))
    .map((x) => w.incomeName(x.key, x.name));
  const classes = w.figures
    .expenseClasses()
    .filter((c) => !printsZero(c.cents))
    .map((c) => c.name);
  const includes = [
    ...(names.length > 0 ? [`收入包括：${names.join('、')}`] : []),
    ...(classes.length > 0 ? [`支出包括：${classes.join('、')}`] : []),
  ];
  const total = w.figures.metric('incomeTotal');
  const text =
    `按照综合预算的原则，${w.subject}所有收入和支出均纳入${w.budgetName}管理。${includes.length > 0 ? `${includes.join('；')}。` : ''}` +
    (printsZero(total)
      ? `${w.subject}${w.year}年没有安排收支预算。`
      : `${w.subject}${w.year}年收支总预算${w.amt(total)}。`);
  const blocks: Block[] = [paragraph(text)];
  const inPrior = w.figures.prior('incomeTotal');
  const outPrior = w.figures.prior('expenseTotal');
  if (inPrior || outPrior) {
    blocks.push({
      kind: 'chart',
      chart: barChart(
        'totals',
        `${w.subject}${w.year}年收支总计变动情况（单位：万元）`,
        [`${w.priorYear}年${(inPrior ?? outPrior)!.basis === 'actual' ? '执行数' : '预算数'}`, `${w.year}年预算数`],
        [
          { name: '收入总计', now: total, prior: inPrior?.cents ?? null },
          { name: '支出总计', now: w.figures.metric('expenseTotal'), prior: outPrior?.cents ?? null },
        ],
        w.profile.fixedDecimals,
      ),
    });
  }
  return { blocks };
}

/** (二) 收入预算: total, comparison, every non-zero source with its share. */
function income(w: Writer): { blocks: Block[]; empty?: boolean } {
  const total = w.figures.metric('incomeTotal');
  if (printsZero(total)) {
    const text = inline`${w.subject}${w.year}年没有安排收入预算${w.compare('incomeTotal', total)}。`;
    return { blocks: [paragraph(text)], empty: !w.figures.prior('incomeTotal') };
  }
  const sources = w.figures.incomeSources().map((x) => ({ ...x, name: w.incomeName(x.key, x.name) }));
  const list = sharedList(w, sources);
  const blocks: Block[] = [
    paragraph(inline`${w.subject}${w.year}年收入预算${w.amt(total)}${w.compare('incomeTotal', total)}。`),
    ...(list.length > 0 ? [paragraph(`其中：${list.join('；')}。`)] : []),
  ];
  const pie = pieChart('income', `${w.subject}${w.year}年收入预算结构（单位：万元）`, sources, w.profile.fixedDecimals);
  if (pie.slices.length > 0) blocks.push({ kind: 'chart', chart: pie });
  return { blocks };
}

const FISCAL_INCOME: [string, string][] = [
  ['in:gpb', '一般公共预算拨款收入'],
  ['in:gf', '政府性基金预算拨款收入'],
  ['in:soc', '国有资本经营预算拨款收入'],
  ['in:co.gpb', '上年结转一般公共预算拨款'],
  ['in:co.gf', '上年结转政府性基金预算拨款'],
  ['in:co.soc', '上年结转国有资本经营预算拨款'],
];

/** (四) 财政拨款收支预算总体情况 (T04). */
function fiscal(w: Writer): { blocks: Block[]; empty?: boolean } {
  const hasT04 = w.figures.section('T04', 'in') !== undefined;
  const total = hasT04 ? w.figures.cell('T04', 'in', 'in:total', 'amount') : w.figures.metric('fiscal');
  if (printsZero(total)) return { blocks: [paragraph(`${w.subject}${w.year}年没有财政拨款收支预算。`)], empty: true };
  const incomes = FISCAL_INCOME.map(([key, name]) => ({
    name: key.startsWith('in:co.') ? name : w.incomeName(key.slice(3), name),
    cents: w.figures.cell('T04', 'in', key, 'amount'),
  }))
    .filter((x) => !printsZero(x.cents))
    .map((x) => `${x.name}${w.amt(x.cents)}`);
  const classes = w.figures
    .tableCodes('T04', 'out', 3, 'total')
    .filter((c) => !printsZero(c.cents))
    .map((c) => `${c.name}${w.amt(c.cents)}`);
  const lists = [
    ...(incomes.length > 0 ? [`收入包括：${incomes.join('、')}`] : []),
    ...(classes.length > 0 ? [`支出包括：${classes.join('、')}`] : []),
  ];
  return {
    blocks: [
      paragraph(
        `${w.subject}${w.year}年财政拨款收支总预算${w.amt(total)}。${lists.length > 0 ? `${lists.join('；')}。` : ''}`,
      ),
    ],
  };
}

/** (五) 一般公共预算当年拨款: 1. 规模变化; 2. 结构 (类 with shares); 3. 具体使用情况 (one item per 项). */
function gpb(w: Writer): { blocks: Block[]; empty?: boolean } {
  const total = w.figures.metric('gpb');
  if (printsZero(total) && !w.figures.prior('gpb')) {
    return { blocks: [paragraph(`${w.subject}${w.year}年没有使用一般公共预算当年拨款安排的支出。`)], empty: true };
  }
  const t = w.profile.subTitles;
  const classes = w.figures.gpbByFunction(3);
  const structure = sharedList(
    w,
    classes.map((c) => ({ name: `${stripExpenseSuffix(c.name)}（类）支出`, cents: c.cents })),
  );
  const items = w.figures
    .gpbByFunction(7)
    .filter((item) => !printsZero(item.cents))
    .map((item) => {
      const key = `fn:${item.code}`;
      const purpose = sentence(w.purpose(key));
      const purposeSlot = w.purposeSlot(key, purpose);
      const comparison = w.compare(key, item.cents);
      const head = `${w.figures.itemPath(item.code)}${w.amt(item.cents)}`;
      const content =
        comparison.length > 0
          ? inline`${head}${comparison}。${purposeSlot}`
          : purpose
            ? inline`${head}，${purposeSlot}`
            : inline`${head}。${purposeSlot}`;
      return paragraph(content, 'paren-arabic');
    });
  return {
    blocks: [
      section('gpb.scale', t.gpbScale, 'arabic', [
        paragraph(
          printsZero(total)
            ? inline`${w.subject}${w.year}年没有安排一般公共预算当年拨款${w.compare('gpb', total)}。`
            : inline`${w.subject}${w.year}年一般公共预算当年拨款${w.amt(total)}${w.compare('gpb', total)}。`,
        ),
        ...w.notes('gpb.scale'),
      ]),
      section('gpb.structure', t.gpbStructure, 'arabic', [
        paragraph(structure.length > 0 ? `${structure.join('；')}。` : '本年没有一般公共预算当年拨款安排的支出。'),
        ...w.notes('gpb.structure'),
      ]),
      section('gpb.items', t.gpbItems, 'arabic', [
        ...(items.length > 0 ? items : [paragraph('本年没有一般公共预算当年拨款安排的支出。')]),
        ...w.notes('gpb.items'),
      ]),
    ],
  };
}

/** (六) 一般公共预算基本支出: 人员经费 and 公用经费 with the 款 they include (T06). */
function basic(w: Writer): { blocks: Block[]; empty?: boolean } {
  const hasT06 = w.figures.section('T06', 'main') !== undefined;
  const personnel = hasT06
    ? w.figures.cell('T06', 'main', 'total', 'personnel')
    : w.figures.cell('T05', 'main', 'total', 'personnel');
  const pub = hasT06
    ? w.figures.cell('T06', 'main', 'total', 'public')
    : w.figures.cell('T05', 'main', 'total', 'public');
  const total = hasT06
    ? w.figures.cell('T06', 'main', 'total', 'total')
    : w.figures.cell('T05', 'main', 'total', 'basic');
  if (printsZero(total))
    return { blocks: [paragraph(`${w.subject}${w.year}年没有一般公共预算基本支出。`)], empty: true };
  const names = (column: 'personnel' | 'public') =>
    w.figures.tableCodes('T06', 'main', 5, column, 'economic').map((e) => e.name);
  // Only the parts with money: a department without 人员经费 prints no “人员经费0万元”.
  const parts = (
    [
      ['人员经费', personnel, 'personnel'],
      ['公用经费', pub, 'public'],
    ] as const
  ).filter(([, cents]) => !printsZero(cents));
  return {
    blocks: [
      paragraph(`${w.subject}${w.year}年一般公共预算基本支出${w.amt(total)}，其中：`),
      ...parts.map(([title, cents, column], i) => {
        const list = names(column);
        const end = i === parts.length - 1 ? '。' : '；';
        return paragraph(`${title}${w.amt(cents)}${list.length > 0 ? `，主要包括：${list.join('、')}` : ''}${end}`);
      }),
    ],
  };
}
