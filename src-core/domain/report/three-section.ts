import { countsOf, sum } from './asset-counts';
import { barChart } from './charts';
import { concatInline, inline } from './inline';
import type { Block } from './model';
import { sentence } from './numbers';
import { clause, paragraph, type Writer } from './writer';

/** (九) “三公”经费: total and comparison; 因公出国（境）费、公务接待费、公务用车购置及运行维护费. */
export function threeSection(w: Writer): { blocks: Block[] } {
  const metric = (key: string) => w.figures.metric(key);
  const standard = w.profile.threePurposes;
  /** The purpose sentence of an item: the officer's, else the profile's standard wording. */
  const purpose = (key: keyof typeof standard) => w.purposeSlot(key, sentence(w.purpose(key)), sentence(standard[key]));
  const planned = countsOf((w.draft.assets.planned as Record<string, unknown> | undefined)?.vehicles);
  const purchasePurpose = w.purposeSlot(
    'vehiclePurchase',
    clause(w.purpose('vehiclePurchase')),
    clause(planned.length > 0 ? `主要用于经批准购置的${sum(planned)}辆公务用车` : standard.vehiclePurchase),
  );
  const operationPurpose = w.purposeSlot(
    'vehicleOperation',
    clause(w.purpose('vehicleOperation')),
    clause(standard.vehicleOperation),
  );
  const vehicle = metric('vehiclePurchase') + metric('vehicleOperation');
  const blocks: Block[] = [
    paragraph(
      inline`${w.subject}${w.year}年“三公”经费预算数为${w.amt(metric('threeTotal'))}${w.compare('threeTotal')}，具体如下：`,
    ),
    paragraph(
      inline`${w.year}年安排因公出国（境）费用预算${w.amt(metric('abroad'))}${w.compare('abroad')}。${purpose('abroad')}`,
      'arabic',
      '因公出国（境）费用：',
    ),
    paragraph(
      inline`${w.year}年安排公务接待费预算${w.amt(metric('reception'))}${w.compare('reception')}。${purpose('reception')}`,
      'arabic',
      '公务接待费：',
    ),
    paragraph(
      concatInline(
        inline`${w.year}年安排公务用车购置及运行维护费预算${w.amt(vehicle)}${w.compare('vehicle', vehicle)}。`,
        inline`其中，公务用车购置支出${w.amt(metric('vehiclePurchase'))}（含购置税等附加费用）${w.compare('vehiclePurchase')}，${purchasePurpose}；`,
        inline`公务用车运行维护费支出${w.amt(metric('vehicleOperation'))}${w.compare('vehicleOperation')}，${operationPurpose}。`,
      ),
      'arabic',
      '公务用车购置及运行维护费：',
    ),
  ];
  const prior = w.figures.prior('threeTotal');
  const basis = prior?.basis === 'actual' ? '执行数' : '预算数';
  const priorOf = (k: string) => w.figures.prior(k)?.cents ?? null;
  blocks.push({
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
  });
  return { blocks };
}
