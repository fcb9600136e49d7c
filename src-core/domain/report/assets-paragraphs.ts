import { assetFacts, sum, type Count } from './asset-counts';
import type { Block } from './model';
import { paragraph, type Writer } from './writer';

/** “2021-12-31” → “2021年12月31日”. */
function dateText(iso: unknown, fallbackYear: number): string {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso) : null;
  if (m) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return typeof iso === 'string' && iso.trim() !== '' ? iso.trim() : `${fallbackYear}年12月31日`;
}

/** What a group of counts says: the categories with a number, and those recorded as 0. */
interface Clauses {
  some: string[];
  none: string[];
}

/**
 * Vehicles as “车辆2辆，其中，A1辆、B1辆” (categories with a number only), or “车辆” among the
 * things there are none of; equipment as “A 2台（套）” each, or among them.
 */
function clauses(vehicles: Count[], equipment: Count[], vehicleLead: string): Clauses {
  const out: Clauses = { some: [], none: [] };
  if (vehicles.length > 0) {
    const held = vehicles.filter((x) => x.count > 0);
    if (held.length === 0) out.none.push('车辆');
    else
      out.some.push(`${vehicleLead}${sum(held)}辆，其中，${held.map((x) => `${x.category}${x.count}辆`).join('、')}`);
  }
  for (const e of equipment) {
    if (e.count > 0) out.some.push(`${e.category}${e.count}台（套）`);
    else out.none.push(e.category);
  }
  return out;
}

/**
 * 国有资产占有使用情况 from `draft.assets`: what the units hold at the 截止日期 and what this year's
 * budget buys — never a “0辆” or “0台（套）” (categories recorded as 0 are named in one “没有…” /
 * “未安排购置…” clause). Nothing when no asset is recorded: rule R-ASSETS asks for them.
 */
export function assetParagraphs(w: Writer): Block[] {
  const f = assetFacts(w.draft.assets);
  const out: Block[] = [];
  const held = clauses(f.vehicles, f.equipment, '共有车辆');
  if (held.some.length + held.none.length > 0) {
    const parts = [...held.some, ...(held.none.length > 0 ? [`没有${held.none.join('、')}`] : [])];
    out.push(
      paragraph(`截至${dateText(w.draft.assets.asOf, w.priorYear)}，${w.subject}所属各预算单位${parts.join('；')}。`),
    );
  }
  const plan = clauses(f.plannedVehicles, f.plannedEquipment, '车辆');
  if (plan.some.length + plan.none.length > 0) {
    const parts = [
      ...(plan.some.length > 0 ? [`安排购置${plan.some.join('；')}`] : []),
      ...(plan.none.length > 0 ? [`未安排购置${plan.none.join('、')}`] : []),
    ];
    out.push(paragraph(`${w.year}年${w.budgetName}${parts.join('；')}。`));
  }
  return out;
}
