import { pieChart } from './charts';
import { concatInline, inline, type Inline } from './inline';
import type { Block } from './model';
import { printsZero } from './numbers';
import { paragraph, sharedList, type Writer } from './writer';

/**
 * (三) 支出预算: total and comparison; 1. by function 类; 2. by use with shares; 基本支出 and 项目支出
 * compared with last year where the draft has their prior figures; 结转下年 when there is any.
 * Parts that print as 0万元 are not listed (docs/report.md “Nothing unpublishable”).
 */
export function expenseSection(w: Writer): { blocks: Block[]; empty?: boolean } {
  const total = w.figures.metric('expenseTotal');
  if (printsZero(total)) {
    const text = inline`${w.subject}${w.year}年没有安排支出预算${w.compare('expenseTotal', total)}。`;
    return { blocks: [paragraph(text)], empty: !w.figures.prior('expenseTotal') };
  }
  const classes = w.figures.expenseClasses().filter((c) => !printsZero(c.cents));
  const kinds = sharedList(w, w.figures.expenseKinds());
  const carried = w.figures.carryForward();
  const blocks: Block[] = [
    paragraph(inline`${w.subject}${w.year}年支出预算${w.amt(total)}${w.compare('expenseTotal', total)}。`),
    paragraph(
      classes.length > 0
        ? `按支出功能分类，包括${classes.map((c) => `${c.name}${w.amt(c.cents)}`).join('、')}。`
        : '按支出功能分类，本年没有安排支出。',
      'arabic',
    ),
    paragraph(
      kinds.length > 0 ? `按支出用途分类，包括${kinds.join('；')}。` : '按支出用途分类，本年没有安排支出。',
      'arabic',
    ),
    ...basicAndProject(w),
    ...(printsZero(carried) ? [] : [paragraph(`结转下年${w.amt(carried)}。`)]),
  ];
  const pie = pieChart(
    'expense',
    `${w.subject}${w.year}年支出预算结构（按支出功能分类，单位：万元）`,
    classes,
    w.profile.fixedDecimals,
  );
  if (pie.slices.length > 0) blocks.push({ kind: 'chart', chart: pie });
  return { blocks };
}

/**
 * “基本支出120.5万元，比上年预算数减少3.2万元，下降2.59%；项目支出…” — each of the two with a prior
 * figure (draft `prior.basic` / `prior.project`), as real documents compare them; its reason slot
 * follows a change. Nothing when neither has a prior figure, or both print 0 this year and last.
 */
function basicAndProject(w: Writer): Block[] {
  const parts: Inline[] = [];
  for (const [key, name] of [
    ['basic', '基本支出'],
    ['project', '项目支出'],
  ] as const) {
    const prior = w.figures.prior(key);
    const now = w.figures.metric(key);
    if (!prior || (printsZero(now) && printsZero(prior.cents))) continue;
    const head = printsZero(now) ? `本年没有安排${name}` : `${name}${w.amt(now)}`;
    parts.push(inline`${head}${w.compare(key, now)}`);
  }
  if (parts.length === 0) return [];
  return [paragraph(concatInline(...parts.flatMap((p, i) => (i === 0 ? [p] : ['；', p])), '。'))];
}
