import type * as SheetJsModule from '@e965/xlsx';
import { err, ok, type Result } from '../domain/result';
import { dateText, errorValueMessage, numberText } from './cell-text';
import { fullLimits, type ImportLimits } from './limits';
import type { SheetData, WorkbookData } from './read-workbook';
import { fillMerges, type ParsedRow, type ParsedSheet } from './xlsx-sheet';

/**
 * The legacy Excel 97-2003 workbook (.xls, BIFF8 in an OLE2 compound file), which many government
 * systems and WPS still write. Read with SheetJS Community Edition (`@e965/xlsx`, the npm build of
 * SheetJS 0.20.x: the releases that fix CVE-2023-30533 and CVE-2024-22363, which the `xlsx` 0.18.5
 * package on npm still has), loaded only when such a file is opened (it is large), with its code
 * pages (Chinese text of older files is stored in GBK). Its cells become the same SheetData as an
 * .xlsx: numbers cut to Excel's 15 digits and shown with the decimals their format has, dates as
 * text, error values as cell errors, merged ranges filled (xlsx-sheet.ts, fillMerges), hidden
 * sheets marked. The same limits hold: the file's size before reading, rows (SheetJS stops after
 * `maxRows` + 1), cells, row widths and merged ranges after.
 */
type SheetJs = typeof SheetJsModule;

let loading: Promise<SheetJs> | null = null;

async function sheetJs(): Promise<SheetJs> {
  loading ??= Promise.all([import('@e965/xlsx'), import('@e965/xlsx/dist/cpexcel.full.mjs')]).then(([x, cp]) => {
    x.set_cptable(cp);
    return x;
  });
  return loading;
}

interface XlsCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

const unreadable = (shown: string, why: string) =>
  err(
    `文件“${shown}”无法作为 Excel 97-2003 工作簿（.xls）读取（${why}）。请在 Excel/WPS 中打开并“另存为”Excel 工作簿（.xlsx）后再导入。`,
  );

