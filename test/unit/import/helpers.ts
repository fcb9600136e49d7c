import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { testResources, zhoushanDraft } from '../fixture-resources';
import type { CatalogPair } from '../../../src-renderer/domain/catalog/catalog';
import type { Draft } from '../../../src-renderer/domain/draft/types';
import { previewImportFile } from '../../../src-renderer/import/import-file';
import type { ImportContext, ImportPreview } from '../../../src-renderer/import/import-workbook';

export const TEMPLATE_HEADER = ['单位编码', '单位名称', '功能科目编码', '经济科目编码', '支出类型', '资金来源', '是否上年结转', '项目编码', '项目名称', '金额', '备注'];

export interface SheetSpec { name: string; rows: unknown[][]; merges?: string[]; numFmt?: Record<string, string> }

/** An .xlsx generated with exceljs: each row's values as exceljs takes them (numbers, strings, { formula, result }, { error }). */
export async function xlsx(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, c) => {
        if (v !== undefined && v !== null) row.getCell(c + 1).value = v as ExcelJS.CellValue;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [addr, fmt] of Object.entries(s.numFmt ?? {})) ws.getCell(addr).numFmt = fmt;
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export const catalogs = (): CatalogPair => testResources().catalogs.forYear(2022);

/** The 舟山 draft without what the template carries (units, income, expenses, projects). */
export function bareBase(): Draft {
  return { ...zhoushanDraft(), units: [], income: [], expenses: [], projects: [], procurement: [] };
}

/** A base draft that knows the unit 167001 and project 167001-01. */
export function smallBase(): Draft {
  const d = zhoushanDraft();
  return { ...d, expenses: [], income: [] };
}

export const line = (over: Partial<Record<string, unknown>> = {}): unknown[] => {
  const v = { unit: '167001', unitName: '', function: '2010301', economic: '30101', kind: '人员经费', source: '一般公共预算', carry: '否', project: '', projectName: '', amount: 100, note: '', ...over };
  return [v.unit, v.unitName, v.function, v.economic, v.kind, v.source, v.carry, v.project, v.projectName, v.amount, v.note];
};

export async function preview(bytes: Uint8Array, name: string, ctx: Partial<ImportContext> = {}): Promise<ImportPreview> {
  const r = await previewImportFile(bytes, name, { base: smallBase(), catalogs: catalogs(), ...ctx });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export const csvBytes = (text: string) => new TextEncoder().encode(text);

/** A zip written by hand (stored or deflated entries), for hostile archives. `declared` overrides the size in the headers. */
export function zip(entries: { name: string; data: Uint8Array; declared?: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const comp = deflateRawSync(e.data);
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 14); local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, comp);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0); cen.writeUInt16LE(20, 4); cen.writeUInt16LE(20, 6); cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(comp.length, 20); cen.writeUInt32LE(size, 24); cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    central.push(cen, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, end]));
}
