/**
 * The few file operations the app's writers use: Node's `fs/promises` in the app and the CLI
 * (node-fs.ts), in-memory fakes in the unit tests.
 */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** Creates a new file (fails if it exists) with these bytes, flushed to disk. */
  writeNewFile(path: string, data: Uint8Array): Promise<void>;
  /** Replaces `to` by `from` in one step (same folder). */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; no error if it does not exist. */
  remove(path: string): Promise<void>;
  mkdirp(path: string): Promise<void>;
  /** Names in a folder; an empty list if the folder does not exist. */
  list(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; isFile: boolean; isDirectory: boolean }>;
}
