import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src-main/ipc/atomic-write';
import { nodeFileSystem } from '../../../src-main/fs/node-fs';

describe('nodeFileSystem (a real temporary folder)', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'budget-node-fs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replaces a file atomically and leaves no temporary file', async () => {
    const target = join(dir, '草稿.budget.json');
    await writeFile(target, 'old');
    const result = await writeFileAtomic(nodeFileSystem, target, '{"new":true}');
    expect(result.ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('{"new":true}');
    expect(await readdir(dir)).toEqual(['草稿.budget.json']);
  });

  it('never writes into an existing file when creating one', async () => {
    const path = join(dir, 'exists');
    await writeFile(path, 'keep');
    await expect(nodeFileSystem.writeNewFile(path, new Uint8Array([1]))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('keep');
  });

  it('lists a missing folder as empty', async () => {
    expect(await nodeFileSystem.list(join(dir, 'missing'))).toEqual([]);
  });
});
