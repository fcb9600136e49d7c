import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import type { FileSystem } from '../ipc/deps';

/** The handlers' {@link FileSystem} over Node's fs: new files are created exclusively and fsync'ed. */
export const nodeFileSystem: FileSystem = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  async writeNewFile(path, data) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  mkdirp: async (path) => {
    await mkdir(path, { recursive: true });
  },
  async list(path) {
    try {
      return await readdir(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  },
  async stat(path) {
    const s = await stat(path);
    return { size: s.size, isFile: s.isFile(), isDirectory: s.isDirectory() };
  },
};
