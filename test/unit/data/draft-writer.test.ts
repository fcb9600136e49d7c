import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { BudgetDb } from '../../../src-renderer/data/database';
import type { DraftChange } from '../../../src-renderer/data/changes';
import { DraftRepository } from '../../../src-renderer/data/draft-repository';
import { compactBatch, DraftWriter } from '../../../src-renderer/data/draft-writer';
import { EditJournal, listJournals } from '../../../src-renderer/data/edit-journal';
import { FIXTURE_TEXT, freshName, freshRepo, memoryStore, unwrap } from './helpers';

async function setup() {
  const { db, repo } = freshRepo();
  const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
  const loaded = unwrap(await repo.loadDraft(id));
  const setAmount = (i: number, amount: string): DraftChange => ({
    type: 'setLine',
    id: loaded.lineIds.expense[i],
    line: { ...loaded.draft.expenses[i], amount },
  });
  return { db, repo, id, loaded, setAmount };
}

/** One database opened by two windows (two repositories), with the sample stored and loaded in window A. */
async function twoWindows() {
  const name = freshName('writer');
  const a = new DraftRepository(new BudgetDb(name));
  const b = new DraftRepository(new BudgetDb(name));
  const { id } = unwrap(await a.importDraftFile(FIXTURE_TEXT));
  const d = unwrap(await a.loadDraft(id));
  return { a, b, id, d };
}