export async function readXls(
  bytes: Uint8Array,
  shown: string,
  limits: ImportLimits,
  onProgress?: (fraction: number) => void,
): Promise<Result<WorkbookData, string>> {
  const all = fullLimits(limits);
  const X = await sheetJs();
  onProgress?.(0.1);
  let wb;
  try {
    wb = X.read(bytes, {
      type: 'array',
      dense: true,
      sheetRows: limits.maxRows + 1,
      cellFormula: false,
      cellHTML: false,
      cellNF: true,
      cellStyles: false,
      cellDates: false,
      cellText: false,
      bookVBA: false,
    });
  } catch (e) {
    const text = e instanceof Error ? e.message : '';
    return unreadable(
      shown,
      /password|encrypt/i.test(text) ? '文件已加密，请先取消密码' : '文件已损坏或不是 Excel 文件',
    );
  }
  if (!/^(xls|biff)/i.test(String((wb as { bookType?: string }).bookType ?? 'xls')))
    return unreadable(shown, '内容不是 Excel 97-2003 工作簿');
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const sheets: SheetData[] = [];
  let cells = 0;
  let gridCells = 0;
  for (let i = 0; i < wb.SheetNames.length; i++) {
    const name = wb.SheetNames[i];
    const ws = wb.Sheets[name] as {
      '!data'?: XlsCell[][];
      '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[];
    };
    const data = ws?.['!data'] ?? [];
    if (data.length > limits.maxRows)
      return err(`文件“${shown}”的工作表超过导入上限 ${limits.maxRows} 行，请拆分后导入。`);
    const parsed: ParsedSheet = {
      rows: [],
      merges: [],
      cellErrors: new Map(),
      numbers: new Set(),
      cells: 0,
      gridCells: 0,
    };
    for (let r = 0; r < data.length; r++) {
      const src = data[r];
      if (!src) continue;
      const row: ParsedRow = { row: r + 1, cells: [], numeric: 0 };
      let any = false;
      for (let c = 0; c < src.length; c++) {
        const cell = src[c];
        if (!cell || cell.t === 'z') continue;
        const read = cellText(X, cell, date1904);
        if (read === null) continue;
        cells += 1;
        if (cells > limits.maxCells)
          return err(`文件“${shown}”的单元格超过导入上限 ${limits.maxCells} 个，请拆分后导入。`);
        while (row.cells.length < c) row.cells.push('');
        row.cells[c] = read.text;
        if (read.error) parsed.cellErrors.set(`${r + 1}:${c}`, read.error);
        if (read.whole) {
          if (c < 32) row.numeric |= 1 << c;
          else parsed.numbers.add(`${r + 1}:${c}`);
        }
        if (read.error || read.text.trim() !== '') any = true;
      }
      gridCells += row.cells.length;
      if (gridCells > all.maxGridCells) return err(gridMessage(shown, name, all.maxGridCells));
      if (any) parsed.rows.push(row);
    }
    const merges = ws?.['!merges'] ?? [];
    if (merges.length > all.maxMerges)
      return err(
        `文件“${shown}”的工作表“${name}”有超过 ${all.maxMerges} 个合并单元格，已拒绝导入。请取消合并后再导入。`,
      );
    let area = 0;
    for (const m of merges) {
      area += (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
      if (area > limits.maxCells)
        return err(
          `文件“${shown}”的工作表“${name}”的合并单元格覆盖的单元格超过上限 ${limits.maxCells}，已拒绝导入。请取消整行/整列的合并后再导入。`,
        );
      parsed.merges.push({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 });
    }
    parsed.cells = cells;
    parsed.gridCells = gridCells;
    if (parsed.merges.length > 0) {
      const over = fillMerges(parsed, limits.maxCells, all.maxGridCells);
      if (over === 'cells') return err(`文件“${shown}”的单元格超过导入上限 ${limits.maxCells} 个，请拆分后导入。`);
      if (over === 'grid') return err(gridMessage(shown, name, all.maxGridCells));
      cells = parsed.cells;
      gridCells = parsed.gridCells;
    }
    const state = wb.Workbook?.Sheets?.[i]?.Hidden;
    if (parsed.rows.length > 0)
      sheets.push({
        name,
        rows: parsed.rows,
        merges: parsed.merges,
        cellErrors: parsed.cellErrors,
        numbers: parsed.numbers,
        ...(state === 1 ? { hidden: 'hidden' as const } : state === 2 ? { hidden: 'veryHidden' as const } : {}),
      });
  }
  onProgress?.(1);
  if (sheets.length === 0) return err(`文件“${shown}”是空的工作簿：没有任何有数据的工作表。可先下载导入模板填写。`);
  return ok({ format: 'xls', sheets, cells });
}

const gridMessage = (shown: string, sheet: string, max: number) =>
  `文件“${shown}”的工作表“${sheet}”数据区域过大（各行合计超过 ${max} 个单元格，可能有远在右侧的零散单元格），已拒绝导入。请删除无关的行和列后再导入。`;

/** BIFF error values (MS-XLS 2.5.97.2, BErr). */
const ERROR_CODES: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

/** A cell as the .xlsx reader gives it (xlsx-sheet.ts): text, error, whether a whole number. */
function cellText(
  X: SheetJs,
  cell: XlsCell,
  date1904: boolean,
): { text: string; error?: string; whole?: boolean } | null {
  switch (cell.t) {
    case 's':
      return { text: String(cell.v ?? '') };
    case 'b':
      return { text: cell.v ? '是' : '否' };
    case 'e': {
      const code = cell.w ?? ERROR_CODES[Number(cell.v)] ?? '#VALUE!';
      return { text: code, error: errorValueMessage(code) };
    }
    case 'd':
      return { text: cell.v instanceof Date ? dateText(cell.v) : String(cell.v ?? '') };
    case 'n': {
      const n = Number(cell.v);
      const fmt = typeof cell.z === 'string' ? cell.z : undefined;
      if (fmt && X.SSF.is_date(fmt))
        return { text: dateText(new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86400000))) };
      return { text: numberText(n, fmt), whole: Number.isInteger(n) && n >= 0 };
    }
    default:
      return null;
  }
}
