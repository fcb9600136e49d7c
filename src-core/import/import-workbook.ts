import { Decimal } from '../domain/money/decimal';
import type { CatalogPair } from '../domain/catalog/catalog';
import type { AmountUnit } from '../domain/money/units';
import { UNIT_LABEL } from '../domain/money/units';
import type { BudgetUnit, Draft, IncomeLine, Project } from '../domain/draft/types';
import { finishedFormMessage, finishedFormSheets } from './finished-form';
import { DEFAULT_LIMITS } from './limits';
import {
  applyUserMapping,
  fieldsOf,
  proposeMapping,
  type AnySheetKind,
  type MappingProposal,
  type SheetKind,
} from './mapping';
import { ambiguousSheetsMessage } from './messages';
import type { SheetData, WorkbookData } from './read-workbook';
import { ProblemList, type RowProblem } from './rows';
import { assignSheets, KIND_NAMES } from './sheet-roles';
import { validateExpenseRows, type ImportedLine } from './validate-rows';
import { validateIncomeRows } from './validate-sheets';
import { readUnitsAndProjects } from './units-and-projects';
import { isTemplateGuide } from './template-guide';

/**
 * From the sheets of a file to the import preview: which sheet holds what, the column mapping
 * of each, every row validated. The preview is what the officer sees before confirming
 * (plan-import.ts turns it into the new draft); nothing is changed here.
 */
export interface SheetChoice {
  /** Force the sheet's kind (null: ignore the sheet). */
  kind?: SheetKind | null;
  /** field → column (0-based), null to un-map. */
  columns?: Record<string, number | null>;
  /** Unit of this sheet's amounts when the header does not say. */
  amountUnit?: AmountUnit;
}

export interface ImportContext {
  /** The draft imported into: its units, projects, local codes and amount unit. */
  base: Draft;
  catalogs: CatalogPair;
  /** Unit of the file's amounts when no header says (default: the draft's). */
  fileUnit?: AmountUnit;
  defaultUnit?: string;
  /** The officer's choices by sheet name. */
  choices?: Record<string, SheetChoice>;
  /** The sheet to import as 支出明细 (the CLI's `--sheet`): chosen as in the dialog. */
  expenseSheet?: string;
  /** Problems and warnings kept with their text (default 1,000; all are counted). */
  maxProblemsKept?: number;
}

export interface SheetPreview {
  name: string;
  kind: SheetKind;
  mapping: MappingProposal;
  fileUnit: AmountUnit;
  rows: number;
  rejected: number;
}

export interface ImportPreview {
  sheets: SheetPreview[];
  /**
   * Visible sheets not imported (unrecognised, a second sheet of the same kind, or awaiting the
   * officer's choice); never the template's own 填写说明.
   */
  ignoredSheets: string[];
  /** Hidden sheets not imported (never taken unless chosen). */
  hiddenSheets: string[];
  /** Several visible sheets look like 支出明细: their names; nothing is imported until one is chosen. */
  ambiguousSheets: string[] | null;
  draftUnit: AmountUnit;
  units: BudgetUnit[];
  /** null: the file has no 收入 sheet (the draft's income is kept). */
  income: IncomeLine[] | null;
  expenses: ImportedLine[];
  projects: Project[];
  /** Reasons rows or sheets are refused (第 N 行, column, why): the first `maxProblemsKept`. */
  problems: RowProblem[];
  /** All problems, listed or not. */
  problemCount: number;
  warnings: RowProblem[];
  warningCount: number;
  duplicates: { row: number; firstRow: number }[];
  counts: { rows: number; accepted: number; rejected: number };
  /** Sum of the accepted expense lines, in the draft's unit. */
  expenseTotal: string;
}

/** A problem of a whole sheet (row 0). */
export function sheetProblem(sheet: string, message: string): RowProblem {
  return { sheet, row: 0, message };
}

/**
 * The mapping of a sheet taken for `kind` under the officer's choice, or null with the sheet's
 * problem added (no header row, a merged header running into the data, required columns missing).
 */
