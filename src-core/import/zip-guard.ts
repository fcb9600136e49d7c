import { err, ok, type Result } from '../domain/result';
import { DEFAULT_LIMITS, formatBytes, type ImportLimits } from './limits';

/**
 * A tiny reader of the ZIP container (PKWARE APPNOTE 4.3.12 central directory, 4.3.16 end of
 * central directory): a zip bomb is refused from the sizes the archive declares, and the declared
 * sizes are then checked against what the entries really inflate to (streaming, stopping at the
 * limit) so that an archive lying about its sizes is refused too. The same pass keeps the inflated
 * XML parts the workbook reader needs (xlsx-parts.ts, xlsx-sheet.ts). No dependencies.
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
const LOC_SIG = 0x04034b50;

export type FileSniff = 'zip' | 'ole' | 'html' | 'text' | 'binary' | 'empty';

/** What the first bytes say a file is: zip (xlsx), OLE2 (old .xls / .et), HTML, text or binary. */
export function sniffBytes(bytes: Uint8Array): FileSniff {
  if (bytes.length === 0) return 'empty';
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  )
    return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  // UTF-16 text with its byte-order mark (Excel's “Unicode 文本”): its zero bytes are not binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'text';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    head.startsWith('<table') ||
    head.includes('urn:schemas-microsoft-com:office:excel')
  )
    return 'html';
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b === 0 || b < 9 || (b > 13 && b < 32 && b !== 27)) control += 1;
  return control === 0 ? 'text' : 'binary';
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

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

interface InflateStream {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
}
type DecompressionStreamCtor = new (format: string) => InflateStream;

/**
 * Inflates each deflated entry as a stream and counts the bytes, stopping as soon as an entry
 * produces more than it declared (or the total passes the limit): an archive whose headers lie
 * is refused. Entries for which `keep` says yes are returned inflated (stored entries as they
 * are). Without `keep`, skipped where the platform has no DecompressionStream (then only the
 * declared sizes are checked); with it, such a platform gets a message.
 */
export async function checkZipActual(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
  limits: ImportLimits = DEFAULT_LIMITS,
  keep?: (name: string) => boolean,
): Promise<Result<Map<string, Uint8Array>, string>> {
  const kept = new Map<string, Uint8Array>();
  const Ctor = (globalThis as { DecompressionStream?: DecompressionStreamCtor }).DecompressionStream;
  if (!Ctor && keep) return err('此环境不支持解压 .xlsx（缺少 DecompressionStream），请改用 CSV 文件导入。');
  let total = 0;
  for (const e of entries) {
    const wanted = keep?.(e.name) ?? false;
    const p = e.localHeaderOffset;
    if ((wanted || e.method === 8) && (p + 30 > bytes.length || u32(bytes, p) !== LOC_SIG))
      return err(`文件已损坏，不是完整的 .xlsx（条目“${e.name}”的位置无效）。`);
    const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
    if (e.method === 0 && wanted) {
      if (start + e.compressedSize > bytes.length)
        return err(`文件已损坏，不是完整的 .xlsx（条目“${e.name}”超出文件末尾）。`);
      kept.set(e.name, bytes.subarray(start, start + e.compressedSize));
      continue;
    }
    if (e.method !== 8 || e.compressedSize === 0 || !Ctor) {
      if (wanted && e.method !== 8 && e.compressedSize > 0)
        return err(
          `工作簿内部“${e.name}”使用了不支持的压缩方式（${e.method}），请在 Excel/WPS 中另存为 .xlsx 后再导入。`,
        );
      if (wanted) kept.set(e.name, new Uint8Array(0));
      continue;
    }
    const data = bytes.subarray(start, start + e.compressedSize);
    const chunks: Uint8Array[] | null = wanted ? [] : null;
    const produced = await inflatedSize(
      Ctor,
      data,
      Math.min(e.uncompressedSize, limits.maxUncompressedBytes - total) + 1,
      chunks,
    );
    if (produced === 'corrupt')
      return err(
        `文件已损坏，不是完整的 .xlsx（条目“${e.name}”无法解压）。请在 Excel/WPS 中打开并另存为 .xlsx 后再导入。`,
      );
    if (chunks) kept.set(e.name, concat(chunks, produced));
    if (produced > e.uncompressedSize) {
      return err(
        `工作簿内部“${e.name}”解压后的大小超过其声明的 ${formatBytes(e.uncompressedSize)}，疑似“压缩炸弹”或被篡改的文件，已拒绝导入。`,
      );
    }
    total += produced;
  }
  return ok(kept);
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Bytes the deflated data inflates to, counting at most `stopAt` of them (kept in `chunks` when given). */
async function inflatedSize(
  Ctor: DecompressionStreamCtor,
  data: Uint8Array,
  stopAt: number,
  chunks: Uint8Array[] | null,
): Promise<number | 'corrupt'> {
  const ds = new Ctor('deflate-raw');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return n;
      n += value.length;
      chunks?.push(value);
      if (n >= stopAt) {
        await reader.cancel().catch(() => undefined);
        return n;
      }
    }
  } catch {
    // A stream error means the deflate data is broken; said to the user by the caller.
    return 'corrupt';
  }
}
