import { replaceFileAtomic } from '../fs/atomic-write';
import type { FileSystem } from '../fs/file-system';
import { nodeFileSystem } from '../fs/node-fs';

/** How the command line writes a file it was asked to produce (`--out`, `--xlsx`, `--html`, `--pdf`). */
export type OutputWriter = (path: string, data: string | Uint8Array) => Promise<void>;

/**
 * Every file the CLI writes goes through here: a temporary file in the same folder, flushed, then
 * renamed over the target (src-main/fs/atomic-write.ts). `import --base X --out X` killed midway
 * therefore leaves X as it was, never truncated. Errors are Node's (with their `code`), after the
 * temporary file was removed.
 */
export function atomicOutputWriter(fs: FileSystem = nodeFileSystem): OutputWriter {
  return (path, data) => replaceFileAtomic(fs, path, data);
}

/** The CLI's default writer (Node's file system). */
export const writeOutputFile: OutputWriter = atomicOutputWriter();
