import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { testResources, zhoushanDraft } from '../fixture-resources';
import type { CatalogPair } from '../../../src-core/domain/catalog/catalog';
import type { Draft } from '../../../src-core/domain/draft/types';
import type { ImportIo } from '../../../src-main/cli/import-command';
import { previewImportFile } from '../../../src-core/import/import-file';
import type { ImportContext, ImportPreview } from '../../../src-core/import/import-workbook';

export const TEMPLATE_HEADER = [
  '单位编码',
  '单位名称',
  '功能科目编码',
  '经济科目编码',
  '支出类型',
  '资金来源',
  '是否上年结转',
  '项目编码',
  '项目名称',
  '金额',
  '备注',
];

export interface SheetSpec {
  name: string;
  rows: unknown[][];
  merges?: string[];
  numFmt?: Record<string, string>;
}

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
  const v = {
    unit: '167001',
    unitName: '',
    function: '2010301',
    economic: '30101',
    kind: '人员经费',
    source: '一般公共预算',
    carry: '否',
    project: '',
    projectName: '',
    amount: 100,
    note: '',
    ...over,
  };
  return [
    v.unit,
    v.unitName,
    v.function,
    v.economic,
    v.kind,
    v.source,
    v.carry,
    v.project,
    v.projectName,
    v.amount,
    v.note,
  ];
};

export async function preview(
  bytes: Uint8Array,
  name: string,
  ctx: Partial<ImportContext> = {},
): Promise<ImportPreview> {
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
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, comp);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(comp.length, 20);
    cen.writeUInt32LE(size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    central.push(cen, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, end]));
}

const CT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const RELS = (sheets: number) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
${Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}
<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>
<Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

/**
 * An .xlsx written by hand from the XML of its sheets (as other programs, or a hostile file, write
 * it): workbook with the sheets' names and states, relationships, optional shared strings and styles.
 */
export function book(o: {
  sheets: { name: string; xml: string; state?: string }[];
  shared?: string;
  styles?: string;
  prefix?: string;
  date1904?: boolean;
}): Uint8Array {
  const p = o.prefix ?? '';
  const workbook =
    `<?xml version="1.0"?><${p}workbook xmlns${p ? `:${p.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${o.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}sheets>${o.sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</${p}sheets></${p}workbook>`;
  return zip([
    { name: '[Content_Types].xml', data: csvBytes(CT) },
    { name: 'xl/workbook.xml', data: csvBytes(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: csvBytes(RELS(o.sheets.length)) },
    ...(o.shared ? [{ name: 'xl/sharedStrings.xml', data: csvBytes(o.shared) }] : []),
    ...(o.styles ? [{ name: 'xl/styles.xml', data: csvBytes(o.styles) }] : []),
    ...o.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: csvBytes(s.xml) })),
  ]);
}

/** Inline-string cell XML (no shared strings needed). */
export function isCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
}

/** A sheet's XML from rows of values (strings inline, numbers as number cells), optional merges. */
export function sheetXml(rows: (string | number | null)[][], merges: string[] = [], firstRow = 1): string {
  const letters = (c: number) => {
    let n = c + 1;
    let s = '';
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const body = rows
    .map((r, i) => {
      const n = i + firstRow;
      const cells = r
        .map((v, c) =>
          v === null || v === ''
            ? ''
            : typeof v === 'number'
              ? `<c r="${letters(c)}${n}"><v>${v}</v></c>`
              : isCell(`${letters(c)}${n}`, v),
        )
        .join('');
      return `<row r="${n}">${cells}</row>`;
    })
    .join('');
  const mc =
    merges.length > 0
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '';
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData>${mc}</worksheet>`;
}

/** The CLI's file system and output, in memory. */
export function fakeIo(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const errs: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const io: ImportIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => errs.push(s),
    readBytes: (p) => {
      if (!(p in files))
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return files[p];
    },
    writeFile: (p, d) => {
      written.set(p, d);
    },
    exists: (p) => p in files || written.has(p),
  };
  return { io, out, errs, written };
}
