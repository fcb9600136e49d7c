import type { FileSystem } from './deps';
import type { IpcResult } from '../../src-core/ipc/contract';
import { fail, ok } from './handler';
import { describeFsError, replaceFileAtomic } from '../fs/atomic-write';

/**
 * Writes `data` to `target` atomically (src-main/fs/atomic-write.ts: temporary file in the same
 * folder, fsync, rename): `target` is either untouched or complete. A failure is an IPC value with
 * a Chinese message, never an exception.
 */
export async function writeFileAtomic(
  fs: FileSystem,
  target: string,
  data: Uint8Array | string,
  suffix?: string,
): Promise<IpcResult<{ path: string }>> {
  try {
    await replaceFileAtomic(fs, target, data, suffix);
    return ok({ path: target });
  } catch (e) {
    return fail(describeFsError(e, target, 'write'));
  }
}
