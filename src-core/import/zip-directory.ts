import { err, ok, type Result } from '../domain/result';
import { DEFAULT_LIMITS, formatBytes, type ImportLimits } from './limits';

/**
 * The ZIP container of an .xlsx, read from its central directory (PKWARE APPNOTE 4.3.12, end of
 * central directory 4.3.16), and the checks made on the sizes it declares before anything is
 * inflated: entry count, total size, compression ratio (a zip bomb is refused here), and that it is
 * an Excel workbook at all. What the entries really inflate to is checked by zip-inflate.ts.
 */
export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
export const LOC_SIG = 0x04034b50;

export const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
export const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

/** Lists the entries from the central directory, or says why the bytes are not a readable zip. */
export function readZipDirectory(bytes: Uint8Array): Result<ZipEntryInfo[], string> {
  const broken = (why: string) =>
    err(`文件已损坏，不是完整的 .xlsx（${why}）。请在 Excel/WPS 中打开并另存为 .xlsx 后再导入。`);
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (u32(bytes, i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return broken('找不到 ZIP 目录，文件可能被截断');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return err('文件使用 ZIP64 格式（超过 4 GB 或条目过多），不像是预算数据表，已拒绝导入。');
  }
  if (cdOffset + cdSize > bytes.length) return broken('ZIP 目录超出文件末尾');
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CEN_SIG) return broken('ZIP 目录条目无效');
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({
      name,
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return ok(entries);
}

/** Why a zip is not an Excel workbook (a Word/PowerPoint/WPS file or a plain archive renamed). */
function notAWorkbook(entries: readonly ZipEntryInfo[]): string | null {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml') && names.has('[Content_Types].xml')) return null;
  if (names.has('word/document.xml')) return '这是 Word 文档（.docx），不是 Excel 工作簿';
  if (names.has('ppt/presentation.xml')) return '这是 PowerPoint 演示文稿，不是 Excel 工作簿';
  if (names.has('content.xml') && names.has('mimetype'))
    return '这是 OpenDocument（.ods/.odt）文件，请在 WPS/Excel 中另存为 .xlsx';
  return '这是一个 ZIP 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）';
}

/**
 * Checks the declared sizes of an .xlsx before it is loaded: number of entries, total
 * uncompressed size, compression ratio of large entries, and that it is an Excel workbook at all.
 */
export function checkZipDeclared(
  bytes: Uint8Array,
  limits: ImportLimits = DEFAULT_LIMITS,
): Result<ZipEntryInfo[], string> {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return dir;
  const entries = dir.value;
  const what = notAWorkbook(entries);
  if (what) return err(`${what}。请选择 .xlsx 或 .csv 数据文件。`);
  if (entries.length > limits.maxEntries)
    return err(`工作簿内部条目过多（${entries.length} 个，上限 ${limits.maxEntries}），已拒绝导入。`);
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > e.compressedSize * limits.maxRatio) {
      return err(
        `工作簿内部“${e.name}”的压缩比异常（${formatBytes(e.compressedSize)} 解压后为 ${formatBytes(e.uncompressedSize)}），疑似“压缩炸弹”，已拒绝导入。`,
      );
    }
  }
  if (total > limits.maxUncompressedBytes) {
    return err(
      `工作簿解压后共 ${formatBytes(total)}，超过导入上限 ${formatBytes(limits.maxUncompressedBytes)}，已拒绝导入。请拆分文件或删除无关的工作表后再试。`,
    );
  }
  return ok(entries);
}
