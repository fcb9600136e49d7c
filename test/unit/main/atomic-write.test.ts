import { describe, expect, it } from 'vitest';
import { replaceFileAtomic, tempPathFor } from '../../../src-main/fs/atomic-write';
import { writeFileAtomic } from '../../../src-main/ipc/atomic-write';
import { FakeFs } from './fakes';

const TARGET = '/home/officer/文档/舟山市人民政府办公室2022年部门预算公开表.xlsx';
const OLD = 'old workbook, complete';
const NEW = new TextEncoder().encode('new workbook '.repeat(100));

function fsWithOldFile(): FakeFs {
  const fs = new FakeFs();
  fs.put(TARGET, OLD);
  return fs;
}

describe('writeFileAtomic', () => {
  it('writes through a temporary sibling, then renames it over the target', async () => {
    const fs = fsWithOldFile();
    const result = await writeFileAtomic(fs, TARGET, NEW, 'abc');
    expect(result).toEqual({ ok: true, value: { path: TARGET } });
    expect(fs.files.get(TARGET)).toEqual(NEW);
    const temp = tempPathFor(TARGET, 'abc');
    expect(temp).toBe('/home/officer/文档/.舟山市人民政府办公室2022年部门预算公开表.xlsx.abc.tmp');
    expect(fs.calls).toEqual([`write ${temp}`, `rename ${temp} ${TARGET}`]);
    expect([...fs.files.keys()]).toEqual([TARGET]);
  });

  it('leaves the target untouched and removes the temporary file when the write fails midway', async () => {
    const fs = fsWithOldFile();
    fs.failWrite = () => 'ENOSPC';
    const result = await writeFileAtomic(fs, TARGET, NEW, 'abc');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('磁盘空间不足');
    expect(fs.text(TARGET)).toBe(OLD);
    expect([...fs.files.keys()]).toEqual([TARGET]); // no partial temp file left behind
    expect(fs.calls).toContain(`remove ${tempPathFor(TARGET, 'abc')}`);
  });

  it('leaves the target untouched when the rename fails (the file is open in Excel)', async () => {
    const fs = fsWithOldFile();
    fs.failRename = 'EBUSY';
    const result = await writeFileAtomic(fs, TARGET, NEW, 'abc');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('正被其他程序（如 Excel、WPS）打开') });
    expect(fs.text(TARGET)).toBe(OLD);
    expect([...fs.files.keys()]).toEqual([TARGET]);
  });

  it('creates no file at all when a new target cannot be written', async () => {
    const fs = new FakeFs();
    await fs.mkdirp('/out');
    fs.failWrite = () => 'EACCES';
    const result = await writeFileAtomic(fs, '/out/a.pdf', NEW, 'x');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('没有权限') });
    expect(fs.files.size).toBe(0);
  });

  it('reports a missing folder as a value', async () => {
    const fs = new FakeFs();
    const result = await writeFileAtomic(fs, '/nowhere/a.pdf', NEW, 'x');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('文件夹不存在') });
  });
});

describe('replaceFileAtomic (what the CLI uses)', () => {
  it('rethrows the file system’s own error after removing the temporary file; the target keeps its content', async () => {
    const fs = fsWithOldFile();
    fs.failWrite = () => 'ENOSPC';
    await expect(replaceFileAtomic(fs, TARGET, NEW, 'abc')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.text(TARGET)).toBe(OLD);
    expect([...fs.files.keys()]).toEqual([TARGET]);
  });

  it('replaces the target when all goes well', async () => {
    const fs = fsWithOldFile();
    await replaceFileAtomic(fs, TARGET, 'new text', 'abc');
    expect(fs.text(TARGET)).toBe('new text');
    expect(fs.calls).toEqual([`write ${tempPathFor(TARGET, 'abc')}`, `rename ${tempPathFor(TARGET, 'abc')} ${TARGET}`]);
  });
});
