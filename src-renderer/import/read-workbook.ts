import { parseCsv } from '../domain/catalog/csv';
import { err, ok, type Result } from '../domain/result';
import { DEFAULT_LIMITS, formatBytes, type ImportLimits } from './limits';
import { parseRelationships, parseSharedStrings, parseStyles, parseWorkbookXml } from './xlsx-parts';
import { parseSheetXml } from './xlsx-sheet';
import { xmlText } from './xml-scan';
import { checkZipActual, checkZipDeclared, sniffBytes } from './zip-guard';

/**
 * Reads an .xlsx or .csv file (bytes, no file system) into sheets of cell texts: the one shape
 * every later import step works on. Hostile input is refused here with a Chinese message:
 * a file that is not what its name says, an empty workbook, a zip bomb, too many cells.
 */
export interface MergeRange { top: number; left: number; bottom: number; right: number }

export interface SheetRow {
  /** 1-based row number as Excel shows it (CSV: the record's number). */
  row: number;
  /** Cell texts by 0-based column; cells of a merged range repeat the range's text. */
  cells: string[];
}

export interface SheetData {
  name: string;
  /** Non-empty rows only, in order. */
  rows: SheetRow[];
  merges: MergeRange[];
  /** `${row}:${col}` (1-based row, 0-based column) → Chinese message for error values and formulas without result. */
  cellErrors: Map<string, string>;
}

export interface WorkbookData { format: 'xlsx' | 'csv'; sheets: SheetData[]; cells: number }

export const cellKey = (row: number, col: number) => `${row}:${col}`;

