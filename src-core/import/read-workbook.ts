import { err, ok, type Result } from '../domain/result';
import { DEFAULT_LIMITS, EXCEL_MAX_COLS, EXCEL_MAX_ROWS, formatBytes, fullLimits, type ImportLimits } from './limits';
import { unreadableFileMessage } from './messages';
import { decodeTextFile, detectDelimiter, detectEncoding, parseDelimited } from './text-file';
import { parseRelationships, parseSharedStrings, parseStyles, parseWorkbookXml } from './xlsx-parts';
import { parseSheetXml, type SheetFailure } from './xlsx-sheet';
import { xmlText } from './xml-scan';
import { sniffBytes } from './file-sniff';
import { checkZipDeclared } from './zip-directory';
import { checkZipActual } from './zip-inflate';
import { readXls } from './xls-file';

/**
 * Reads an .xlsx, .xls (xls-file.ts), .csv or TAB-separated text file (bytes, no file system) into sheets of cell
 * texts: the one shape every later import step works on. Hostile input is refused here with a
 * Chinese message: a file that is not what its name says, an empty workbook, a zip bomb, too many
 * cells, coordinates beyond Excel's sheet. Any unexpected failure becomes a Chinese message too.
 */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetRow {
  /** 1-based row number as Excel shows it (CSV: the record's number). */
  row: number;
  /** Cell texts by 0-based column; cells of a merged range repeat the range's text. */
  cells: string[];
  /** .xlsx: bit c set when the cell of column c (0–31) is stored as a whole number (a code typed as 001 is 1). */
  numeric?: number;
}

export interface SheetData {
  name: string;
  /** Non-empty rows only, in order. */
  rows: SheetRow[];
  merges: MergeRange[];
  /** `${row}:${col}` (1-based row, 0-based column) → Chinese message for error values and formulas without result. */
  cellErrors: Map<string, string>;
  /** `${row}:${col}` of cells stored as whole numbers (.xlsx) beyond the 32nd column (the others: SheetRow.numeric). */
  numbers?: ReadonlySet<string>;
  /** The sheet is hidden in Excel/WPS (never imported unless chosen). */
  hidden?: 'hidden' | 'veryHidden';
}

export interface WorkbookData {
  format: 'xlsx' | 'xls' | 'csv';
  sheets: SheetData[];
  cells: number;
}

export const cellKey = (row: number, col: number) => `${row}:${col}`;

