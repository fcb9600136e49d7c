import type { CatalogRegistry } from '../../../src-core/domain/catalog/load';
import type { BudgetUnit, Department, Draft, FinalDraft } from '../../../src-core/domain/draft/types';
import { PRIOR_KEYS } from '../../../src-core/domain/draft/vocabulary';
import { priorFigures } from '../../../src-core/domain/engine/prior-figures';
import { createFinalEngine } from '../../../src-core/domain/final/create';
import type { FinalLayout } from '../../../src-core/domain/final/layout';
import { fromCents } from '../../../src-core/domain/money/cents';
import type { AmountUnit } from '../../../src-core/domain/money/units';
import { err, ok, type Result } from '../../../src-core/domain/result';

/** What an empty 决算 draft starts from: the year closed, the department and its units. */
export interface EmptyFinalOptions {
  year: number;
  department: Department;
  units: BudgetUnit[];
  amountUnit?: AmountUnit;
  publishUnit?: AmountUnit;
}

/** An empty 决算 draft: no lines, no figures (everything is typed in the workspace). */
export function emptyFinalDraft(o: EmptyFinalOptions): FinalDraft {
  return {
    format: 'dept-budget-draft',
    formatVersion: 2,
    stage: 'final',
    year: o.year,
    amountUnit: o.amountUnit ?? 'yuan',
    publishUnit: o.publishUnit ?? 'wanyuan',
    department: o.department,
    units: o.units,
    income: [],
    expenses: [],
    balances: [],
    projects: [],
    budget: {},
    prior: {},
    three: {},
    procurement: [],
    assets: {},
    text: {},
    catalogExtras: [],
    reviews: [],
  };
}

/**
 * The 决算 of the year a budget draft planned: department, units, projects, local codes and the
 * descriptive texts (职能, 机构设置, 联系方式) carried over; `budget.initial` (年初预算数) filled with
 * the budget's own totals (priorFigures: the same metrics its tables print — 三公 items, 基本/项目,
 * `fn:<code>` of 一般公共预算 at 类/款/项 …). No lines: the 决算数 are what was actually spent.
 * 全年预算数 (after adjustments) is left for the officer.
 */
export function finalFromBudget(budget: Draft): FinalDraft {
  const { functions, composition, staffing, contact } = budget.text;
  return {
    ...emptyFinalDraft({
      year: budget.year,
      department: budget.department,
      units: budget.units,
      amountUnit: budget.amountUnit,
      publishUnit: budget.publishUnit,
    }),
    projects: budget.projects,
    catalogExtras: budget.catalogExtras,
    budget: { initial: priorFigures(budget) },
    text: definedOnly({ functions, composition, staffing, contact }),
  };
}

/**
 * Next year's 决算 from last year's: department, units, local codes and descriptive texts carried
 * over; `prior` (上年决算数) filled with last year's derived figures as its engine computes them (the
 * comparison keys of the budget's `prior` and `fn:<code>` of 一般公共预算 spending). No lines.
 */
export function finalFromLastFinal(
  last: FinalDraft,
  catalogs: CatalogRegistry,
  layouts: ReadonlyMap<string, FinalLayout>,
): Result<FinalDraft, string> {
  const built = createFinalEngine(last, catalogs, layouts);
  if (!built.ok) return err(built.error);
  const engine = built.value;
  const unit = last.amountUnit;
  const prior: FinalDraft['prior'] = { year: last.year };
  for (const key of PRIOR_KEYS) prior[key] = fromCents(engine.metric(key), unit);
  const codes = new Set<string>();
  for (const l of last.expenses) {
    if (l.source !== 'gpb') continue;
    for (const len of [3, 5, 7]) if (l.function.length >= len) codes.add(l.function.slice(0, len));
  }
  for (const code of [...codes].sort()) prior[`fn:${code}`] = fromCents(engine.metric(`fn:${code}`), unit);
  const { functions, composition, staffing, contact } = last.text;
  return ok({
    ...emptyFinalDraft({
      year: last.year + 1,
      department: last.department,
      units: last.units,
      amountUnit: last.amountUnit,
      publishUnit: last.publishUnit,
    }),
    catalogExtras: last.catalogExtras,
    prior,
    text: definedOnly({ functions, composition, staffing, contact }),
  });
}

function definedOnly<T extends Record<string, string | undefined>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
