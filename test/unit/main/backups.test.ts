import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../src-core/ipc/contract';
import { invokeHandler, type IpcHandler } from '../../../src-main/ipc/handler';
import {
  listBackupsHandler,
  newestBackupsHandler,
  openBackupFolderHandler,
  restoreBackupHandler,
  writeBackupHandler,
  type BackupDeps,
} from '../../../src-main/ipc/handlers/backups';
import { FakeFs, MAIN_SENDER, PATHS, trustMain } from './fakes';

const FIXTURE = readFileSync(resolve(import.meta.dirname, '../../fixtures/zhoushan-2022.budget.json'), 'utf8');
const T0 = Date.UTC(2024, 2, 15, 2, 0, 0);
const DIR = '/data/BudgetDisclosure/backups/d1';

function setup(policy = { keepLast: 3, keepDays: 0 }) {
  const fs = new FakeFs();
  let now = T0;
  const deps: BackupDeps = { fs, clock: { now: () => now }, paths: PATHS, policy };
  const call = <C extends IpcHandler['channel']>(h: IpcHandler<C>, arg: unknown) =>
    invokeHandler(h, MAIN_SENDER, arg, trustMain);
  return {
    fs,
    deps,
    tick: (ms: number) => {
      now += ms;
    },
    write: (draftId: string, text: string) => call(writeBackupHandler(deps), { draftId, text }),
    restore: (draftId: string, file: string) => call(restoreBackupHandler(deps), { draftId, file }),
    list: (draftId: string) => call(listBackupsHandler(deps), { draftId }),
    newest: () => call(newestBackupsHandler(deps), undefined),
  };
}

function value<T>(r: IpcResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  return r.value;
}

const edited = (n: number) => FIXTURE.replace('"27255980.00"', `"${27255980 + n}.00"`);

