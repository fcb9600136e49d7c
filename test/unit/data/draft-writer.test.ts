import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { BudgetDb } from '../../../src-renderer/data/database';
import type { DraftChange } from '../../../src-renderer/data/changes';
import { DraftRepository } from '../../../src-renderer/data/draft-repository';
import { DraftWriter } from '../../../src-renderer/data/draft-writer';
import { FIXTURE_TEXT, freshName, freshRepo, unwrap } from './helpers';

async function setup() {
  const { db, repo } = freshRepo();
  const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
  const loaded = unwrap(await repo.loadDraft(id));
  const setAmount = (i: number, amount: string): DraftChange =>
    ({ type: 'setLine', id: loaded.lineIds.expense[i], line: { ...loaded.draft.expenses[i], amount } });
  return { db, repo, id, loaded, setAmount };
}

describe('DraftWriter', () => {
  it('stores keystrokes at once, one transaction at a time, coalescing what arrives meanwhile', async () => {
    const { repo, id, loaded, setAmount } = await setup();
    const spy = vi.spyOn(repo, 'applyChanges');
    const saved: number[] = [];
    const w = new DraftWriter(repo, id, loaded.revision, { onConflict: vi.fn(), onFailure: vi.fn(), onSaved: (r) => saved.push(r) });
    for (let i = 0; i < 10; i++) w.push([setAmount(0, `${i}.00`)]);
    await w.flush();
    // The first keystroke is written alone; the nine typed during that write go as one batch.
    expect(spy).toHaveBeenCalledTimes(2);
    expect(saved).toEqual([2, 3]);
    expect(w.revision).toBe(3);
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[0].amount).toBe('9.00');
  });

  it('stops on a conflict and hands back every unsaved change', async () => {
    const name = freshName('writer');
    const a = new DraftRepository(new BudgetDb(name));
    const b = new DraftRepository(new BudgetDb(name));
    const { id } = unwrap(await a.importDraftFile(FIXTURE_TEXT));
    const d = unwrap(await a.loadDraft(id));
    const change = (amount: string): DraftChange => ({ type: 'setLine', id: d.lineIds.expense[0], line: { ...d.draft.expenses[0], amount } });
    unwrap(await b.applyChanges(id, d.revision, [change('5.00')]));

    const onConflict = vi.fn();
    const w = new DraftWriter(a, id, d.revision, { onConflict, onFailure: vi.fn() });
    w.push([change('1.00')]);
    w.push([change('2.00')]);
    await w.flush();
    expect(onConflict).toHaveBeenCalledTimes(1);
    expect(onConflict.mock.calls[0][0].kind).toBe('conflict');
    expect(onConflict.mock.calls[0][1].map((c: DraftChange) => c.type === 'setLine' && c.line.amount)).toEqual(['1.00', '2.00']);
    expect(w.conflicted).toBe(true);
    w.push([change('3.00')]);
    await w.flush();
    expect(unwrap(await b.loadDraft(id)).draft.expenses[0].amount).toBe('5.00');
  });

  it('keeps the changes queued when storing fails, and stores them on retry', async () => {
    const { repo, id, loaded, setAmount } = await setup();
    const onFailure = vi.fn();
    const w = new DraftWriter(repo, id, loaded.revision, { onConflict: vi.fn(), onFailure });
    vi.spyOn(repo, 'applyChanges').mockRejectedValueOnce(new Error('QuotaExceededError'));
    w.push([setAmount(1, '1.00')]);
    await w.flush();
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(w.pending).toBe(1);
    w.retry();
    await w.flush();
    expect(w.pending).toBe(0);
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[1].amount).toBe('1.00');
  });

  it('drops a refused batch, reports it, and goes on', async () => {
    const { repo, id, loaded, setAmount } = await setup();
    const onRejected = vi.fn();
    const w = new DraftWriter(repo, id, loaded.revision, { onConflict: vi.fn(), onFailure: vi.fn(), onRejected });
    w.push([{ type: 'removeLine', id: 'gone' }]);
    await w.flush();
    w.push([setAmount(2, '2.00')]);
    await w.flush();
    expect(onRejected).toHaveBeenCalledWith(expect.objectContaining({ kind: 'not-found' }), [{ type: 'removeLine', id: 'gone' }]);
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[2].amount).toBe('2.00');
  });
});
