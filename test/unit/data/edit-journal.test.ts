import { describe, expect, it, vi } from 'vitest';
import type { DraftChange } from '../../../src-renderer/data/changes';
import { DraftWriter } from '../../../src-renderer/data/draft-writer';
import { EditJournal, journalKey, listJournals } from '../../../src-renderer/data/edit-journal';
import { recoverJournals } from '../../../src-renderer/data/recover-journal';
import { FIXTURE_TEXT, freshRepo, memoryStore, unwrap } from './helpers';

async function setup() {
  const { repo } = freshRepo();
  const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
  const loaded = unwrap(await repo.loadDraft(id));
  const seen = loaded.draft.expenses;
  const setAmount = (i: number, amount: string): DraftChange => ({
    type: 'setLine',
    id: loaded.lineIds.expense[i],
    line: { ...seen[i], amount },
    expect: seen[i],
  });
  return { repo, id, loaded, setAmount, store: memoryStore() };
}

const dead = () => false;

describe('edit journal: what a window had not seen stored survives its end', () => {
  it('replays the edits of a window that died before its write finished', async () => {
    const { repo, id, loaded, setAmount, store } = await setup();
    // The window journaled two edits and died before anything reached the database.
    new EditJournal(store, id, 'gone').write(loaded.revision, { batchId: 'b1', count: 1 }, [
      setAmount(0, '1.00'),
      setAmount(1, '2.00'),
    ]);
    const report = await recoverJournals(repo, store, dead);
    expect(report).toMatchObject({ recovered: 1, replayed: 2, unrecovered: [] });
    const draft = unwrap(await repo.loadDraft(id)).draft;
    expect(draft.expenses[0].amount).toBe('1.00');
    expect(draft.expenses[1].amount).toBe('2.00');
    expect(listJournals(store)).toEqual([]);
  });

  it('replays only what follows a batch that did reach the database (lastBatch)', async () => {
    const { repo, id, loaded, setAmount, store } = await setup();
    // Batch b1 (the first change) was stored; the window died before it heard so.
    unwrap(await repo.applyChanges(id, loaded.revision, [setAmount(0, '1.00')], { batchId: 'b1' }));
    new EditJournal(store, id, 'gone').write(loaded.revision, { batchId: 'b1', count: 1 }, [
      setAmount(0, '1.00'),
      setAmount(1, '2.00'),
    ]);
    const spy = vi.spyOn(repo, 'applyChanges');
    const report = await recoverJournals(repo, store, dead);
    expect(report.replayed).toBe(1);
    expect(spy.mock.calls[0][1]).toBe(loaded.revision + 1);
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[1].amount).toBe('2.00');
  });

  it('replaying edits that are stored already changes nothing (added lines are not added twice)', async () => {
    const { repo, id, loaded, store } = await setup();
    const add: DraftChange = {
      type: 'addLine',
      stream: 'income',
      id: 'new-line-1',
      line: { unit: '167001', source: 'other', carryover: false, amount: '9.00' } as never,
    };
    unwrap(await repo.applyChanges(id, loaded.revision, [add], { batchId: 'stored' }));
    const before = unwrap(await repo.loadDraft(id));
    // The journal does not know the batch made it (another id): the replay must see it is stored.
    new EditJournal(store, id, 'gone').write(loaded.revision, { batchId: 'other', count: 1 }, [add]);
    await recoverJournals(repo, store, dead);
    const after = unwrap(await repo.loadDraft(id));
    expect(after.draft.income).toEqual(before.draft.income);
    expect(listJournals(store)).toEqual([]);
  });

  it('leaves the journal of a window that is still open alone', async () => {
    const { repo, id, loaded, setAmount, store } = await setup();
    new EditJournal(store, id, 'alive').write(loaded.revision, null, [setAmount(0, '1.00')]);
    const report = await recoverJournals(repo, store, (owner) => owner === 'alive');
    expect(report.recovered).toBe(0);
    expect(listJournals(store)).toHaveLength(1);
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[0].amount).toBe(loaded.draft.expenses[0].amount);
  });

  it('carries journaled edits over onto later writes, and keeps those that collide for the officer to decide', async () => {
    const { repo, id, loaded, setAmount, store } = await setup();
    new EditJournal(store, id, 'gone').write(loaded.revision, null, [setAmount(0, '1.00'), setAmount(1, '2.00')]);
    // Another window changed line 0's amount since.
    unwrap(await repo.applyChanges(id, loaded.revision, [setAmount(0, '5.00')]));
    const report = await recoverJournals(repo, store, dead);
    expect(report.recovered).toBe(0);
    expect(report.unrecovered).toHaveLength(1);
    expect(report.unrecovered[0].problem.conflicts?.join()).toContain('金额');
    expect(report.unrecovered[0].problem.message).not.toMatch(/amount|expenses|[A-Za-z]{6,}/);
    // Nothing was half applied; the journal is kept until the officer decides.
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[1].amount).toBe(loaded.draft.expenses[1].amount);
    expect(listJournals(store)).toHaveLength(1);
  });

  it('a journal entry is skipped when unreadable and dropped when its draft no longer exists', async () => {
    const { repo, id, loaded, setAmount, store } = await setup();
    store.setItem(journalKey(id, 'broken'), '{not json');
    new EditJournal(store, 'no-such-draft', 'gone').write(1, null, [setAmount(0, '1.00')]);
    const report = await recoverJournals(repo, store, dead);
    expect(report.recovered).toBe(0);
    expect(store.getItem(journalKey('no-such-draft', 'gone'))).toBeNull();
    expect(unwrap(await repo.loadDraft(id)).revision).toBe(loaded.revision);
  });

  it('a full store (QuotaExceededError) is reported: the edit is then only safe once stored', async () => {
    const { repo, id, loaded, setAmount } = await setup();
    const store = memoryStore();
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const journal = new EditJournal(store, id, 'me');
    const w = new DraftWriter(repo, id, loaded.revision, { onConflict: vi.fn(), onFailure: vi.fn(), journal });
    w.push([setAmount(0, '1.00')]);
    expect(journal.holdsEdits).toBe(false);
    expect(w.journaled).toBe(false);
    await w.flush();
    expect(w.journaled).toBe(true);
  });
});
