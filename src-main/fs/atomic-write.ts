import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileSystem } from './file-system';

/** The temporary sibling `target` is first written to: hidden, same folder (so rename is atomic). */
export function tempPathFor(target: string, suffix: string): string {
  return join(dirname(target), `.${basename(target)}.${suffix}.tmp`);
}

/**
 * Replaces `target` by `data` so that `target` is either untouched or complete, whatever happens
 * midway (a full disk, a killed process, a power cut): the bytes go to a new temporary file in the
 * same folder, are flushed to disk (`writeNewFile` fsyncs), and only then is the temporary file
 * renamed over `target`. On failure the temporary file is removed and the error rethrown; `target`
 * keeps its old content (or still does not exist). A process killed midway leaves at most a hidden
 * `.{name}.{random}.tmp` beside the target, never a truncated target.
 *
 * Used by everything in src-main that writes a user's file: the IPC handlers (ipc/atomic-write.ts)
 * and the command line (cli/output-file.ts).
 */
export async function replaceFileAtomic(
  fs: FileSystem,
  target: string,
  data: Uint8Array | string,
  suffix: string = randomBytes(6).toString('hex'),
): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temp = tempPathFor(target, suffix);
  try {
    await fs.writeNewFile(temp, bytes);
    await fs.rename(temp, target);
  } catch (e) {
    await fs.remove(temp).catch(() => undefined); // best effort: the write failure is what we report
    throw e;
  }
}

/** A file-system error as a Chinese sentence that says what to do next. */
export function describeFsError(e: unknown, path: string, action: 'write' | 'read'): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const verb = action === 'write' ? '保存' : '读取';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `无法${verb}“${path}”：没有权限，或文件正被其他程序（如 Excel、WPS）打开。请关闭该文件或换一个文件夹后重试。`;
    case 'EBUSY':
      return `无法${verb}“${path}”：文件正被其他程序（如 Excel、WPS）打开。请关闭后重试。`;
    case 'ENOSPC':
      return `无法${verb}“${path}”：磁盘空间不足。请清理磁盘或换一个位置后重试。`;
    case 'EROFS':
      return `无法${verb}“${path}”：该位置是只读的。请换一个文件夹后重试。`;
    case 'ENOENT':
      return action === 'write'
        ? `无法保存“${path}”：文件夹不存在。请重新选择保存位置。`
        : `找不到文件“${path}”。它可能已被移动或删除。`;
    default: {
      const detail = e instanceof Error ? e.message : String(e);
      return `无法${verb}“${path}”（${code || detail}）。请重试或换一个位置。`;
    }
  }
}
