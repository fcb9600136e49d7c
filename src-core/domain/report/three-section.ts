import { barChart } from './charts';
import type { Block } from './model';
import { sentence } from './numbers';
import { clause, paragraph, type Writer } from './writer';

import { countsOf, sum } from './asset-counts';
/** (九) “三公”经费: total and comparison; 因公出国（境）费、公务接待费、公务用车购置及运行维护费. */
export function threeSection(w: Writer): { blocks: Block[] } {
  const m = (k: string) => w.figures.metric(k);
  const p = w.profile.threePurposes;
  /** The purpose sentence of an item: the officer's, else the profile's standard wording. */
  const purpose = (key: keyof typeof p) => w.purposeSlot(key, sentence(w.purpose(key)), sentence(p[key]));
  const planned = countsOf((w.draft.assets.planned as Record<string, unknown> | undefined)?.vehicles);
  const purchasePurpose = w.purposeSlot(
    'vehiclePurchase',
    clause(w.purpose('vehiclePurchase')),
    clause(planned.length > 0 ? `主要用于经批准购置的${sum(planned)}辆公务用车` : p.vehiclePurchase),
  );
  const vehicle = m('vehiclePurchase') + m('vehicleOperation');
  const blocks: Block[] = [
    paragraph(
      `${w.subject}${w.year}年“三公”经费预算数为${w.amt(m('threeTotal'))}${w.compare('threeTotal')}，具体如下：`,
    ),
    paragraph(
      `${w.year}年安排因公出国（境）费用预算${w.amt(m('abroad'))}${w.compare('abroad')}。${purpose('abroad')}`,
      'arabic',
      '因公出国（境）费用：',
    ),
    paragraph(
      `${w.year}年安排公务接待费预算${w.amt(m('reception'))}${w.compare('reception')}。${purpose('reception')}`,
      'arabic',
      '公务接待费：',
    ),
    paragraph(
      `${w.year}年安排公务用车购置及运行维护费预算${w.amt(vehicle)}${w.compare('vehicle', vehicle)}。` +
        `其中，公务用车购置支出${w.amt(m('vehiclePurchase'))}（含购置税等附加费用）${w.compare('vehiclePurchase')}，${purchasePurpose}；` +
        `公务用车运行维护费支出${w.amt(m('vehicleOperation'))}${w.compare('vehicleOperation')}，${w.purposeSlot('vehicleOperation', clause(w.purpose('vehicleOperation')), clause(p.vehicleOperation))}。`,
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
        { name: '“三公”经费合计', now: m('threeTotal'), prior: priorOf('threeTotal') },
        { name: '因公出国（境）费', now: m('abroad'), prior: priorOf('abroad') },
        { name: '公务接待费', now: m('reception'), prior: priorOf('reception') },
        { name: '公务用车购置费', now: m('vehiclePurchase'), prior: priorOf('vehiclePurchase') },
        { name: '公务用车运行维护费', now: m('vehicleOperation'), prior: priorOf('vehicleOperation') },
      ],
      w.profile.fixedDecimals,
    ),
  });
  return { blocks };
}
