import { countsOf, sum } from './asset-counts';
import { barChart } from './charts';
import { concatInline, inline, type Inline } from './inline';
import type { Block } from './model';
import { printsZero, sentence } from './numbers';
import { clause, paragraph, type Writer } from './writer';

type Item = 'abroad' | 'reception' | 'vehiclePurchase' | 'vehicleOperation';

/**
 * (九) “三公”经费: total and comparison; 因公出国（境）费、公务接待费、公务用车购置及运行维护费. An item
 * without money says so (“2022年没有安排公务接待费预算，与上年预算数持平。”) and carries no purpose; a
 * part of 公务用车 without money is left out unless last year's figure differs; a department with
 * no “三公” money at all gets one sentence (and the items only where last year had some).
 */
export function threeSection(w: Writer): { blocks: Block[] } {
  const metric = (key: string) => w.figures.metric(key);
  const hadPrior = (key: string) => !printsZero(w.figures.prior(key)?.cents ?? 0);
  const total = metric('threeTotal');
  const items: Item[] = ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'];
  if (printsZero(total) && !items.some(hadPrior)) {
    const blocks: Block[] = [
      paragraph(inline`${w.subject}${w.year}年没有安排“三公”经费预算${w.compare('threeTotal', total)}。`),
    ];
    if (w.figures.prior('threeTotal')) blocks.push(chart(w));
    return { blocks };
  }
  return {
    blocks: [
      paragraph(inline`${w.subject}${w.year}年“三公”经费预算数为${w.amt(total)}${w.compare('threeTotal')}，具体如下：`),
      paragraph(single(w, 'abroad', '因公出国（境）费用'), 'arabic', '因公出国（境）费用：'),
      paragraph(single(w, 'reception', '公务接待费'), 'arabic', '公务接待费：'),
      paragraph(vehicles(w), 'arabic', '公务用车购置及运行维护费：'),
      chart(w),
    ],
  };
}

/** “2022年安排公务接待费预算11万元，与上年预算数持平。主要用于…” or “2022年没有安排…预算…。”. */
function single(w: Writer, key: 'abroad' | 'reception', name: string): Inline {
  const now = w.figures.metric(key);
  if (printsZero(now)) return inline`${w.year}年没有安排${name}预算${w.compare(key, now)}。`;
  const purpose = w.purposeSlot(key, sentence(w.purpose(key)), sentence(w.profile.threePurposes[key]));
  return inline`${w.year}年安排${name}预算${w.amt(now)}${w.compare(key)}。${purpose}`;
}

/** 公务用车购置及运行维护费: the total, then 购置 and 运行维护 — each when it has money or changed. */
function vehicles(w: Writer): Inline {
  const metric = (key: string) => w.figures.metric(key);
  const vehicle = metric('vehiclePurchase') + metric('vehicleOperation');
  if (printsZero(vehicle))
    return inline`${w.year}年没有安排公务用车购置及运行维护费预算${w.compare('vehicle', vehicle)}。`;
  const standard = w.profile.threePurposes;
  const planned = sum(countsOf((w.draft.assets.planned as Record<string, unknown> | undefined)?.vehicles));
  const parts: Inline[] = [];
  const part = (key: Item, name: string, suffix: string, fallback: string) => {
    const now = metric(key);
    if (printsZero(now)) {
      if (!printsZero(w.figures.prior(key)?.cents ?? 0)) parts.push(inline`没有安排${name}${w.compare(key, now)}`);
      return;
    }
    const purpose = w.purposeSlot(key, clause(w.purpose(key)), clause(fallback));
    parts.push(inline`${name}${w.amt(now)}${suffix}${w.compare(key)}，${purpose}`);
  };
  part(
    'vehiclePurchase',
    '公务用车购置支出',
    '（含购置税等附加费用）',
    planned > 0 ? `主要用于经批准购置的${planned}辆公务用车` : standard.vehiclePurchase,
  );
  part('vehicleOperation', '公务用车运行维护费支出', '', standard.vehicleOperation);
  return concatInline(
    inline`${w.year}年安排公务用车购置及运行维护费预算${w.amt(vehicle)}${w.compare('vehicle', vehicle)}。`,
    ...(parts.length > 0 ? ['其中，', ...parts.flatMap((p, i) => (i === 0 ? [p] : ['；', p])), '。'] : []),
  );
}

/** Bars of this year against last year, one group per item. */
function chart(w: Writer): Block {
  const metric = (key: string) => w.figures.metric(key);
  const prior = w.figures.prior('threeTotal');
  const basis = prior?.basis === 'actual' ? '执行数' : '预算数';
  const priorOf = (k: string) => w.figures.prior(k)?.cents ?? null;
  return {
    kind: 'chart',
    chart: barChart(
      'three',
      `${w.subject}${w.year}年“三公”经费预算情况（单位：万元）`,
      [`${w.priorYear}年${basis}`, `${w.year}年预算数`],
      [
        { name: '“三公”经费合计', now: metric('threeTotal'), prior: priorOf('threeTotal') },
        { name: '因公出国（境）费', now: metric('abroad'), prior: priorOf('abroad') },
        { name: '公务接待费', now: metric('reception'), prior: priorOf('reception') },
        { name: '公务用车购置费', now: metric('vehiclePurchase'), prior: priorOf('vehiclePurchase') },
        { name: '公务用车运行维护费', now: metric('vehicleOperation'), prior: priorOf('vehicleOperation') },
      ],
      w.profile.fixedDecimals,
    ),
  };
}
