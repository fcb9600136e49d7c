import 'fake-indexeddb/auto';
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
import { appInfoHandler } from '../../../src-main/ipc/handlers/app-info';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import {
  backupDraft,
  describeBackupText,
  findRestoreOffers,
  restoreAsNewDraft,
  restoreReplacing,
  type Outcome,
} from '../../../src-renderer/features/backup/backup-actions';
import { BackupMarks, type KeyValueStore } from '../../../src-renderer/platform/backup-marks';
import type { BackupService } from '../../../src-renderer/platform/backups';
import { FakeFs, MAIN_SENDER, PATHS, trustMain } from '../main/fakes';
import { FIXTURE_TEXT, freshRepo, unwrap } from '../data/helpers';

/** The value of an Outcome (failing the test with its message otherwise). */
function got<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(`expected ok, got: ${o.message}`);
  return o.value;
}

class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

/** The renderer's BackupService wired to the real main-process handlers over an in-memory disk. */
function desktop() {
  const fs = new FakeFs();
  let now = Date.UTC(2026, 10, 22, 2, 0, 0);
  const deps: BackupDeps = { fs, clock: { now: () => now }, paths: PATHS };
  const call = <T>(h: IpcHandler, arg: unknown) =>
    invokeHandler(h, MAIN_SENDER, arg, trustMain) as Promise<IpcResult<T>>;
  const info = {
    name: 'x',
    version: '0',
    electron: '0',
    chrome: '0',
    platform: 'linux',
    userData: PATHS.userData,
    backups: `${PATHS.userData}/backups`,
  };
  const service: BackupService = {
    list: (draftId) => call(listBackupsHandler(deps) as IpcHandler, { draftId }),
    write: (draftId, text) => call(writeBackupHandler(deps) as IpcHandler, { draftId, text }),
    restore: (draftId, file) => call(restoreBackupHandler(deps) as IpcHandler, { draftId, file }),
    newest: () => call(newestBackupsHandler(deps) as IpcHandler, undefined),
    appInfo: () => call(appInfoHandler(info) as IpcHandler, undefined),
    openFolder: () => call(openBackupFolderHandler(deps) as IpcHandler, undefined),
  };
  return {
    fs,
    service,
    tick: (ms: number) => {
      now += ms;
    },
  };
}

async function editAmount(repo: ReturnType<typeof freshRepo>['repo'], id: string, amount: string) {
  const loaded = unwrap(await repo.loadDraft(id));
  const lineId = loaded.lineIds.expense[0];
  const line = { ...loaded.draft.expenses[0], amount };
  unwrap(await repo.applyChanges(id, loaded.revision, [{ type: 'setLine', id: lineId, line }]));
}

describe('automatic backups, renderer side, against the main-process handlers', () => {
  it('a backup holds the stored draft exactly, and takes no history snapshot', async () => {
    const { repo } = freshRepo();
    const { service } = desktop();
    const marks = new BackupMarks(new MemoryStore());
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const before = await repo.listSnapshots(id);
    const done = await backupDraft(repo, service, marks, id);
    expect(done.ok).toBe(true);
    const [entry] = unwrap(await service.list(id));
    const text = unwrap(await service.restore(id, entry.file)).text;
    expect(text).toBe(saveDraftText(unwrap(await repo.loadDraft(id)).draft));
    expect(await repo.listSnapshots(id)).toEqual(before);
    expect(marks.marks()[id]).toEqual({ savedAt: entry.savedAt, revision: unwrap(await repo.loadDraft(id)).revision });
  });

  it('on a database that lost everything, offers every backup, and restoring brings each draft back exactly', async () => {
    const first = freshRepo();
    const { service, tick } = desktop();
    const { id } = unwrap(await first.repo.importDraftFile(FIXTURE_TEXT));
    await editAmount(first.repo, id, '123.45');
    got(await backupDraft(first.repo, service, new BackupMarks(new MemoryStore()), id));
    const expected = saveDraftText(unwrap(await first.repo.loadDraft(id)).draft);
    tick(1000);

    // A new, empty database (cleared browser storage: the marks went with it).
    const { repo } = freshRepo();
    const marks = new BackupMarks(new MemoryStore());
    const offers = got(await findRestoreOffers(repo, service, marks));
    expect(offers).toEqual([
      expect.objectContaining({ draftId: id, reason: 'empty', name: '舟山市人民政府办公室 2022年' }),
    ]);
    const [entry] = unwrap(await service.list(id));
    const restored = await restoreAsNewDraft(repo, service, id, entry.file);
    const newId = got(restored).id;
    expect(saveDraftText(unwrap(await repo.loadDraft(newId)).draft)).toBe(expected);
    expect(got(await findRestoreOffers(repo, service, marks))).toEqual([]);
  });

  it('offers nothing while the database holds what was backed up, or more', async () => {
    const { repo } = freshRepo();
    const { service } = desktop();
    const marks = new BackupMarks(new MemoryStore());
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    await backupDraft(repo, service, marks, id);
    expect(got(await findRestoreOffers(repo, service, marks))).toEqual([]);
    await editAmount(repo, id, '1.00');
    expect(got(await findRestoreOffers(repo, service, marks))).toEqual([]);
  });

  it('offers and replaces a draft the database holds an older state of, keeping the old content in history', async () => {
    const { repo } = freshRepo();
    const { service } = desktop();
    const marks = new BackupMarks(new MemoryStore());
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    await editAmount(repo, id, '777.00');
    await backupDraft(repo, service, marks, id);
    const backedUp = saveDraftText(unwrap(await repo.loadDraft(id)).draft);
    // The database goes back to revision 1 (the mark says the backup holds revision 2).
    marks.setMark(id, { ...marks.marks()[id], revision: unwrap(await repo.loadDraft(id)).revision + 5 });
    const offers = got(await findRestoreOffers(repo, service, marks));
    expect(offers).toEqual([expect.objectContaining({ draftId: id, reason: 'newer' })]);

    await editAmount(repo, id, '1.00'); // what the database holds now differs from the backup
    const [entry] = unwrap(await service.list(id));
    const snapshotsBefore = (await repo.listSnapshots(id)).length;
    const replaced = await restoreReplacing(repo, service, id, entry.file);
    expect(replaced.ok).toBe(true);
    expect(saveDraftText(unwrap(await repo.loadDraft(id)).draft)).toBe(backedUp);
    expect((await repo.listSnapshots(id)).length).toBe(snapshotsBefore + 1);
  });

  it('a failed backup write is reported and records nothing', async () => {
    const { repo } = freshRepo();
    const { service, fs } = desktop();
    const marks = new BackupMarks(new MemoryStore());
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    fs.failWrite = () => 'ENOSPC';
    const done = await backupDraft(repo, service, marks, id);
    expect(done).toEqual({ ok: false, message: expect.stringContaining('磁盘空间不足') });
    expect(marks.marks()).toEqual({});
    expect(unwrap(await service.list(id))).toEqual([]);
  });

  it('names a backup by its department and year when the draft is gone', () => {
    expect(describeBackupText(FIXTURE_TEXT)).toBe('舟山市人民政府办公室 2022年');
    expect(describeBackupText('not json')).toBe('（无法识别的草稿）');
  });
});
