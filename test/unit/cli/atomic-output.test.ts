import { copyFile, link, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type Io } from '../../../src-main/cli/main';
import { atomicOutputWriter } from '../../../src-main/cli/output-file';
import type { FileSystem } from '../../../src-main/fs/file-system';
import { nodeFileSystem } from '../../../src-main/fs/node-fs';
import { loadDraftText } from '../../../src-core/domain/draft/load';
import { FIXTURES } from '../fixture-resources';
import { TEMPLATE_HEADER } from '../import/helpers';

const FIXTURE = join(FIXTURES, 'zhoushan-2022.budget.json');
const OLD = 'the officer’s previous file, complete';

/** Node's file system, except that writing a new file stops halfway with a full disk. */
const diskFullMidway: FileSystem = {
  ...nodeFileSystem,
  async writeNewFile(path, data) {
    await nodeFileSystem.writeNewFile(path, data.slice(0, Math.floor(data.length / 2)));
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
  },
};

function io(overrides: Partial<Io> = {}) {
  const out = { stdout: '', stderr: '' };
  const value: Io = {
    stdout: (s) => {
      out.stdout += s;
    },
    stderr: (s) => {
      out.stderr += s;
    },
    readFile: (p) => readFileSync(p, 'utf8'),
    ...overrides,
  };
  return { io: value, out };
}

describe('every file the CLI writes is replaced atomically', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'budget-cli-out-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['export --xlsx', (target: string) => ['export', FIXTURE, '--xlsx', target], '表.xlsx'],
    [
      'report --html',
      (target: string) => ['report', FIXTURE, '--layout', 'zhejiang', '--html', target],
      '情况说明.html',
    ],
  ])(
    '%s: a write failing midway leaves the target untouched and no temporary file (exit 1)',
    async (_name, argv, name) => {
      const target = join(dir, name);
      await writeFile(target, OLD);
      const t = io({ writeFile: atomicOutputWriter(diskFullMidway) });
      expect(await runCli(argv(target), t.io)).toBe(1);
      expect(t.out.stderr).toContain(`文件“${target}”`);
      expect(t.out.stderr).toContain('ENOSPC');
      expect(await readFile(target, 'utf8')).toBe(OLD);
      expect(await readdir(dir)).toEqual([name]);
    },
  );

  it.each([
    ['export --xlsx', (target: string) => ['export', FIXTURE, '--xlsx', target], '表.xlsx'],
    [
      'report --html',
      (target: string) => ['report', FIXTURE, '--layout', 'zhejiang', '--html', target],
      '情况说明.html',
    ],
  ])(
    '%s by default replaces the file by a rename (a hard link to the old file keeps the old bytes)',
    async (_name, argv, name) => {
      const target = join(dir, name);
      await writeFile(target, OLD);
      await link(target, join(dir, 'old-link'));
      const t = io(); // no writeFile: the CLI's own default
      expect(await runCli(argv(target), t.io)).toBe(0);
      expect((await readFile(target)).length).toBeGreaterThan(OLD.length);
      // An in-place write (writeFileSync) would have changed the shared inode; a rename does not.
      expect(await readFile(join(dir, 'old-link'), 'utf8')).toBe(OLD);
      expect((await readdir(dir)).sort()).toEqual(['old-link', name].sort());
    },
  );

  describe('import --base X --out X', () => {
    const CSV = `${TEMPLATE_HEADER.join(',')}\n167001,,2010301,30101,人员经费,一般公共预算,否,,,"1,000.50",\n`;
    const args = (draft: string, csv: string) => ['import', csv, '--base', draft, '--out', draft, '--mode', 'append'];

    it('works: the draft is replaced by the draft with the imported line', async () => {
      const draft = join(dir, '草稿.budget.json');
      const csv = join(dir, '数据.csv');
      await copyFile(FIXTURE, draft);
      await writeFile(csv, CSV);
      await link(draft, join(dir, 'old-link'));
      const before = loadDraftText(await readFile(draft, 'utf8'));
      const t = io();
      expect(await runCli(args(draft, csv), t.io)).toBe(0);
      expect(t.out.stderr).toBe('');
      const after = loadDraftText(await readFile(draft, 'utf8'));
      if (!before.ok || !after.ok) throw new Error('drafts should load');
      expect(after.value.draft.expenses).toHaveLength(before.value.draft.expenses.length + 1);
      expect(after.value.draft.expenses.at(-1)).toMatchObject({ unit: '167001', economic: '30101', amount: '1000.50' });
      expect(await readFile(join(dir, 'old-link'), 'utf8')).toBe(await readFile(FIXTURE, 'utf8'));
      expect((await readdir(dir)).sort()).toEqual(['old-link', '数据.csv', '草稿.budget.json'].sort());
    });

    it('a write failing midway leaves X exactly as it was', async () => {
      const draft = join(dir, '草稿.budget.json');
      const csv = join(dir, '数据.csv');
      await copyFile(FIXTURE, draft);
      await writeFile(csv, CSV);
      const t = io({ writeFile: atomicOutputWriter(diskFullMidway) });
      expect(await runCli(args(draft, csv), t.io)).toBe(1);
      expect(t.out.stderr).toContain('无法写入文件');
      expect(await readFile(draft, 'utf8')).toBe(await readFile(FIXTURE, 'utf8'));
      expect((await readdir(dir)).sort()).toEqual(['数据.csv', '草稿.budget.json'].sort());
    });
  });
});
