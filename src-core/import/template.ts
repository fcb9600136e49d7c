import ExcelJS from 'exceljs';
import type { BudgetUnit, Draft } from '../domain/draft/types';
import {
  EXPENSE_KIND_NAMES,
  EXPENSE_KINDS,
  SOURCE_NAMES,
  UNIT_TYPE_NAMES,
  UNIT_TYPES,
  type Source,
} from '../domain/draft/vocabulary';
import { UNIT_LABEL, type AmountUnit } from '../domain/money/units';
import { templateFields, type FieldDef, type SheetKind } from './fields';
import { addGuideSheet, guideListFormulas } from './template-guide';

/**
 * The import template (导入模板): 支出明细, 单位, 收入, 项目 sheets with the Chinese headers the
 * importer recognises. Codes are written as text (a code typed into the sheet stays text too:
 * the columns are formatted `@`), enums as their Chinese names, 是/否, amounts as numbers with as
 * many decimals as the draft has (so that the reader gives the same string back).
 */
const SHEETS: { kind: SheetKind; name: string }[] = [
  { kind: 'expenses', name: '支出明细' },
  { kind: 'units', name: '单位' },
  { kind: 'income', name: '收入' },
  { kind: 'projects', name: '项目' },
];

const CODE_FIELDS = new Set(['unit', 'code', 'function', 'economic', 'project']);
const WIDTHS: Record<string, number> = {
  unitName: 28,
  name: 28,
  projectName: 28,
  goal: 60,
  source: 24,
  kind: 18,
  parent: 28,
  note: 24,
  type: 26,
};
/** Allowed values offered as a drop-down list (data validation). */
const LISTS: Record<string, string[]> = {
  kind: EXPENSE_KINDS.map((k) => EXPENSE_KIND_NAMES[k]),
  carryover: ['是', '否'],
  type: UNIT_TYPES.map((t) => UNIT_TYPE_NAMES[t]),
};
const LIST_ROWS = 5000;

interface DataValidationsApi {
  dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
}

/** One row of a template sheet: field key → value (amounts as decimal strings). */
export type Row = Record<string, string | number>;

function amountValue(amount: string): { value: number; numFmt: string } {
  const decimals = amount.includes('.') ? amount.length - amount.indexOf('.') - 1 : 0;
  return { value: Number(amount), numFmt: decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' };
}

/** A sheet of a template: its name, columns and rows. */
export interface TemplateSheet {
  name: string;
  fields: readonly FieldDef[];
  rows: readonly Row[];
  /** Drop-down lists by field key, as data-validation formulas (a range of the 填写说明 sheet). */
  lists?: Readonly<Record<string, string>>;
}

function addSheet(wb: ExcelJS.Workbook, { name, fields, rows, lists }: TemplateSheet, unit: AmountUnit): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = fields.map((f) => ({ width: WIDTHS[f.key] ?? 14 }));
  const header = ws.getRow(1);
  fields.forEach((f, i) => {
    const cell = header.getCell(i + 1);
    cell.value = f.key === 'amount' || f.money ? `${f.label}（${UNIT_LABEL[unit]}）` : f.label;
    cell.font = { bold: true, color: f.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  fields.forEach((f, i) => {
    if (CODE_FIELDS.has(f.key)) ws.getColumn(i + 1).numFmt = '@';
    const formula = lists?.[f.key] ?? (LISTS[f.key] ? `"${LISTS[f.key].join(',')}"` : undefined);
    if (formula) {
      const col = ws.getColumn(i + 1).letter;
      // exceljs 4.4 has `dataValidations.add(range, …)` but its typings lack it.
      (ws as unknown as DataValidationsApi).dataValidations.add(`${col}2:${col}${LIST_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: false,
      });
    }
  });
  rows.forEach((r, k) => {
    const row = ws.getRow(k + 2);
    fields.forEach((f, i) => {
      const v = r[f.key];
      if (v === undefined || v === '') return;
      const cell = row.getCell(i + 1);
      if ((f.key === 'amount' || f.money) && typeof v === 'string') {
        const a = amountValue(v);
        cell.value = a.value;
        cell.numFmt = a.numFmt;
      } else {
        cell.value = String(v); // texts and codes as strings, never formulas
        if (CODE_FIELDS.has(f.key)) cell.numFmt = '@';
      }
    });
  });
}

const yesNo = (b: boolean) => (b ? '是' : '否');
const sourceName = (s: Source) => SOURCE_NAMES[s];

/** The template filled from a draft (export for editing in Excel, and the round-trip test). */
export async function draftToTemplate(draft: Draft): Promise<Uint8Array> {
  const unitNames = new Map(draft.units.map((u) => [u.code, u.name]));
  const projectNames = new Map(draft.projects.map((p) => [p.code, p.name]));
  const data: Record<SheetKind, Row[]> = {
    expenses: draft.expenses.map((l) => ({
      unit: l.unit,
      unitName: unitNames.get(l.unit) ?? '',
      function: l.function,
      economic: l.economic,
      kind: EXPENSE_KIND_NAMES[l.kind],
      source: sourceName(l.source),
      carryover: yesNo(l.carryover),
      project: l.project ?? '',
      projectName: l.project ? (projectNames.get(l.project) ?? '') : '',
      amount: l.amount,
      note: l.note ?? '',
    })),
    units: draft.units.map((u) => ({ code: u.code, name: u.name, type: UNIT_TYPE_NAMES[u.type] })),
    income: draft.income.map((l) => ({
      unit: l.unit,
      source: sourceName(l.source),
      carryover: yesNo(l.carryover),
      amount: l.amount,
    })),
    projects: draft.projects.map((p) => ({
      code: p.code,
      unit: p.unit,
      name: p.name,
      parent: p.parent ?? '',
      period: p.period ?? '',
      goal: p.goal ?? '',
    })),
  };
  return writeBudgetTemplate(data, draft.amountUnit, draft.units);
}

/**
 * An empty template (headers, formats, drop-down lists and the 填写说明 sheet); `units` (the
 * draft's) are offered in the 单位 drop-downs.
 */
export function blankTemplate(
  unit: AmountUnit = 'yuan',
  units: readonly Pick<BudgetUnit, 'code' | 'name'>[] = [],
): Promise<Uint8Array> {
  return writeBudgetTemplate({ expenses: [], units: [], income: [], projects: [] }, unit, units);
}

function writeBudgetTemplate(
  data: Record<SheetKind, Row[]>,
  unit: AmountUnit,
  units: readonly Pick<BudgetUnit, 'code' | 'name'>[],
): Promise<Uint8Array> {
  const sheets = SHEETS.map((s) => ({ ...s, fields: templateFields(s.kind) }));
  return writeTemplate(
    sheets.map((s) => ({
      name: s.name,
      fields: s.fields,
      rows: data[s.kind],
      lists: guideListFormulas(units, s.fields),
    })),
    unit,
    '部门预算数据导入模板',
    (wb) => addGuideSheet(wb, { sheets, unit, units }),
  );
}

/** A template workbook of the given sheets (the 预算's above, the 决算's in final-template.ts). */
export async function writeTemplate(
  sheets: readonly TemplateSheet[],
  unit: AmountUnit,
  title: string,
  /** Adds sheets after the data sheets (the 预算's 填写说明). */
  more?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门预算公开编制';
  wb.title = title;
  for (const s of sheets) addSheet(wb, s, unit);
  more?.(wb);
  const buffer = await wb.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 3 } },
  } as Partial<ExcelJS.XlsxWriteOptions>);
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
