import { formatProblems } from '../domain/draft/problems';
import type { BudgetUnit, Draft, IncomeLine, Project } from '../domain/draft/types';
import type { AmountUnit } from '../domain/money/units';
import { err, ok, type Result } from '../domain/result';
import type { ImportPreview } from './import-workbook';
import { incomeFromExpenses } from './income-from-expenses';
import { problemLines, refusedHeading } from './messages';
import { checkImportResult } from './result-check';

/**
 * Applying a confirmed import: a pure function from the draft and the preview to the new draft.
 * The import is one value — all accepted rows or nothing — which the storage layer writes in one
 * transaction; the draft passed in is never changed.
 */
export type ImportMode = 'replace' | 'append';

export interface ApplyOptions {
  /** replace: the file's expense lines (and income, when the file has a 收入 sheet) replace the draft's; append: they are added. */
  mode: ImportMode;
  /** The officer has confirmed the preview. Without it nothing is applied. */
  confirmed: boolean;
  /** Import the accepted rows although some rows were refused (the officer saw the list). Default: refuse. */
  allowRejectedRows?: boolean;
  /**
   * 由支出生成收入: the income becomes, per unit × source, the sum of the resulting expense lines
   * (income-from-expenses.ts) — for a file without a 收入 sheet (an expense-only export).
   */
  incomeFromExpenses?: boolean;
}

/** Units and projects of the file are merged by code: the file's fields win, the draft's other fields stay. */
export function upsert<T extends { code: string }>(
  base: readonly T[],
  incoming: readonly T[],
  merge: (old: T, next: T) => T,
): T[] {
  const out = [...base];
  const index = new Map(out.map((x, i) => [x.code, i]));
  for (const x of incoming) {
    const i = index.get(x.code);
    if (i === undefined) {
      index.set(x.code, out.length);
      out.push(x);
    } else out[i] = merge(out[i], x);
  }
  return out;
}

export function applyImport(base: Draft, preview: ImportPreview, options: ApplyOptions): Result<Draft, string[]> {
  if (!options.confirmed) return err(['导入尚未确认：请先查看预览并确认。']);
  // Sheet-level problems (several 支出明细 sheets, a merged header…) refuse even when rejected rows may be skipped.
  const sheetLevel = preview.problems.some((p) => p.row === 0);
  if (preview.problemCount > 0 && (!options.allowRejectedRows || sheetLevel)) {
    return err([refusedHeading(preview.problemCount), ...problemLines(preview.problems, preview.problemCount)]);
  }
  if (
    preview.expenses.length === 0 &&
    preview.income === null &&
    preview.units.length === 0 &&
    preview.projects.length === 0
  ) {
    return err(['文件中没有可导入的数据行，草稿未作改动。']);
  }
  const lines = preview.expenses.map((l) => l.line);
  const units = upsert<BudgetUnit>(base.units, preview.units, (old, next) => ({
    ...old,
    name: next.name,
    type: next.type,
  }));
  const projects = upsert<Project>(base.projects, preview.projects, (old, next) => ({
    ...old,
    unit: next.unit,
    name: next.name,
    ...(next.parent ? { parent: next.parent } : {}),
    ...(next.period ? { period: next.period } : {}),
    ...(next.goal ? { goal: next.goal } : {}),
  }));
  const expenses = options.mode === 'replace' ? lines : [...base.expenses, ...lines];
  let income: IncomeLine[] =
    preview.income === null
      ? base.income
      : options.mode === 'replace'
        ? preview.income
        : [...base.income, ...preview.income];
  let addedIncome: IncomeLine[] | null = preview.income;
  if (options.incomeFromExpenses && preview.income === null) {
    income = incomeFromExpenses(expenses, base.amountUnit);
    addedIncome = income;
  }
  const next: Draft = { ...base, units, projects, expenses, income };
  // The validated rows are applied as they are (no write and re-read of the whole draft as text):
  // what they add and every reference of the result are checked against the draft format's
  // invariants; a broken one is reported, not stored.
  const problems = checkImportResult(next, { expenses: lines, income: addedIncome });
  if (problems.length > 0) return err(['导入结果不是有效的草稿，未作改动：', formatProblems(problems)]);
  return ok(next);
}

/** A new, empty draft for an import that starts from nothing (the CLI without a base draft). */
export function emptyDraft(o: {
  year: number;
  department: { code: string; name: string };
  amountUnit: AmountUnit;
  publishUnit?: AmountUnit;
}): Draft {
  return {
    format: 'dept-budget-draft',
    formatVersion: 1,
    stage: 'budget',
    year: o.year,
    amountUnit: o.amountUnit,
    publishUnit: o.publishUnit ?? o.amountUnit,
    department: { ...o.department },
    units: [],
    income: [],
    expenses: [],
    carryForward: [],
    projects: [],
    procurement: [],
    assets: {},
    prior: {},
    text: {},
    catalogExtras: [],
    reviews: [],
  };
}
