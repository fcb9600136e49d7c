import ExcelJS from 'exceljs';
import type { Draft } from '../domain/draft/types';
import {
  EXPENSE_KIND_NAMES,
  EXPENSE_KINDS,
  SOURCE_NAMES,
  UNIT_TYPE_NAMES,
  UNIT_TYPES,
  type Source,
} from '../domain/draft/vocabulary';
import { UNIT_LABEL, type AmountUnit } from '../domain/money/units';
import { templateFields, type SheetKind } from './fields';

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

type Row = Record<string, string | number>;

function amountValue(amount: string): { value: number; numFmt: string } {
  const decimals = amount.includes('.') ? amount.length - amount.indexOf('.') - 1 : 0;
  return { value: Number(amount), numFmt: decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' };
}

function addSheet(wb: ExcelJS.Workbook, kind: SheetKind, name: string, rows: Row[], unit: AmountUnit): void {
  const fields = templateFields(kind);
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = fields.map((f) => ({ width: WIDTHS[f.key] ?? 14 }));
  const header = ws.getRow(1);
  fields.forEach((f, i) => {
    const cell = header.getCell(i + 1);
    cell.value = f.key === 'amount' ? `${f.label}（${UNIT_LABEL[unit]}）` : f.label;
    cell.font = { bold: true, color: f.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  fields.forEach((f, i) => {
    if (CODE_FIELDS.has(f.key)) ws.getColumn(i + 1).numFmt = '@';
    const list = LISTS[f.key];
    if (list) {
      const col = ws.getColumn(i + 1).letter;
      // exceljs 4.4 has `dataValidations.add(range, …)` but its typings lack it.
      (ws as unknown as DataValidationsApi).dataValidations.add(`${col}2:${col}${LIST_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
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
      if (f.key === 'amount' && typeof v === 'string') {
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
  return writeTemplate(data, draft.amountUnit);
}

/** An empty template (headers, formats and drop-down lists only). */
export function blankTemplate(unit: AmountUnit = 'yuan'): Promise<Uint8Array> {
  return writeTemplate({ expenses: [], units: [], income: [], projects: [] }, unit);
}

async function writeTemplate(data: Record<SheetKind, Row[]>, unit: AmountUnit): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门预算公开编制';
  wb.title = '部门预算数据导入模板';
  for (const s of SHEETS) addSheet(wb, s.kind, s.name, data[s.kind], unit);
  const buffer = await wb.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 3 } },
  } as Partial<ExcelJS.XlsxWriteOptions>);
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
