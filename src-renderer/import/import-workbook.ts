import Decimal from 'decimal.js';
import type { CatalogPair } from '../domain/catalog/catalog';
import type { AmountUnit } from '../domain/money/units';
import { UNIT_LABEL } from '../domain/money/units';
import type { BudgetUnit, Draft, IncomeLine, Project } from '../domain/draft/types';
import { applyUserMapping, classifySheet, proposeMapping, SHEET_FIELDS, type MappingProposal, type SheetKind } from './mapping';
import type { SheetData, WorkbookData } from './read-workbook';
import type { RowProblem } from './rows';
import { validateExpenseRows, type ImportedLine, type KnownUnits } from './validate-rows';
import { validateIncomeRows, validateProjectRows, validateUnitRows } from './validate-sheets';

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
}

export interface SheetPreview { name: string; kind: SheetKind; mapping: MappingProposal; fileUnit: AmountUnit; rows: number; rejected: number }

export interface ImportPreview {
  sheets: SheetPreview[];
  /** Sheets not imported (unrecognised or a second sheet of the same kind). */
  ignoredSheets: string[];
  draftUnit: AmountUnit;
  units: BudgetUnit[];
  /** null: the file has no 收入 sheet (the draft's income is kept). */
  income: IncomeLine[] | null;
  expenses: ImportedLine[];
  projects: Project[];
  /** Reasons rows or sheets are refused (第 N 行, column, why). */
  problems: RowProblem[];
  warnings: RowProblem[];
  duplicates: { row: number; firstRow: number }[];
  counts: { rows: number; accepted: number; rejected: number };
  /** Sum of the accepted expense lines, in the draft's unit. */
  expenseTotal: string;
}

function sheetProblem(sheet: string, message: string): RowProblem {
  return { sheet, row: 0, message };
}

function mappingFor(sheet: SheetData, kind: SheetKind, choice: SheetChoice | undefined, problems: RowProblem[]): MappingProposal | null {
  let m = proposeMapping(sheet, kind);
  if (!m && choice?.columns) {
    const first = sheet.rows[0];
    m = {
      kind, headerRow: first.row, headerBottom: first.row, headers: first.cells.map((c) => c.trim()),
      columns: {}, unmapped: [], missing: [],
    };
  }
  if (m && (choice?.columns || choice?.amountUnit)) m = applyUserMapping(m, choice.columns ?? {}, choice.amountUnit);
  const labels = SHEET_FIELDS[kind].filter((f) => f.required).map((f) => f.label);
  if (!m) {
    problems.push(sheetProblem(sheet.name, `找不到表头行（应含 ${labels.join('、')} 等列）。请使用导入模板，或在“列对应”中指定各列。`));
    return null;
  }
  if (m.missing.length > 0) {
    problems.push(sheetProblem(sheet.name, `缺少必需的列：${m.missing.map((f) => f.label).join('、')}（第 ${m.headerRow} 行为表头）。请在“列对应”中指定。`));
    return null;
  }
  return m;
}