function extension(fileName: string): string {
  const m = /\.([^.\\/]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

function stem(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || '数据';
}

/** Reads the file; `fileName` decides .csv vs .xlsx, the bytes must agree. */
export async function readWorkbook(
  bytes: Uint8Array, fileName: string, limits: ImportLimits = DEFAULT_LIMITS, onProgress?: (fraction: number) => void,
): Promise<Result<WorkbookData, string>> {
  const ext = extension(fileName);
  const shown = fileName.replace(/^.*[\\/]/, '');
  if (bytes.length > limits.maxFileBytes) {
    return err(`文件“${shown}”有 ${formatBytes(bytes.length)}，超过导入上限 ${formatBytes(limits.maxFileBytes)}。`);
  }
  const sniff = sniffBytes(bytes);
  if (sniff === 'empty') return err(`文件“${shown}”是空文件（0 字节）。`);
  if (ext === 'csv' || ext === 'txt') {
    if (sniff === 'zip') return err(`文件“${shown}”的扩展名是 .${ext}，内容却是 Excel 工作簿（.xlsx）：请把扩展名改为 .xlsx 后再导入。`);
    if (sniff === 'ole' || sniff === 'binary') return err(`文件“${shown}”不是文本格式的 CSV 文件。请在 Excel/WPS 中“另存为”CSV（逗号分隔）或 .xlsx。`);
    return readCsv(bytes, shown, limits);
  }
  if (sniff === 'zip') return readXlsx(bytes, shown, limits, onProgress);
  const hint =
    sniff === 'ole' ? '内容是旧版 Excel 97-2003（.xls）或 WPS（.et）格式，本工具只读取 .xlsx：请在 Excel/WPS 中“另存为”Excel 工作簿（.xlsx）。'
      : sniff === 'html' ? '内容是网页（HTML）表格（一些系统导出的“Excel”实为网页）：请在 Excel/WPS 中打开后“另存为”Excel 工作簿（.xlsx）。'
        : sniff === 'text' ? '内容是文本，可能是 CSV 文件：请把扩展名改为 .csv 后再导入，或在 Excel/WPS 中另存为 .xlsx。'
          : '内容不是 Excel 工作簿（可能是改了扩展名的其他文件或已损坏）：请在 Excel/WPS 中打开并“另存为”.xlsx 后再导入。';
  return err(`文件“${shown}”不是有效的 .xlsx 文件：${hint}`);
}

/** CSV as Excel/WPS save it in China: UTF-8 (with or without BOM), else GB18030 (GBK). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: Excel's “CSV (逗号分隔)” on a Chinese Windows writes GBK.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array, shown: string, limits: ImportLimits): Result<WorkbookData, string> {
  const parsed = parseCsv(decodeText(bytes));
  if (!parsed.ok) return err(`文件“${shown}”：${parsed.error}`);
  const rows: SheetRow[] = [];
  let cells = 0;
  parsed.value.forEach((fields, i) => {
    if (fields.every((f) => f.trim() === '')) return;
    cells += fields.length;
    rows.push({ row: i + 1, cells: fields });
  });
  if (rows.length === 0) return err(`文件“${shown}”没有任何数据。`);
  if (rows.length > limits.maxRows) return err(`文件“${shown}”有 ${rows.length} 行，超过导入上限 ${limits.maxRows} 行，请拆分后导入。`);
  if (cells > limits.maxCells) return err(`文件“${shown}”有 ${cells} 个单元格，超过导入上限 ${limits.maxCells}，请拆分后导入。`);
  return ok({ format: 'csv', sheets: [{ name: stem(shown), rows, merges: [], cellErrors: new Map() }], cells });
}

/** The parts of the zip the reader uses (XML and relationships; images and the rest are not inflated). */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

function partText(parts: Map<string, Uint8Array>, path: string): string | null {
  const bytes = parts.get(path);
  return bytes ? xmlText(bytes) : null;
}

async function readXlsx(bytes: Uint8Array, shown: string, limits: ImportLimits, onProgress?: (fraction: number) => void): Promise<Result<WorkbookData, string>> {
  const declared = checkZipDeclared(bytes, limits);
  if (!declared.ok) return err(`文件“${shown}”：${declared.error}`);
  const actual = await checkZipActual(bytes, declared.value, limits, isXmlPart);
  if (!actual.ok) return err(`文件“${shown}”：${actual.error}`);
  onProgress?.(0.1);
  const parts = actual.value;
  const broken = (what: string) => err(`文件“${shown}”无法作为 Excel 工作簿读取（${what}）。请在 Excel/WPS 中打开并另存为 .xlsx 后再导入。`);

  const rels = parseRelationships(partText(parts, 'xl/_rels/workbook.xml.rels') ?? '');
  const workbookXml = partText(parts, 'xl/workbook.xml');
  if (workbookXml === null) return broken('缺少 xl/workbook.xml');
  const book = parseWorkbookXml(workbookXml, rels);
  const relOfType = (suffix: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path ?? fallback;
  const sharedXml = partText(parts, relOfType('/sharedStrings', 'xl/sharedStrings.xml'));
  const shared = sharedXml === null ? [] : parseSharedStrings(sharedXml);
  const stylesXml = partText(parts, relOfType('/styles', 'xl/styles.xml'));
  const styles = stylesXml === null ? { numFmt: [], isDate: [] } : parseStyles(stylesXml);

  const visible = book.sheets.filter((s) => s.state !== 'veryHidden' && parts.has(s.path));
  const sizes = visible.map((s) => parts.get(s.path)!.length);
  const totalSize = sizes.reduce((a, b) => a + b, 0) || 1;
  let done = 0;
  const sheets: SheetData[] = [];
  let cells = 0;
  for (let i = 0; i < visible.length; i++) {
    const entry = visible[i];
    const start = done;
    const parsed = parseSheetXml(xmlText(parts.get(entry.path)!), {
      shared, styles, date1904: book.date1904, maxRows: limits.maxRows, maxCells: limits.maxCells - cells,
      onProgress: onProgress && ((f) => onProgress(0.1 + (0.9 * (start + f * sizes[i])) / totalSize)),
    });
    if (!parsed.ok) {
      return parsed.reason === 'rows'
        ? err(`文件“${shown}”的工作表超过导入上限 ${limits.maxRows} 行，请拆分后导入。`)
        : err(`文件“${shown}”的单元格超过导入上限 ${limits.maxCells} 个，请拆分后导入。`);
    }
    done += sizes[i];
    cells += parsed.sheet.cells;
    const { rows, merges, cellErrors } = parsed.sheet;
    if (rows.length > 0) sheets.push({ name: entry.name, rows, merges, cellErrors });
  }
  onProgress?.(1);
  if (sheets.length === 0) return err(`文件“${shown}”是空的工作簿：没有任何有数据的工作表。可先下载导入模板填写。`);
  return ok({ format: 'xlsx', sheets, cells });
}
