import ExcelJS from 'exceljs';
import type { Draft } from '../../../src-core/domain/draft/types';
import type { DerivedTable } from '../../../src-core/domain/tables/derived';
import { planSheets, writeXlsx, type SheetPlan, type XlsxOptions } from '../../../src-core/export/xlsx/workbook-writer';
import { engineFor, zhoushanDraft } from '../fixture-resources';

/** A draft exported under one layout: the tables, the plan of each sheet, the bytes and the workbook read back. */
export interface Exported {
  tables: DerivedTable[];
  plans: SheetPlan[];
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
}

export async function exportDraft(draft: Draft, layout: string, options: XlsxOptions = {}): Promise<Exported> {
  const engine = engineFor(draft, layout);
  const src = { draft: engine.draft, layout: engine.layout, tables: engine.tables() };
  const bytes = await writeXlsx(src, options);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { tables: src.tables, plans: planSheets(src, options), bytes, workbook };
}

/** A cell's value as read back (1-based workbook coordinates from 0-based layout ones). */
export function cellAt(ws: ExcelJS.Worksheet, row0: number, col0: number): ExcelJS.Cell {
  return ws.getCell(row0 + 1, col0 + 1);
}

/** The text of a header or label cell, line breaks removed. */
export function textOf(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'text' in v) return String(v.text).replaceAll('\n', '');
  return String(v).replaceAll('\n', '');
}

/** Amount as the sheet holds it: a number for non-zero amounts, nothing for zero. */
export function expectedCell(value: string | undefined): number | null {
  if (value === undefined || Number(value) === 0) return null;
  return Number(value);
}

/** The 舟山 draft with project and unit names that look like formulas (=, +, -, @). */
export function trickyDraft() {
  const draft = zhoushanDraft();
  const names = ['=1+1', '@SUM(A1)', '+1-2', '-3+4', '=HYPERLINK("http://x","y")'];
  return {
    ...draft,
    projects: draft.projects.map((p, i) => ({ ...p, name: names[i] ?? p.name, goal: i === 0 ? '=A1*2' : p.goal })),
    units: draft.units.map((u) => ({ ...u, name: '@单位' })),
  };
}
