import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, IpcResult } from '../../../src-core/ipc/contract';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import { FinalRepository } from '../../../src-renderer/data/final-repository';
import {
  backupDraft,
  findRestoreOffers,
  restoreAsNewDraft,
  restoreReplacing,
} from '../../../src-renderer/features/backup/backup-actions';
import { readBackupText } from '../../../src-renderer/features/backup/read-backup-text';
import { BackupMarks } from '../../../src-renderer/platform/backup-marks';
import type { BackupService } from '../../../src-renderer/platform/backups';
import { freshRepo, memoryStore, unwrap } from '../data/helpers';
import { huangpiDraft } from '../final/helpers';

/** A backup folder in memory: files per draft, newest last. */
function memoryBackups(): BackupService {
  const files = new Map<string, { entry: BackupEntry; text: string }[]>();
  let now = 1_800_000_000_000;
  const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });
  return {
    list: (draftId) => ok((files.get(draftId) ?? []).map((f) => f.entry).reverse()),
    write: (draftId, text) => {
      const entry = { draftId, file: `${draftId}-${++now}.json`, savedAt: now, size: text.length };
      files.set(draftId, [...(files.get(draftId) ?? []), { entry, text }]);
      return ok(entry);
    },
    restore: (draftId, file) => {
      const found = files.get(draftId)?.find((f) => f.entry.file === file);
      return found
        ? ok({ draftId, file, savedAt: found.entry.savedAt, text: found.text })
        : Promise.resolve({ ok: false, error: '没有这个备份' });
    },
    newest: () =>
      ok([...files.entries()].map(([draftId, fs]) => ({ draftId, savedAt: fs[fs.length - 1].entry.savedAt }))),
    appInfo: () => Promise.resolve({ ok: false, error: '不用' }),
    openFolder: () => Promise.resolve({ ok: false, error: '不用' }),
  };
}

describe('备份与恢复 of 决算 drafts', () => {
  it('a backup holds the stored 决算 draft as its file; restored as a new draft it is identical', async () => {
    const { repo, db } = freshRepo();
    const finals = new FinalRepository(db);
    const service = memoryBackups();
    const draft = huangpiDraft();
    const { id } = unwrap(await finals.create(draft));
    const expected = saveFinalDraftText(unwrap(await finals.load(id)).draft);

    const done = await backupDraft(repo, service, new BackupMarks(memoryStore()), id);
    expect(done.ok).toBe(true);
    const worker = await readBackupText(db, id); // the backup worker's way gives the same text
    expect(worker).toEqual({ ok: true, value: { text: expected, revision: 1 } });

    const [entry] = unwrap(await service.list(id));
    expect(unwrap(await service.restore(id, entry.file)).text).toBe(expected);
    const restored = await restoreAsNewDraft(repo, service, id, entry.file);
    expect(restored.ok).toBe(true);
    const newId = restored.ok ? restored.value.id : '';
    expect(newId).not.toBe(id);
    expect(saveFinalDraftText(unwrap(await finals.load(newId)).draft)).toBe(expected);
    expect(await repo.listDrafts()).toEqual([]); // it is a 决算 draft, not a 预算 one
  });

  it('用备份替换 puts the backup back in place of later edits, and offers know 决算 drafts', async () => {
    const { repo, db } = freshRepo();
    const finals = new FinalRepository(db);
    const service = memoryBackups();
    const marks = new BackupMarks(memoryStore());
    const draft = huangpiDraft();
    const { id } = unwrap(await finals.create(draft));
    expect((await backupDraft(repo, service, marks, id)).ok).toBe(true);
    const backedUp = saveFinalDraftText(unwrap(await finals.load(id)).draft);
    unwrap(await finals.save(id, 1, { ...draft, expenses: draft.expenses.slice(1) }, null));
    // The database holds the draft, and the backup is not ahead of it: nothing to offer.
    const offers = await findRestoreOffers(repo, service, marks);
    expect(offers.ok && offers.value).toEqual([]);

    const [entry] = unwrap(await service.list(id));
    const replaced = await restoreReplacing(repo, service, id, entry.file);
    expect(replaced).toEqual({ ok: true, value: { revision: 3, inHistory: false } });
    expect(saveFinalDraftText(unwrap(await finals.load(id)).draft)).toBe(backedUp);
  });
});