describe('DraftWriter', () => {
  it('stores keystrokes at once, one transaction at a time, coalescing what arrives meanwhile', async () => {
    const { repo, id, loaded, setAmount } = await setup();
    const spy = vi.spyOn(repo, 'applyChanges');
    const saved: number[] = [];
    const w = new DraftWriter(repo, id, loaded.revision, {
      onConflict: vi.fn(),
      onFailure: vi.fn(),
      onSaved: (r) => saved.push(r),
    });
    for (let i = 0; i < 10; i++) w.push([setAmount(0, `${i}.00`)]);
    await w.flush();
    // The first keystroke is written alone; the nine typed during that write go as one batch.
    expect(spy).toHaveBeenCalledTimes(2);
    expect(saved).toEqual([2, 3]);
    expect(w.revision).toBe(3);
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[0].amount).toBe('9.00');
  });

  it('stops on a true conflict (the same value changed differently elsewhere) and hands back every unsaved change', async () => {
    const { a, b, id, d } = await twoWindows();
    const seen = d.draft.expenses[0];
    const change = (amount: string): DraftChange => ({
      type: 'setLine',
      id: d.lineIds.expense[0],
      line: { ...seen, amount },
      expect: seen,
    });
    unwrap(await b.applyChanges(id, d.revision, [change('5.00')]));

    const onConflict = vi.fn();
    const w = new DraftWriter(a, id, d.revision, { onConflict, onFailure: vi.fn() });
    w.push([change('1.00')]);
    w.push([change('2.00')]);
    await w.flush();
    expect(onConflict).toHaveBeenCalledTimes(1);
    expect(onConflict.mock.calls[0][0].kind).toBe('conflict');
    expect(onConflict.mock.calls[0][0].conflicts.join()).toContain('金额');
    // Both values, as the officer reads amounts: this window's and the stored one.
    expect(onConflict.mock.calls[0][0].conflicts.join()).toContain('（本窗口：1.00；另一窗口：5.00）');
    expect(onConflict.mock.calls[0][1].map((c: DraftChange) => c.type === 'setLine' && c.line.amount)).toEqual([
      '1.00',
      '2.00',
    ]);
    expect(w.conflicted).toBe(true);
    expect(w.unsaved).toBe(2);
    w.push([change('3.00')]);
    await w.flush();
    expect(unwrap(await b.loadDraft(id)).draft.expenses[0].amount).toBe('5.00');

    // The officer keeps this window's edits: stored over the other window's value.
    w.resolve('ours');
    await w.flush();
    expect(w.unsaved).toBe(0);
    expect(unwrap(await b.loadDraft(id)).draft.expenses[0].amount).toBe('3.00');
  });

  it('choosing the other window keeps its value where both changed, and still stores the rest', async () => {
    const { a, b, id, d } = await twoWindows();
    const [l0, l1] = d.draft.expenses;
    unwrap(
      await b.applyChanges(id, d.revision, [
        { type: 'setLine', id: d.lineIds.expense[0], line: { ...l0, amount: '5.00' }, expect: l0 },
      ]),
    );
    const onConflict = vi.fn();
    const w = new DraftWriter(a, id, d.revision, { onConflict, onFailure: vi.fn() });
    w.push([
      { type: 'setLine', id: d.lineIds.expense[0], line: { ...l0, amount: '1.00', note: '本窗口' }, expect: l0 },
      { type: 'setLine', id: d.lineIds.expense[1], line: { ...l1, amount: '7.00' }, expect: l1 },
    ]);
    await w.flush();
    expect(onConflict).toHaveBeenCalledTimes(1);
    w.resolve('theirs');
    await w.flush();
    const stored = unwrap(await b.loadDraft(id)).draft.expenses;
    expect(stored[0]).toMatchObject({ amount: '5.00', note: '本窗口' });
    expect(stored[1].amount).toBe('7.00');
  });

  it('merges edits of different lines and of different fields of one line made in two windows at once', async () => {
    const { a, b, id, d } = await twoWindows();
    const [l0, l1] = d.draft.expenses;
    // Window B stores first: line 0's amount, and the 主要职能 text.
    unwrap(
      await b.applyChanges(id, d.revision, [
        { type: 'setLine', id: d.lineIds.expense[0], line: { ...l0, amount: '11.00' }, expect: l0 },
        { type: 'setHead', key: 'text', value: { ...d.draft.text, functions: 'B 的职能' }, expect: d.draft.text },
      ]),
    );
    const saved: boolean[] = [];
    const onConflict = vi.fn();
    const w = new DraftWriter(a, id, d.revision, {
      onConflict,
      onFailure: vi.fn(),
      onSaved: (_r, _a, merged) => saved.push(merged),
    });
    // Window A, on the old revision: line 0's note, line 1's amount, the 联系方式 text.
    w.push([
      { type: 'setLine', id: d.lineIds.expense[0], line: { ...l0, note: 'A 的备注' }, expect: l0 },
      { type: 'setLine', id: d.lineIds.expense[1], line: { ...l1, amount: '22.00' }, expect: l1 },
      { type: 'setHead', key: 'text', value: { ...d.draft.text, contact: 'A 的联系人' }, expect: d.draft.text },
    ]);
    await w.flush();
    expect(onConflict).not.toHaveBeenCalled();
    expect(saved).toEqual([true]);
    const stored = unwrap(await b.loadDraft(id)).draft;
    expect(stored.expenses[0]).toMatchObject({ amount: '11.00', note: 'A 的备注' });
    expect(stored.expenses[1].amount).toBe('22.00');
    expect(stored.text).toMatchObject({ functions: 'B 的职能', contact: 'A 的联系人' });
  });

  it('journals every change until its batch is stored, then clears the journal', async () => {
    const { repo, id, loaded, setAmount } = await setup();
    const store = memoryStore();
    const journal = new EditJournal(store, id, 'owner-1');
    const w = new DraftWriter(repo, id, loaded.revision, { onConflict: vi.fn(), onFailure: vi.fn(), journal });
    w.push([setAmount(0, '1.00')]);
    // Journaled synchronously, before any write finished.
    const [{ entry }] = listJournals(store, id);
    expect(entry).toMatchObject({ base: loaded.revision, owner: 'owner-1', inflight: { count: 1 } });
    expect(entry.changes).toHaveLength(1);
    w.push([setAmount(1, '2.00')]);
    expect(listJournals(store, id)[0].entry.changes).toHaveLength(2);
    await w.flush();
    expect(listJournals(store, id)).toEqual([]);
    expect(w.unsaved).toBe(0);
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
    expect(onRejected).toHaveBeenCalledWith(expect.objectContaining({ kind: 'not-found' }), [
      { type: 'removeLine', id: 'gone' },
    ]);
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[2].amount).toBe('2.00');
  });
});

describe('compactBatch', () => {
  const line = (amount: string) =>
    ({
      unit: 'u',
      function: '2010301',
      economic: '30101',
      kind: 'personnel',
      source: 'gpb',
      carryover: false,
      amount,
      project: null,
      note: '',
    }) as never;
  it('folds repeated replacements of one line into the last value with the first expectation', () => {
    const out = compactBatch([
      { type: 'setLine', id: 'x', line: line('1'), expect: line('0') },
      { type: 'setLine', id: 'y', line: line('5'), expect: line('4') },
      { type: 'setLine', id: 'x', line: line('2'), expect: line('1') },
    ]);
    expect(out).toEqual([
      { type: 'setLine', id: 'x', line: line('2'), expect: line('0') },
      { type: 'setLine', id: 'y', line: line('5'), expect: line('4') },
    ]);
  });
  it('does not fold across a removal or an insertion touching the same line', () => {
    const out = compactBatch([
      { type: 'setLine', id: 'x', line: line('1'), expect: line('0') },
      { type: 'removeLine', id: 'x', expect: line('1') },
      { type: 'addLine', stream: 'expense', id: 'x', line: line('3') },
      { type: 'setLine', id: 'x', line: line('4'), expect: line('3') },
    ]);
    expect(out).toHaveLength(4);
  });
});