describe('backups', () => {
  it('restore brings back the draft exactly (writeBackup → restoreBackup round trip)', async () => {
    const s = setup();
    const entry = value(await s.write('d1', FIXTURE));
    expect(entry).toMatchObject({ draftId: 'd1', file: '20240315T020000000Z.budget.json', savedAt: T0 });
    expect(s.fs.files.has(`${DIR}/${entry.file}`)).toBe(true);
    const restored = value(await s.restore('d1', entry.file));
    expect(restored.text).toBe(FIXTURE);
    expect(JSON.parse(restored.text)).toEqual(JSON.parse(FIXTURE));
  });

  it('writes a new backup only when the draft changed', async () => {
    const s = setup();
    const first = value(await s.write('d1', FIXTURE));
    s.tick(60_000);
    expect(value(await s.write('d1', FIXTURE))).toEqual(first);
    s.tick(60_000);
    value(await s.write('d1', edited(1)));
    expect(value(await s.list('d1')).map((e) => e.savedAt)).toEqual([T0 + 120_000, T0]);
  });

  it('rotates: keeps the last N of a draft and leaves other drafts alone', async () => {
    const s = setup({ keepLast: 3, keepDays: 0 });
    value(await s.write('other', FIXTURE));
    for (let i = 1; i <= 6; i++) {
      s.tick(60_000);
      value(await s.write('d1', edited(i)));
    }
    const list = value(await s.list('d1'));
    expect(list.map((e) => e.savedAt)).toEqual([T0 + 360_000, T0 + 300_000, T0 + 240_000]);
    expect(value(await s.restore('d1', list[0].file)).text).toBe(edited(6));
    expect(value(await s.list('other'))).toHaveLength(1);
    expect([...s.fs.files.keys()].filter((p) => p.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps one backup per day for the last D days', async () => {
    const s = setup({ keepLast: 1, keepDays: 3 });
    for (let i = 1; i <= 8; i++) {
      s.tick(12 * 3_600_000);
      value(await s.write('d1', edited(i)));
    }
    const days = value(await s.list('d1')).map((e) => new Date(e.savedAt).toDateString());
    expect(new Set(days).size).toBe(days.length); // one per day…
    expect(days.length).toBeGreaterThanOrEqual(3); // …for the last 3 days
    expect(days.length).toBeLessThanOrEqual(4);
  });

  it('refuses to back up what is not a draft, and writes nothing', async () => {
    const s = setup();
    const r = await s.write('d1', '{"format":"something-else"}');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('备份内容不是有效的草稿文件') });
    expect(s.fs.files.size).toBe(0);
  });

  it('leaves no partial backup when the disk fills up midway', async () => {
    const s = setup();
    const first = value(await s.write('d1', FIXTURE));
    s.tick(1000);
    s.fs.failWrite = () => 'ENOSPC';
    const r = await s.write('d1', edited(1));
    expect(r).toEqual({ ok: false, error: expect.stringContaining('磁盘空间不足') });
    expect([...s.fs.files.keys()]).toEqual([`${DIR}/${first.file}`]);
  });

  it('reports a damaged backup instead of restoring it', async () => {
    const s = setup();
    s.fs.put(`${DIR}/20240301T000000000Z.budget.json`, '{"format":"dept-budget-draft", broken');
    const r = await s.restore('d1', '20240301T000000000Z.budget.json');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('备份文件已损坏') });
    s.fs.files.set(`${DIR}/20240302T000000000Z.budget.json`, new Uint8Array([0xff, 0xfe, 0x00]));
    expect(await s.restore('d1', '20240302T000000000Z.budget.json')).toEqual({
      ok: false,
      error: expect.stringContaining('UTF-8'),
    });
    expect(await s.restore('d1', '20240303T000000000Z.budget.json')).toEqual({
      ok: false,
      error: expect.stringContaining('找不到文件'),
    });
  });

  it('refuses names that would leave the backup folder', async () => {
    const s = setup();
    s.fs.put('/data/BudgetDisclosure/secret.budget.json', FIXTURE);
    for (const [draftId, file] of [
      ['..', 'secret.budget.json'],
      ['d1', '../../secret.budget.json'],
      ['d1/..', '20240315T020000000Z.budget.json'],
      ['d1', '20240315T020000000Z.budget.json/../x'],
      ['', '20240315T020000000Z.budget.json'],
    ]) {
      expect(await s.restore(draftId, file)).toEqual({ ok: false, error: expect.stringContaining('参数有误') });
    }
    expect(await s.write('../x', FIXTURE)).toEqual({ ok: false, error: expect.stringContaining('参数有误') });
    expect(s.fs.calls.filter((c) => c.startsWith('read'))).toEqual([]);
  });

  it('tells, per draft, when its newest backup was written', async () => {
    const s = setup();
    expect(value(await s.newest())).toEqual([]);
    value(await s.write('a', FIXTURE));
    s.tick(1000);
    value(await s.write('b', FIXTURE));
    s.tick(1000);
    value(await s.write('a', edited(1)));
    s.fs.put('/data/BudgetDisclosure/backups/a/notes.txt', 'ignored');
    s.fs.put('/data/BudgetDisclosure/backups/not a draft/20240101T000000000Z.budget.json', FIXTURE);
    expect(value(await s.newest())).toEqual([
      { draftId: 'a', savedAt: T0 + 2000 },
      { draftId: 'b', savedAt: T0 + 1000 },
    ]);
  });
});

describe('打开备份文件夹', () => {
  const call = (deps: BackupDeps) => invokeHandler(openBackupFolderHandler(deps), MAIN_SENDER, undefined, trustMain);

  it('creates the folder when no backup exists yet and opens it in the file manager', async () => {
    const { deps, fs } = setup();
    const opened: string[] = [];
    const r = await call({
      ...deps,
      openFolder: async (p) => {
        opened.push(p);
        return '';
      },
    });
    expect(r).toEqual({ ok: true, value: { path: '/data/BudgetDisclosure/backups' } });
    expect(opened).toEqual(['/data/BudgetDisclosure/backups']);
    expect(fs.dirs.has('/data/BudgetDisclosure/backups')).toBe(true);
  });

  it('says where the folder is when it cannot be opened', async () => {
    const { deps } = setup();
    const failed = await call({ ...deps, openFolder: async () => 'Failed to open path' });
    expect(failed).toEqual({
      ok: false,
      error: expect.stringContaining('备份文件夹位于：/data/BudgetDisclosure/backups'),
    });
    const none = await call(deps);
    expect(none).toEqual({ ok: false, error: expect.stringContaining('/data/BudgetDisclosure/backups') });
  });
});
