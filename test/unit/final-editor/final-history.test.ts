import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import { FinalRepository } from '../../../src-renderer/data/final-repository';
import {
  listFinalSnapshots,
  restoreFinalSnapshot,
  takeFinalSnapshot,
  type FinalSnapshotStore,
} from '../../../src-renderer/data/final-snapshots';
import { readBackupText } from '../../../src-renderer/features/backup/read-backup-text';
import { freshRepo, unwrap } from '../data/helpers';
import { huangpiDraft } from '../final/helpers';

const summary = { incomeTotal: '300.00', expenseTotal: '300.00', unitLabel: '万元', lineCount: 7 };

/** A 决算 draft stored, and the history store reading texts the backup worker's way (counted). */
async function setup(maxAutomatic = 50) {
  const { db } = freshRepo();
  const finals = new FinalRepository(db);
  const { id } = unwrap(await finals.create(huangpiDraft()));
  const reads = { count: 0 };
  let clock = 1_800_000_000_000;
  const store: FinalSnapshotStore = {
    db,
    finals,
    read: (draftId) => {
      reads.count++;
      return readBackupText(db, draftId);
    },
    now: () => ++clock,
    maxAutomatic,
  };
  const stored = async () => saveFinalDraftText(unwrap(await finals.load(id)).draft);
  /** Another content stored in place (the first expense line removed). */
  const edit = async () => {
    const current = unwrap(await finals.load(id));
    const draft = { ...current.draft, expenses: current.draft.expenses.slice(1) };
    unwrap(await finals.save(id, current.row.revision, draft, null));
  };
  return { db, finals, id, store, reads, stored, edit };
}

describe('历史版本 of 决算 drafts', () => {
  it('a version holds the stored draft; restored, the draft is that version again, the replaced content kept', async () => {
    const { id, store, stored, edit, finals } = await setup();
    const original = await stored();
    const open = unwrap(await takeFinalSnapshot(store, id, 'open', summary));
    expect(open).toMatchObject({ stage: 'final', reason: 'open', revision: 1, incomeTotal: '300.00', lineCount: 7 });

    await edit();
    const edited = await stored();
    expect(edited).not.toBe(original);

    const restored = unwrap(await restoreFinalSnapshot(store, id, open.id, summary));
    expect(restored.revision).toBe(3);
    expect(await stored()).toBe(original);
    expect(unwrap(await finals.load(id)).row.revision).toBe(3);

    const list = await listFinalSnapshots(store.db, id);
    expect(list.map((s) => s.reason)).toEqual(['before-restore', 'open']);
    // The 恢复前 version holds what was replaced: restoring it undoes the restore.
    unwrap(await restoreFinalSnapshot(store, id, list[0].id, summary));
    expect(await stored()).toBe(edited);
  });

  it('an automatic version of a revision already kept is skipped without serialising the draft', async () => {
    const { id, store, reads } = await setup();
    const first = unwrap(await takeFinalSnapshot(store, id, 'open', summary));
    const again = unwrap(await takeFinalSnapshot(store, id, 'interval', summary));
    expect(again.id).toBe(first.id);
    expect(reads.count).toBe(1);
    const manual = unwrap(await takeFinalSnapshot(store, id, 'manual', summary));
    expect(manual.id).not.toBe(first.id);
    expect(reads.count).toBe(2);
  });

  it('keeps at most maxAutomatic automatic versions, manual ones besides', async () => {
    const { id, store, edit, db } = await setup(3);
    unwrap(await takeFinalSnapshot(store, id, 'manual', summary));
    for (let i = 0; i < 5; i++) {
      unwrap(await takeFinalSnapshot(store, id, 'interval', summary));
      await edit();
    }
    const list = await listFinalSnapshots(db, id);
    expect(list.filter((s) => s.reason === 'interval').map((s) => s.revision)).toEqual([5, 4, 3]);
    expect(list.filter((s) => s.reason === 'manual')).toHaveLength(1);
    expect(await db.snapshotTexts.count()).toBe(4);
  });

  it('deleting the draft forever deletes its versions', async () => {
    const { id, store, finals, db } = await setup();
    unwrap(await takeFinalSnapshot(store, id, 'manual', summary));
    unwrap(await finals.moveToTrash(id));
    unwrap(await finals.deleteForever(id));
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.snapshotTexts.count()).toBe(0);
  });

  it('a damaged version is refused with a Chinese message and nothing changes', async () => {
    const { id, store, db } = await setup();
    const open = unwrap(await takeFinalSnapshot(store, id, 'open', summary));
    await db.snapshotTexts.put({ id: open.id, text: '{"stage":"final","expenses":' });
    const before = {
      rows: await db.finalDrafts.toArray(),
      blocks: await db.finalLineBlocks.toArray(),
      parts: await db.finalHeadParts.toArray(),
      snapshots: await db.snapshots.toArray(),
    };
    const r = await restoreFinalSnapshot(store, id, open.id, summary);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^这个历史版本已损坏，不能恢复，草稿未做任何改动：/);
    expect({
      rows: await db.finalDrafts.toArray(),
      blocks: await db.finalLineBlocks.toArray(),
      parts: await db.finalHeadParts.toArray(),
      snapshots: await db.snapshots.toArray(),
    }).toEqual(before);
  });

  it('a draft the file reader refuses (a line without codes) gets no version, with a message naming no key', async () => {
    const { id, store, finals, db } = await setup();
    const current = unwrap(await finals.load(id));
    const blank = { ...current.draft.expenses[0], function: '', economic: '' };
    const draft = { ...current.draft, expenses: [blank, ...current.draft.expenses.slice(1)] };
    unwrap(await finals.save(id, current.row.revision, draft, null));
    const r = await takeFinalSnapshot(store, id, 'manual', summary);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/^未能保存历史版本：.*尚未填完科目编码的行/);
      expect(r.error.message).not.toMatch(/expenses|function/);
    }
    expect(await db.snapshots.count()).toBe(0);
  });

  it('a restore is refused when another window wrote after the current content was read', async () => {
    const { id, store, edit, stored } = await setup();
    const open = unwrap(await takeFinalSnapshot(store, id, 'open', summary));
    await edit();
    const edited = await stored();
    const stale: FinalSnapshotStore = {
      ...store,
      read: async (draftId) => {
        const text = await readBackupText(store.db, draftId);
        await edit(); // another window writes while the worker serialised
        return text;
      },
    };
    const r = await restoreFinalSnapshot(stale, id, open.id, summary);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('conflict');
    expect(await stored()).not.toBe(edited); // the other window's write stands, not the version
    expect((await listFinalSnapshots(store.db, id)).map((s) => s.reason)).toEqual(['open']);
  });
});
