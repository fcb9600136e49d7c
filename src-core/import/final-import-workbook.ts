import type { CatalogPair } from '../domain/catalog/catalog';
import type {
  BalanceLine,
  BudgetUnit,
  FinalDraft,
  FinalExpenseLine,
  FinalIncomeLine,
  Project,
} from '../domain/draft/types';
import { Decimal } from '../domain/money/decimal';
import { UNIT_LABEL, type AmountUnit } from '../domain/money/units';
import { FINAL_KIND_NAMES, FINAL_SHEET_KINDS, type FinalSheetKind } from './final-fields';
import {
  createdUnits,
  unitLookup,
  validateBalanceRows,
  validateFinalExpenseRows,
  validateFinalIncomeRows,
} from './final-validate-rows';
import { mappingFor, sheetProblem, withChosenSheet, withLocalCodes, type SheetChoice } from './import-workbook';
import { DEFAULT_LIMITS } from './limits';
import type { MappingProposal } from './mapping';
import { ambiguousSheetsMessage } from './messages';
import type { SheetData, WorkbookData } from './read-workbook';
import { ProblemList, type RowProblem } from './rows';
import { assignSheets } from './sheet-roles';
import { isTemplateGuide } from './template-guide';
import { readUnitsAndProjects } from './units-and-projects';
import type { ImportedLine } from './validate-rows';

/**
 * From the sheets of a file to the preview of a 决算 import: which sheet holds what (支出决算明细,
 * 收入决算, 结转结余, 单位, 项目 — final-fields.ts), the column mapping of each (mapping.ts, the
 * 预算 import's), every row validated. Nothing is changed here; final-plan-import.ts applies it.
 */
export interface FinalSheetChoice extends Omit<SheetChoice, 'kind'> {
  kind?: FinalSheetKind | null;
}

export interface FinalImportContext {
  /** The 决算 draft imported into: its units, projects, local codes and amount unit. */
  base: FinalDraft;
  catalogs: CatalogPair;
  /** Unit of the file's amounts when no header says (default: the draft's). */
  fileUnit?: AmountUnit;
  /** Unit for rows that leave 单位编码 empty (single-unit departments). */
  defaultUnit?: string;
  choices?: Record<string, FinalSheetChoice>;
  /** The sheet to import as 支出决算明细 (the CLI's `--sheet`). */
  expenseSheet?: string;
  maxProblemsKept?: number;
}

export interface FinalImportPreview {
  sheets: { name: string; kind: FinalSheetKind; fileUnit: AmountUnit; rows: number; rejected: number }[];
  ignoredSheets: string[];
  hiddenSheets: string[];
  ambiguousSheets: string[] | null;
  draftUnit: AmountUnit;
  units: BudgetUnit[];
  projects: Project[];
  expenses: ImportedLine<FinalExpenseLine>[];
  /** null: the file has no such sheet (the draft's are kept). */
  income: FinalIncomeLine[] | null;
  balances: BalanceLine[] | null;
  problems: RowProblem[];
  problemCount: number;
  warnings: RowProblem[];
  warningCount: number;
  counts: { rows: number; accepted: number; rejected: number };
  /** Sums of the accepted lines in the draft's unit. */
  expenseTotal: string;
  incomeTotal: string;
}

interface Prepared<K extends FinalSheetKind> {
  sheet: SheetData;
  mapping: MappingProposal<K>;
  fileUnit: AmountUnit;
}

