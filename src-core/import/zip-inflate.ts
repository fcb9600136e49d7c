import { err, ok, type Result } from '../domain/result';
import { DEFAULT_LIMITS, formatBytes, type ImportLimits } from './limits';
import { LOC_SIG, u16, u32, type ZipEntryInfo } from './zip-directory';

/*
 * Inflating the entries of an .xlsx while counting: an archive whose headers lie about its sizes is
 * refused as soon as an entry produces more than it declared. The same pass keeps the inflated XML
 * parts the workbook reader needs (xlsx-parts.ts, xlsx-sheet.ts). Uses the platform's
 * DecompressionStream (browsers, workers, Node 20); no dependencies.
 */

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