function extension(fileName: string): string {
  const m = /\.([^.\\/]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

function stem(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || '数据';
}

/** Extensions read as delimited text (CSV, “文本文件(制表符分隔)”, “Unicode 文本”). */
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);

/**
 * Reads the file; `fileName` decides text vs .xlsx, the bytes must agree. Never throws: an
 * unexpected failure is the Chinese message of unreadableFileMessage.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits = DEFAULT_LIMITS,
  onProgress?: (fraction: number) => void,
): Promise<Result<WorkbookData, string>> {
  try {
    return await readAny(bytes, fileName, limits, onProgress);
  } catch {
    return err(unreadableFileMessage(fileName));
  }
}

async function readAny(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits,
  onProgress?: (fraction: number) => void,
): Promise<Result<WorkbookData, string>> {
  const ext = extension(fileName);
  const shown = fileName.replace(/^.*[\\/]/, '');
  if (bytes.length > limits.maxFileBytes) {
    return err(`文件“${shown}”有 ${formatBytes(bytes.length)}，超过导入上限 ${formatBytes(limits.maxFileBytes)}。`);
  }
  const sniff = sniffBytes(bytes);
  if (sniff === 'empty') return err(`文件“${shown}”是空文件（0 字节）。`);
  if (TEXT_EXTENSIONS.has(ext)) {
    if (sniff === 'zip')
      return err(`文件“${shown}”的扩展名是 .${ext}，内容却是 Excel 工作簿（.xlsx）：请把扩展名改为 .xlsx 后再导入。`);
    // UTF-16 text (“Unicode 文本”) has zero bytes, which the sniff alone takes for binary.
    if (sniff === 'ole' || (sniff === 'binary' && !detectEncoding(bytes).startsWith('utf-16')))
      return err(notText(shown));
    return readText(bytes, shown, limits);
  }
  if (sniff === 'zip') return readXlsx(bytes, shown, limits, onProgress);
  // Excel 97-2003 (.xls, also under another Excel extension); WPS's own .et keeps its message.
  if (sniff === 'ole' && ext !== 'et') return readXls(bytes, shown, limits, onProgress);
  const hint =
    sniff === 'ole'
      ? '内容是 WPS 表格（.et）格式，本工具读取 .xlsx 和 .xls：请在 WPS 中“另存为”Excel 工作簿（.xlsx）。'
      : sniff === 'html'
        ? '内容是网页（HTML）表格（一些系统导出的“Excel”实为网页）：请在 Excel/WPS 中打开后“另存为”Excel 工作簿（.xlsx）。'
        : sniff === 'text'
          ? '内容是文本，可能是 CSV 文件：请把扩展名改为 .csv 后再导入，或在 Excel/WPS 中另存为 .xlsx。'
          : '内容不是 Excel 工作簿（可能是改了扩展名的其他文件或已损坏）：请在 Excel/WPS 中打开并“另存为”.xlsx 后再导入。';
  return err(`文件“${shown}”不是有效的 .xlsx 文件：${hint}`);
}

const notText = (shown: string) =>
  `文件“${shown}”不是文本格式的 CSV 文件。请在 Excel/WPS 中“另存为”CSV（逗号分隔）、Unicode 文本或 .xlsx。`;

/** CSV as Excel/WPS save it in China: UTF-8 (with or without BOM), else GB18030 (GBK); UTF-16 with its mark. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes)).decode(bytes).replace(/^\uFEFF/, '');
}

/** CSV or TAB-separated text (the separator of the first line decides), in any encoding of text-file.ts. */
function readText(bytes: Uint8Array, shown: string, limits: ImportLimits): Result<WorkbookData, string> {
  const decoded = decodeTextFile(bytes);
  if (!decoded) return err(notText(shown));
  const parsed = parseDelimited(decoded.text, detectDelimiter(decoded.text));
  if (!parsed.ok) return err(`文件“${shown}”：${parsed.error}`);
  const rows: SheetRow[] = [];
  let cells = 0;
  const records = parsed.value;
  for (let i = 0; i < records.length; i++) {
    const fields = records[i];
    if (fields.every((f) => f.trim() === '')) continue;
    cells += fields.length;
    if (fields.length > EXCEL_MAX_COLS)
      return err(
        `文件“${shown}”第 ${i + 1} 行有 ${fields.length} 列，超过 Excel 的 ${EXCEL_MAX_COLS} 列，请检查文件后再导入。`,
      );
    rows.push({ row: i + 1, cells: fields });
  }
  if (rows.length === 0) return err(`文件“${shown}”没有任何数据。`);
  if (rows.length > limits.maxRows)
    return err(`文件“${shown}”有 ${rows.length} 行，超过导入上限 ${limits.maxRows} 行，请拆分后导入。`);
  if (cells > limits.maxCells)
    return err(`文件“${shown}”有 ${cells} 个单元格，超过导入上限 ${limits.maxCells}，请拆分后导入。`);
  return ok({ format: 'csv', sheets: [{ name: stem(shown), rows, merges: [], cellErrors: new Map() }], cells });
}

/** The parts of the zip the reader uses (XML and relationships; images and the rest are not inflated). */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

function partText(parts: Map<string, Uint8Array>, path: string): string | null {
  const bytes = parts.get(path);
  return bytes ? xmlText(bytes) : null;
}

async function readXlsx(
  bytes: Uint8Array,
  shown: string,
  limits: ImportLimits,
  onProgress?: (fraction: number) => void,
): Promise<Result<WorkbookData, string>> {
  const declared = checkZipDeclared(bytes, limits);
  if (!declared.ok) return err(`文件“${shown}”：${declared.error}`);
  const actual = await checkZipActual(bytes, declared.value, limits, isXmlPart);
  if (!actual.ok) return err(`文件“${shown}”：${actual.error}`);
  onProgress?.(0.1);
  const parts = actual.value;
  const broken = (what: string) =>
    err(`文件“${shown}”无法作为 Excel 工作簿读取（${what}）。请在 Excel/WPS 中打开并另存为 .xlsx 后再导入。`);

  const rels = parseRelationships(partText(parts, 'xl/_rels/workbook.xml.rels') ?? '');
  const workbookXml = partText(parts, 'xl/workbook.xml');
  if (workbookXml === null) return broken('缺少 xl/workbook.xml');
  const book = parseWorkbookXml(workbookXml, rels);
  const relOfType = (suffix: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.path ?? fallback;
  const sharedXml = partText(parts, relOfType('/sharedStrings', 'xl/sharedStrings.xml'));
  const shared = sharedXml === null ? [] : parseSharedStrings(sharedXml);
  const stylesXml = partText(parts, relOfType('/styles', 'xl/styles.xml'));
  const styles = stylesXml === null ? { numFmt: [], isDate: [] } : parseStyles(stylesXml);

  // Hidden sheets are read too (the officer may choose one), marked so that none is imported unasked.
  const listed = book.sheets.filter((s) => parts.has(s.path));
  const sizes = listed.map((s) => parts.get(s.path)!.length);
  const totalSize = sizes.reduce((a, b) => a + b, 0) || 1;
  const all = fullLimits(limits);
  let done = 0;
  const sheets: SheetData[] = [];
  let cells = 0;
  let gridCells = 0;
  for (let i = 0; i < listed.length; i++) {
    const entry = listed[i];
    const start = done;
    const parsed = parseSheetXml(xmlText(parts.get(entry.path)!), {
      shared,
      styles,
      date1904: book.date1904,
      maxRows: limits.maxRows,
      maxCells: limits.maxCells - cells,
      maxGridCells: all.maxGridCells - gridCells,
      maxMerges: all.maxMerges,
      onProgress: onProgress && ((f) => onProgress(0.1 + (0.9 * (start + f * sizes[i])) / totalSize)),
    });
    if (!parsed.ok) return err(sheetRefusal(shown, entry.name, parsed, all));
    done += sizes[i];
    cells += parsed.sheet.cells;
    gridCells += parsed.sheet.gridCells;
    const { rows, merges, cellErrors, numbers } = parsed.sheet;
    const hidden = entry.state === 'hidden' || entry.state === 'veryHidden' ? entry.state : undefined;
    if (rows.length > 0)
      sheets.push({ name: entry.name, rows, merges, cellErrors, numbers, ...(hidden ? { hidden } : {}) });
  }
  onProgress?.(1);
  if (sheets.length === 0) return err(`文件“${shown}”是空的工作簿：没有任何有数据的工作表。可先下载导入模板填写。`);
  return ok({ format: 'xlsx', sheets, cells });
}

/** Why a sheet is refused (limits.ts, xlsx-sheet.ts), in Chinese, naming the file and the sheet. */
function sheetRefusal(shown: string, sheet: string, f: SheetFailure, limits: Required<ImportLimits>): string {
  switch (f.reason) {
    case 'rows':
      return `文件“${shown}”的工作表超过导入上限 ${limits.maxRows} 行，请拆分后导入。`;
    case 'cells':
      return `文件“${shown}”的单元格超过导入上限 ${limits.maxCells} 个，请拆分后导入。`;
    case 'grid':
      return `文件“${shown}”的工作表“${sheet}”数据区域过大（各行合计超过 ${limits.maxGridCells} 个单元格，可能有远在右侧的零散单元格），已拒绝导入。请删除无关的行和列后再导入。`;
    case 'ref':
      return `文件“${shown}”的工作表“${sheet}”中有超出 Excel 范围的位置“${f.ref.length > 40 ? `${f.ref.slice(0, 40)}…` : f.ref}”（Excel 最多 ${EXCEL_MAX_COLS} 列、${EXCEL_MAX_ROWS} 行）：文件已损坏或被改动过，已拒绝导入。请在 Excel/WPS 中打开并另存为 .xlsx 后再导入。`;
    case 'merges':
      return `文件“${shown}”的工作表“${sheet}”有超过 ${limits.maxMerges} 个合并单元格，已拒绝导入。请取消合并后再导入。`;
    case 'mergeArea':
      return `文件“${shown}”的工作表“${sheet}”的合并单元格共覆盖 ${f.area} 个单元格（最大的是 ${f.ref.length > 40 ? `${f.ref.slice(0, 40)}…` : f.ref}），超过上限 ${limits.maxCells}，已拒绝导入。请取消整行/整列的合并后再导入。`;
  }
}