/** Validates a whole file of 决算 lines against the 决算 draft it goes to. */
export function analyzeFinalImport(workbook: WorkbookData, ctx: FinalImportContext): FinalImportPreview {
  const keep = ctx.maxProblemsKept ?? DEFAULT_LIMITS.maxProblemsKept;
  const problems = new ProblemList(keep);
  const warnings = new ProblemList(keep);
  const choices = withChosenSheet(workbook, ctx.choices ?? {}, ctx.expenseSheet, 'finalExpenses', problems);
  const roles = assignSheets(workbook, choices, FINAL_SHEET_KINDS);
  for (const name of roles.hidden) warnings.add(sheetProblem(name, '隐藏的工作表，未导入（如需导入，请先取消隐藏）'));
  for (const d of roles.duplicates)
    warnings.add(sheetProblem(d.sheet, `也像${FINAL_KIND_NAMES[d.kind]}表，未导入（已导入工作表“${d.taken}”）`));
  if (roles.ambiguous)
    problems.add({
      sheet: '',
      row: 0,
      message: ambiguousSheetsMessage(roles.ambiguous, FINAL_KIND_NAMES.finalExpenses),
    });
  else if (!roles.byKind.has('finalExpenses'))
    problems.add(
      sheetProblem(
        workbook.sheets.map((s) => s.name).join('、'),
        '没有找到支出决算明细表（表头应含 功能科目编码、经济科目编码、支出类型、资金来源、决算数）。请使用决算导入模板，或指定哪个工作表是支出决算明细。',
      ),
    );

  const draftUnit = ctx.base.amountUnit;
  const prepare = <K extends FinalSheetKind>(kind: K): Prepared<K> | undefined => {
    const sheet = roles.byKind.get(kind);
    if (!sheet) return undefined;
    const choice = choices[sheet.name];
    const mapping = mappingFor(sheet, kind, choice, problems);
    if (!mapping) return undefined;
    const fileUnit = choice?.amountUnit ?? mapping.amountUnit ?? ctx.fileUnit ?? draftUnit;
    if (fileUnit !== draftUnit && kind !== 'units' && kind !== 'projects')
      warnings.add(
        sheetProblem(sheet.name, `金额单位为${UNIT_LABEL[fileUnit]}，已换算为草稿的${UNIT_LABEL[draftUnit]}`),
      );
    return { sheet, mapping, fileUnit };
  };

  const sheets: FinalImportPreview['sheets'] = [];
  let rows = 0;
  let rejected = 0;
  const record = (p: Prepared<FinalSheetKind>, kind: FinalSheetKind, n: number, bad: number) => {
    rows += n;
    rejected += bad;
    sheets.push({ name: p.sheet.name, kind, fileUnit: p.fileUnit, rows: n, rejected: bad });
  };

  const u = prepare('units');
  const p = prepare('projects');
  const { units, known, projects, projectUnits } = readUnitsAndProjects(ctx.base, u, p, {
    keep,
    problems,
    record: (kind, n, bad) => record((kind === 'units' ? u : p)!, kind, n, bad),
  });
  // One set of created units for the whole file: a unit an expense row creates is known to the income rows.
  const shared = unitLookup({
    catalogs: withLocalCodes(ctx.catalogs, ctx.base.catalogExtras),
    fileUnit: draftUnit,
    draftUnit,
    units: known,
    projects: projectUnits,
    defaultUnit: ctx.defaultUnit,
    maxProblemsKept: keep,
  });
  const withUnit = (fileUnit: AmountUnit) => ({ ...shared, ctx: { ...shared.ctx, fileUnit } });
  const addCreated = (sheet: string, before: ReadonlySet<string>) => {
    const c = createdUnits(shared, sheet, before);
    for (const x of c.units) units.push(x);
    for (const w of c.warnings) warnings.add(w);
  };

  let expenses: ImportedLine<FinalExpenseLine>[] = [];
  const e = prepare('finalExpenses');
  if (e) {
    const before = new Set(shared.created.keys());
    const r = validateFinalExpenseRows(e.sheet, e.mapping, withUnit(e.fileUnit));
    expenses = r.lines;
    for (const x of r.newProjects)
      projects.push({ ...x, parent: '', category: '', period: '', basis: '', goal: '', executionWeight: null });
    problems.addAll(r.problems, r.problemCount);
    warnings.addAll(r.warnings, r.warningCount);
    addCreated(e.sheet.name, before);
    record(e, 'finalExpenses', r.rowCount, r.rejectedRows);
  }
  let income: FinalIncomeLine[] | null = null;
  const inc = prepare('finalIncome');
  if (inc) {
    const before = new Set(shared.created.keys());
    const r = validateFinalIncomeRows(inc.sheet, inc.mapping, withUnit(inc.fileUnit));
    income = r.items.map((i) => i.value);
    problems.addAll(r.problems, r.problemCount);
    addCreated(inc.sheet.name, before);
    record(inc, 'finalIncome', r.rowCount, r.rejectedRows);
  }
  let balances: BalanceLine[] | null = null;
  const bal = prepare('balances');
  if (bal) {
    const before = new Set(shared.created.keys());
    const r = validateBalanceRows(bal.sheet, bal.mapping, withUnit(bal.fileUnit));
    balances = r.items.map((i) => i.value);
    problems.addAll(r.problems, r.problemCount);
    addCreated(bal.sheet.name, before);
    record(bal, 'balances', r.rowCount, r.rejectedRows);
  }

  const hidden = new Set(roles.hidden);
  const sum = (amounts: Iterable<string>) => {
    let t = new Decimal(0);
    for (const a of amounts) t = t.plus(a);
    return draftUnit === 'yuan' ? t.toFixed(2) : t.toFixed();
  };
  return {
    sheets,
    ignoredSheets: workbook.sheets
      .filter((s) => roles.kindOf.get(s.name) === null && !hidden.has(s.name) && !isTemplateGuide(s))
      .map((s) => s.name),
    hiddenSheets: roles.hidden,
    ambiguousSheets: roles.ambiguous,
    draftUnit,
    units,
    projects,
    expenses,
    income,
    balances,
    problems: problems.items,
    problemCount: problems.total,
    warnings: warnings.items,
    warningCount: warnings.total,
    counts: { rows, accepted: rows - rejected, rejected },
    expenseTotal: sum(expenses.map((l) => l.line.amount)),
    incomeTotal: sum((income ?? []).map((l) => l.amount)),
  };
}