export function mappingFor<K extends AnySheetKind>(
  sheet: SheetData,
  kind: K,
  choice: Pick<SheetChoice, 'columns' | 'amountUnit'> | undefined,
  problems: ProblemList,
): MappingProposal<K> | null {
  let m = proposeMapping(sheet, kind);
  if (!m && choice?.columns) {
    const first = sheet.rows[0];
    m = {
      kind,
      headerRow: first.row,
      headerBottom: first.row,
      headers: first.cells.map((c) => c.trim()),
      columns: {},
      unmapped: [],
      missing: [],
    };
  }
  if (m && (choice?.columns || choice?.amountUnit)) m = applyUserMapping(m, choice.columns ?? {}, choice.amountUnit);
  const labels = fieldsOf(kind)
    .filter((f) => f.required)
    .map((f) => f.label);
  if (!m) {
    problems.add(
      sheetProblem(
        sheet.name,
        `找不到表头行（应含 ${labels.join('、')} 等列）。请使用导入模板，或在“列对应”中指定各列。`,
      ),
    );
    return null;
  }
  if (m.mergeIntoData) {
    problems.add(sheetProblem(sheet.name, mergeIntoDataMessage(m.mergeIntoData, m.headerRow)));
    return null;
  }
  if (m.missing.length > 0) {
    problems.add(
      sheetProblem(
        sheet.name,
        `缺少必需的列：${m.missing.map((f) => f.label).join('、')}（第 ${m.headerRow} 行为表头）。请在“列对应”中指定。`,
      ),
    );
    return null;
  }
  return m;
}

/** Validates a whole file against the draft it goes to; returns the preview. */
export function analyzeImport(workbook: WorkbookData, ctx: ImportContext): ImportPreview {
  const keep = ctx.maxProblemsKept ?? DEFAULT_LIMITS.maxProblemsKept;
  const problems = new ProblemList(keep);
  const warnings = new ProblemList(keep);
  const choices = withChosenSheet(workbook, ctx.choices ?? {}, ctx.expenseSheet, 'expenses', problems);
  const roles = assignSheets(workbook, choices);
  const bySheetKind = roles.byKind;
  const hiddenSet = new Set(roles.hidden);
  // The template's own 填写说明 is not data and not worth a note (it says so itself).
  const ignoredSheets = workbook.sheets
    .filter((s) => roles.kindOf.get(s.name) === null && !hiddenSet.has(s.name) && !isTemplateGuide(s))
    .map((s) => s.name);
  for (const name of roles.hidden)
    warnings.add(
      sheetProblem(name, '隐藏的工作表，未导入（如需导入，请在 Excel/WPS 中取消隐藏，或在“列对应”中指定它的内容）'),
    );
  for (const d of roles.duplicates)
    warnings.add(sheetProblem(d.sheet, `也像${KIND_NAMES[d.kind]}表，未导入（已导入工作表“${d.taken}”）`));
  // A workbook of the published tables: its 项目支出表 (Zhejiang prints two, by project and by 一级项目)
  // may look like 支出明细 by its headers, but no sheet of it has the columns of a line.
  const finishedAll = finishedFormSheets(workbook);
  const ambiguousForms = roles.ambiguous?.every((name) => finishedAll.includes(name)) ?? false;
  if (roles.ambiguous && !ambiguousForms)
    problems.add({ sheet: '', row: 0, message: ambiguousSheetsMessage(roles.ambiguous) });
  const finished = roles.ambiguous && !ambiguousForms ? [] : finishedAll;
  const expenseSheet = bySheetKind.get('expenses');
  if (
    finished.length > 0 &&
    expenseSheet &&
    !roles.chosen.has(expenseSheet.name) &&
    finished.includes(expenseSheet.name) &&
    (proposeMapping(expenseSheet, 'expenses')?.missing.length ?? 1) > 0
  )
    bySheetKind.delete('expenses');
  const draftUnit = ctx.base.amountUnit;
  const sheets: SheetPreview[] = [];
  const prepared = new Map<SheetKind, { sheet: SheetData; mapping: MappingProposal; fileUnit: AmountUnit }>();
  for (const [kind, sheet] of bySheetKind) {
    const choice = choices[sheet.name];
    const mapping = mappingFor(sheet, kind, choice, problems);
    if (!mapping) continue;
    const fileUnit = choice?.amountUnit ?? mapping.amountUnit ?? ctx.fileUnit ?? draftUnit;
    if (mapping.columns.amount !== undefined && fileUnit !== draftUnit) {
      warnings.add(
        sheetProblem(sheet.name, `金额单位为${UNIT_LABEL[fileUnit]}，已换算为草稿的${UNIT_LABEL[draftUnit]}`),
      );
    }
    prepared.set(kind, { sheet, mapping, fileUnit });
  }
  if (finished.length > 0 && !bySheetKind.has('expenses')) {
    problems.add({ sheet: '', row: 0, message: finishedFormMessage(finished) });
  } else if (!bySheetKind.has('expenses') && !roles.ambiguous) {
    const hiddenHint =
      roles.hiddenExpenses.length > 0
        ? `（隐藏的工作表${roles.hiddenExpenses.map((n) => `“${n}”`).join('、')}像是支出明细，但隐藏的工作表不会自动导入：请在 Excel/WPS 中取消隐藏，或指定它为支出明细）`
        : '';
    problems.add(
      sheetProblem(
        workbook.sheets.map((s) => s.name).join('、'),
        `没有找到支出明细表（表头应含 功能科目编码、经济科目编码、支出类型、资金来源、金额）。请使用导入模板，或指定哪个工作表是支出明细。${hiddenHint}`,
      ),
    );
  }

  let rows = 0;
  let rejected = 0;
  const record = (kind: SheetKind, n: number, bad: number) => {
    rows += n;
    rejected += bad;
    const p = prepared.get(kind)!;
    sheets.push({ name: p.sheet.name, kind, mapping: p.mapping, fileUnit: p.fileUnit, rows: n, rejected: bad });
  };

  const { units, known, projects, projectUnits } = readUnitsAndProjects(
    ctx.base,
    prepared.get('units'),
    prepared.get('projects'),
    { keep, problems, record },
  );

  let income: IncomeLine[] | null = null;
  const inc = prepared.get('income');
  if (inc) {
    const r = validateIncomeRows(inc.sheet, inc.mapping, { units: known, fileUnit: inc.fileUnit, draftUnit, keep });
    income = r.items.map((i) => i.value);
    problems.addAll(r.problems, r.problemCount);
    record('income', r.rowCount, r.rejectedRows);
  }

  let expenses: ImportedLine[] = [];
  let duplicates: { row: number; firstRow: number }[] = [];
  const e = prepared.get('expenses');
  if (e) {
    const r = validateExpenseRows(e.sheet, e.mapping, {
      catalogs: withLocalCodes(ctx.catalogs, ctx.base.catalogExtras),
      fileUnit: e.fileUnit,
      draftUnit,
      units: known,
      projects: projectUnits,
      defaultUnit: ctx.defaultUnit,
      maxProblemsKept: keep,
    });
    expenses = r.lines;
    duplicates = r.duplicates;
    for (const x of r.newUnits) units.push(x);
    for (const x of r.newProjects)
      projects.push({ ...x, parent: '', category: '', period: '', basis: '', goal: '', executionWeight: null });
    problems.addAll(r.problems, r.problemCount);
    warnings.addAll(r.warnings, r.warningCount);
    record('expenses', r.rowCount, r.rejectedRows);
  }

  let total = new Decimal(0);
  for (const l of expenses) total = total.plus(l.line.amount);
  return {
    sheets,
    ignoredSheets,
    hiddenSheets: roles.hidden,
    ambiguousSheets: roles.ambiguous,
    draftUnit,
    units,
    income,
    expenses,
    projects,
    problems: problems.items,
    problemCount: problems.total,
    warnings: warnings.items,
    warningCount: warnings.total,
    duplicates,
    counts: { rows, accepted: rows - rejected, rejected },
    expenseTotal: draftUnit === 'yuan' ? total.toFixed(2) : total.toFixed(),
  };
}

