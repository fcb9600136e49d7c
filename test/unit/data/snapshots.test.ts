import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { canonical, FIXTURE_TEXT, freshRepo, problemOf, unwrap } from './helpers';

describe('history snapshots', () => {
  it('opening a draft takes an “open” snapshot, once per revision', async () => {
    let t = 0;
    const { repo } = freshRepo({ now: () => (t += 1000) });
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const opened = unwrap(await repo.openDraft(id));
    unwrap(await repo.openDraft(id));
    let list = await repo.listSnapshots(id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ reason: 'open', revision: 1, lineCount: 45, draftId: id });
    expect(canonical(unwrap(await repo.readSnapshot(list[0].id)).text)).toBe(canonical(FIXTURE_TEXT));

    const e0 = opened.draft.expenses[0];
    unwrap(
      await repo.applyChanges(id, opened.revision, [
        { type: 'setLine', id: opened.lineIds.expense[0], line: { ...e0, amount: '1.00' } },
      ]),
    );
    unwrap(await repo.openDraft(id));
    list = await repo.listSnapshots(id);
    expect(list.map((s) => [s.reason, s.revision])).toEqual([
      ['open', 2],
      ['open', 1],
    ]);
  });

  it('export and manual snapshots; listing is newest first without texts', async () => {
    let t = 0;
    const { repo } = freshRepo({ now: () => (t += 1000) });
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const text = unwrap(await repo.exportDraftFile(id));
    unwrap(await repo.exportDraftFile(id));
    unwrap(await repo.takeSnapshot(id, 'manual'));
    unwrap(await repo.takeSnapshot(id, 'manual'));
    const list = await repo.listSnapshots(id);
    // The imported file itself is the first version (打开时, revision 1).
    expect(list.map((s) => s.reason)).toEqual(['manual', 'manual', 'export', 'open']);
    expect(unwrap(await repo.readSnapshot(list[3].id)).text).toBe(FIXTURE_TEXT);
    expect(list[0].createdAt).toBeGreaterThan(list[2].createdAt);
    expect(list.every((s) => !('text' in s))).toBe(true);
    expect(list[2].size).toBe(text.length);
    expect(unwrap(await repo.readSnapshot(list[2].id)).text).toBe(text);
    expect(problemOf(await repo.readSnapshot(9999)).kind).toBe('not-found');
  });

  it('restores a snapshot after saving the current content as “before-restore”', async () => {
    const { repo } = freshRepo();
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const original = unwrap(await repo.takeSnapshot(id, 'manual'));
    const loaded = unwrap(await repo.loadDraft(id));
    const added: ExpenseLine = { ...loaded.draft.expenses[0], amount: '5.00' };
    const edit = unwrap(
      await repo.applyChanges(id, loaded.revision, [
        { type: 'addLine', stream: 'expense', line: added },
        { type: 'removeLine', id: loaded.lineIds.income[0] },
      ]),
    );
    const editedText = unwrap(await repo.exportDraftFile(id));

    const restored = unwrap(await repo.restoreSnapshot(original.id));
    expect(restored.revision).toBe(edit.revision + 1);
    expect(restored.snapshot.reason).toBe('before-restore');
    expect(canonical(unwrap(await repo.exportDraftFile(id)))).toBe(canonical(FIXTURE_TEXT));
    expect(unwrap(await repo.readSnapshot(restored.snapshot.id)).text).toBe(editedText);
    expect((await repo.listDrafts())[0]).toMatchObject({ lineCount: 45, revision: restored.revision });

    // Restoring the before-restore snapshot undoes the restore.
    unwrap(await repo.restoreSnapshot(restored.snapshot.id));
    expect(unwrap(await repo.exportDraftFile(id))).toBe(editedText);
  });

  it('keeps at most the configured number of automatic snapshots', async () => {
    const { repo } = freshRepo({ maxAutomaticSnapshots: 2 });
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    unwrap(await repo.takeSnapshot(id, 'manual'));
    for (let i = 0; i < 4; i++) {
      const d = unwrap(await repo.loadDraft(id));
      unwrap(
        await repo.applyChanges(id, d.revision, [
          { type: 'setLine', id: d.lineIds.expense[0], line: { ...d.draft.expenses[0], amount: `${i}.00` } },
        ]),
      );
      unwrap(await repo.takeSnapshot(id, 'interval'));
    }
    const list = await repo.listSnapshots(id);
    expect(list.map((s) => [s.reason, s.revision])).toEqual([
      ['interval', 5],
      ['interval', 4],
      ['manual', 1],
    ]);
  });
});
