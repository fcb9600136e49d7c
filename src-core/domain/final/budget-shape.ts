import type { Draft, FinalDraftHead } from '../draft/types';

/**
 * The parts of a 决算 draft that the shared machinery reads — table titles and names
 * (materialize.ts), 尾差 messages (R-ROUND) and the line rules' context (RuleContext): year,
 * department, units, projects, amount units, catalog extras, texts — as a budget-shaped head with
 * no lines and no prior figures. Nothing of it is written back.
 */
export function budgetShapedHead(d: FinalDraftHead): Draft {
  return {
    format: d.format,
    formatVersion: d.formatVersion,
    stage: 'budget',
    year: d.year,
    amountUnit: d.amountUnit,
    publishUnit: d.publishUnit,
    department: d.department,
    units: d.units,
    income: [],
    expenses: [],
    carryForward: [],
    projects: d.projects,
    procurement: [],
    assets: d.assets,
    prior: {},
    text: d.text,
    catalogExtras: d.catalogExtras,
    reviews: d.reviews,
  };
}
