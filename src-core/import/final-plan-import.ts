import { loadFinalDraftJson } from '../domain/draft/load';
import { formatProblems } from '../domain/draft/problems';
import type { BudgetUnit, FinalDraft, Project } from '../domain/draft/types';
import { err, ok, type Result } from '../domain/result';
import type { FinalImportPreview } from './final-import-workbook';
import { problemLines, refusedHeading } from './messages';
import { upsert, type ImportMode } from './plan-import';

/**
 * Applying a 决算 import: a pure function from the 决算 draft and the preview to the new draft, all
 * or nothing — a file with one refused row changes nothing, and the message names every refused
 * row. replace: the file's 支出 lines (and 收入 / 结转结余 where the file has those sheets) replace
 * the draft's; append: they are added. Units and projects are merged by code. The result is read
 * back through the 决算 file reader (loadFinalDraftJson), so it holds every invariant of the format.
 */
export function applyFinalImport(
  base: FinalDraft,
  preview: FinalImportPreview,
  mode: ImportMode,
): Result<FinalDraft, string[]> {
  if (preview.problemCount > 0)
    return err([refusedHeading(preview.problemCount), ...problemLines(preview.problems, preview.problemCount)]);
  if (
    preview.expenses.length === 0 &&
    preview.income === null &&
    preview.balances === null &&
    preview.units.length === 0 &&
    preview.projects.length === 0
  )
    return err(['文件中没有可导入的数据行，草稿未作改动。']);
  const take = <T>(own: readonly T[], file: readonly T[] | null): T[] =>
    file === null ? [...own] : mode === 'replace' ? [...file] : [...own, ...file];
  const next: FinalDraft = {
    ...base,
    units: upsert<BudgetUnit>(base.units, preview.units, (old, u) => ({ ...old, name: u.name, type: u.type })),
    projects: upsert<Project>(base.projects, preview.projects, (old, p) => ({
      ...old,
      unit: p.unit,
      name: p.name,
      ...(p.parent ? { parent: p.parent } : {}),
      ...(p.period ? { period: p.period } : {}),
      ...(p.goal ? { goal: p.goal } : {}),
    })),
    expenses: take(
      base.expenses,
      preview.expenses.map((l) => l.line),
    ),
    income: take(base.income, preview.income),
    balances: take(base.balances, preview.balances),
  };
  const checked = loadFinalDraftJson(next);
  if (!checked.ok) return err(['导入结果不是有效的决算草稿，未作改动：', formatProblems(checked.error)]);
  return ok(checked.value.draft);
}

/** A new 决算 draft to import into (the CLI without a base draft): the reader fills the empty parts. */
export function newFinalDraft(o: {
  year: number;
  department: { code: string; name: string };
  amountUnit: FinalDraft['amountUnit'];
}): FinalDraft {
  const loaded = loadFinalDraftJson({
    format: 'dept-budget-draft',
    formatVersion: 2,
    stage: 'final',
    year: o.year,
    amountUnit: o.amountUnit,
    publishUnit: 'wanyuan',
    department: o.department,
    units: [],
    income: [],
    expenses: [],
  });
  if (!loaded.ok) throw new Error(formatProblems(loaded.error));
  return loaded.value.draft;
}