/** Validates a whole file against the draft it goes to; returns the preview. */
export function analyzeImport(workbook: WorkbookData, ctx: ImportContext): ImportPreview {
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const ignoredSheets: string[] = [];
  const bySheetKind = new Map<SheetKind, SheetData>();
  for (const sheet of workbook.sheets) {
    const choice = ctx.choices?.[sheet.name];
    const kind = choice && 'kind' in choice ? choice.kind ?? null
      : classifySheet(sheet) ?? (workbook.sheets.length === 1 ? 'expenses' : null);
    if (kind === null || bySheetKind.has(kind)) {
      ignoredSheets.push(sheet.name);
      continue;
    }
    bySheetKind.set(kind, sheet);
  }
  const draftUnit = ctx.base.amountUnit;
  const sheets: SheetPreview[] = [];
  const prepared = new Map<SheetKind, { sheet: SheetData; mapping: MappingProposal; fileUnit: AmountUnit }>();
  for (const [kind, sheet] of bySheetKind) {
    const choice = ctx.choices?.[sheet.name];
    const mapping = mappingFor(sheet, kind, choice, problems);
    if (!mapping) continue;
    const fileUnit = choice?.amountUnit ?? mapping.amountUnit ?? ctx.fileUnit ?? draftUnit;
    if (mapping.columns.amount !== undefined && fileUnit !== draftUnit) {
      warnings.push(sheetProblem(sheet.name, `金额单位为${UNIT_LABEL[fileUnit]}，已换算为草稿的${UNIT_LABEL[draftUnit]}`));
    }
    prepared.set(kind, { sheet, mapping, fileUnit });
  }
  if (!bySheetKind.has('expenses')) {
    problems.push(sheetProblem(workbook.sheets.map((s) => s.name).join('、'), '没有找到支出明细表（表头应含 功能科目编码、经济科目编码、支出类型、资金来源、金额）。请使用导入模板，或指定哪个工作表是支出明细。'));
  }

  let rows = 0;
  let rejected = 0;
  const record = (kind: SheetKind, n: number, bad: number) => {
    rows += n;
    rejected += bad;
    const p = prepared.get(kind)!;
    sheets.push({ name: p.sheet.name, kind, mapping: p.mapping, fileUnit: p.fileUnit, rows: n, rejected: bad });
  };

  // 单位 first: lines refer to them.
  const unitCodes = new Map<string, string>(ctx.base.units.map((u) => [u.code, u.name]));
  let units: BudgetUnit[] = [];
  const u = prepared.get('units');
  if (u) {
    const r = validateUnitRows(u.sheet, u.mapping);
    units = r.items.map((i) => i.value);
    for (const x of units) unitCodes.set(x.code, x.name);
    problems.push(...r.problems);
    record('units', r.rowCount, r.rejectedRows);
  }
  const known: KnownUnits = { codes: unitCodes, byName: new Map([...unitCodes].map(([code, name]) => [name, code])) };

  const projectUnits = new Map<string, string>(ctx.base.projects.map((p) => [p.code, p.unit]));
  let projects: Project[] = [];
  const p = prepared.get('projects');
  if (p) {
    const r = validateProjectRows(p.sheet, p.mapping, { units: known });
    projects = r.items.map((i) => i.value);
    for (const x of projects) projectUnits.set(x.code, x.unit);
    problems.push(...r.problems);
    record('projects', r.rowCount, r.rejectedRows);
  }

  let income: IncomeLine[] | null = null;
  const inc = prepared.get('income');
  if (inc) {
    const r = validateIncomeRows(inc.sheet, inc.mapping, { units: known, fileUnit: inc.fileUnit, draftUnit });
    income = r.items.map((i) => i.value);
    problems.push(...r.problems);
    record('income', r.rowCount, r.rejectedRows);
  }

  let expenses: ImportedLine[] = [];
  let duplicates: { row: number; firstRow: number }[] = [];
  const e = prepared.get('expenses');
  if (e) {
    const catalogs = {
      ...ctx.catalogs,
      function: ctx.catalogs.function.withExtras(ctx.base.catalogExtras.filter((x) => x.scheme === 'function')),
      economic: ctx.catalogs.economic.withExtras(ctx.base.catalogExtras.filter((x) => x.scheme === 'economic')),
    };
    const r = validateExpenseRows(e.sheet, e.mapping, {
      catalogs, fileUnit: e.fileUnit, draftUnit, units: known, projects: projectUnits, defaultUnit: ctx.defaultUnit,
    });
    expenses = r.lines;
    duplicates = r.duplicates;
    projects = [...projects, ...r.newProjects.map((x) => ({ ...x, parent: '', category: '', period: '', basis: '', goal: '', executionWeight: null }))];
    problems.push(...r.problems);
    warnings.push(...r.warnings);
    record('expenses', r.rowCount, r.rejectedRows);
  }

  let total = new Decimal(0);
  for (const l of expenses) total = total.plus(l.line.amount);
  return {
    sheets, ignoredSheets, draftUnit, units, income, expenses, projects, problems, warnings, duplicates,
    counts: { rows, accepted: rows - rejected, rejected },
    expenseTotal: draftUnit === 'yuan' ? total.toFixed(2) : total.toFixed(),
  };
}