/** The choices with the sheet the CLI's `--sheet` names taken for `kind`, or a problem when the file has none of that name. */
export function withChosenSheet<C extends { kind?: string | null }>(
  workbook: WorkbookData,
  choices: Record<string, C>,
  name: string | undefined,
  kind: NonNullable<C['kind']>,
  problems: ProblemList,
): Record<string, C> {
  if (name === undefined) return choices;
  if (workbook.sheets.some((s) => s.name === name)) return { ...choices, [name]: { ...choices[name], kind } };
  problems.add({
    sheet: '',
    row: 0,
    message: noSuchSheetMessage(
      name,
      workbook.sheets.map((s) => s.name),
    ),
  });
  return choices;
}

/** The year's catalogs with the draft's local codes (catalogExtras), as the lines are checked against. */
export function withLocalCodes(catalogs: CatalogPair, extras: Draft['catalogExtras']): CatalogPair {
  return {
    ...catalogs,
    function: catalogs.function.withExtras(extras.filter((x) => x.scheme === 'function')),
    economic: catalogs.economic.withExtras(extras.filter((x) => x.scheme === 'economic')),
  };
}

/** A merged range from the header into the data rows (mapping.ts, MappingProposal.mergeIntoData). */
export function mergeIntoDataMessage(
  m: { ref: string; headerBottom: number; bottom: number },
  headerRow: number,
): string {
  const head = m.headerBottom > headerRow ? `第 ${headerRow}–${m.headerBottom} 行` : `第 ${headerRow} 行`;
  const data = m.bottom > m.headerBottom + 1 ? `第 ${m.headerBottom + 1}–${m.bottom} 行` : `第 ${m.bottom} 行`;
  return `${m.ref} 是合并单元格，跨越表头（${head}）和数据行（${data}），请取消合并后再导入`;
}

/** `--sheet` names a sheet the file does not have (or one without data). */
export function noSuchSheetMessage(name: string, sheets: readonly string[]): string {
  return `文件中没有名为“${name}”且有数据的工作表（有：${sheets.map((s) => `“${s}”`).join('、')}）`;
}
