import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { canonical, FIXTURE_TEXT, freshRepo, problemOf, unwrap } from './helpers';

describe('draft list, names and the 回收站', () => {
  it('renames, and refuses empty names', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    expect(unwrap(await repo.renameDraft(id, '  2022 市府办 终稿 '))).toEqual({ revision: 2 });
    expect((await repo.listDrafts())[0]).toMatchObject({ name: '2022 市府办 终稿', revision: 2 });
    expect(problemOf(await repo.renameDraft(id, '   ')).kind).toBe('invalid');
    expect(problemOf(await repo.renameDraft('missing', 'x')).kind).toBe('not-found');
  });

  it('duplicates a draft into an independent copy', async () => {
    let t = 1000;
    const { repo } = freshRepo({ now: () => (t += 10) });
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const copy = unwrap(await repo.duplicateDraft(id));
    const list = await repo.listDrafts();
    expect(list.map((d) => d.id)).toEqual([copy.id, id]);
    expect(list[0].name).toBe('2022年舟山市人民政府办公室部门预算（副本）');
    expect(canonical(unwrap(await repo.exportDraftFile(copy.id)))).toBe(canonical(FIXTURE_TEXT));

    const c = unwrap(await repo.loadDraft(copy.id));
    const original = unwrap(await repo.loadDraft(id)).lineIds.expense;
    expect(c.lineIds.expense.some((l) => original.includes(l))).toBe(false);
    unwrap(await repo.applyChanges(copy.id, c.revision, [{ type: 'removeLine', id: c.lineIds.expense[0] }]));
    expect(canonical(unwrap(await repo.exportDraftFile(id)))).toBe(canonical(FIXTURE_TEXT));
  });

  it('moves to the 回收站, restores, and deletes forever only from the 回收站', async () => {
    const { db, repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const other = unwrap(await repo.importDraftFile(FIXTURE_TEXT)).id;
    unwrap(await repo.takeSnapshot(id, 'manual'));

    expect(problemOf(await repo.deleteForever(id)).message).toContain('请先移入回收站');
    unwrap(await repo.moveToTrash(id));
    expect((await repo.listDrafts()).map((d) => d.id)).toEqual([other]);
    const all = await repo.listDrafts({ includeDeleted: true });
    expect(all.find((d) => d.id === id)?.deletedAt).toEqual(expect.any(Number));
    // Its content is intact while in the 回收站.
    expect(canonical(unwrap(await repo.exportDraftFile(id)))).toBe(canonical(FIXTURE_TEXT));

    unwrap(await repo.restoreFromTrash(id));
    expect((await repo.listDrafts()).map((d) => d.id).sort()).toEqual([id, other].sort());

    unwrap(await repo.moveToTrash(id));
    unwrap(await repo.deleteForever(id));
    expect(await repo.listDrafts({ includeDeleted: true })).toHaveLength(1);
    expect((await db.lineBlocks.toArray()).every((b) => b.draftId === other)).toBe(true);
    expect(await db.snapshots.where('draftId').equals(id).count()).toBe(0);
    expect(await db.snapshotTexts.count()).toBe(await db.snapshots.count());
    expect(problemOf(await repo.loadDraft(id)).kind).toBe('not-found');
    expect(canonical(unwrap(await repo.exportDraftFile(other)))).toBe(canonical(FIXTURE_TEXT));
  });
});
