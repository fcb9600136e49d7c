import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BudgetDb } from '../../../src-renderer/data/database';
import { broadcastFeed, type DraftEvent } from '../../../src-renderer/data/change-feed';
import type { DraftChange } from '../../../src-renderer/data/changes';
import { DraftRepository } from '../../../src-renderer/data/draft-repository';
import type { ExpenseLine } from '../../../src-core/domain/draft/types';
import { Decimal } from '../../../src-core/domain/money/decimal';
import { dump, FIXTURE_TEXT, freshName, freshRepo, problemOf, unwrap } from './helpers';

async function imported() {
  const { db, repo } = freshRepo();
  const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
  const loaded = unwrap(await repo.loadDraft(id));
  return { db, repo, id, loaded };
}

const line = (amount: string, economic = '30201'): ExpenseLine => ({
  unit: '167001',
  function: '2010301',
  economic,
  kind: 'public',
  source: 'gpb',
  carryover: false,
  amount,
  project: null,
  note: '',
});

describe('applyChanges', () => {
  it('sets, adds, removes lines and head parts in one call, with one new revision', async () => {
    const { db, repo, id, loaded } = await imported();
    const [first, second] = loaded.lineIds.expense;
    const changes: DraftChange[] = [
      { type: 'setLine', id: first, line: { ...loaded.draft.expenses[0], amount: '2874601.00' } },
      { type: 'addLine', stream: 'expense', line: line('10.00'), beforeId: second },
      { type: 'addLine', stream: 'expense', line: line('20.00') },
      { type: 'removeLine', id: loaded.lineIds.procurement[0] },
      { type: 'setHead', key: 'text', value: { ...loaded.draft.text, contact: '0580-1234567' } },
      { type: 'setHead', key: 'department', value: { ...loaded.draft.department, name: '舟山市政府办' } },
    ];
    const { revision, added } = unwrap(await repo.applyChanges(id, loaded.revision, changes));
    expect(revision).toBe(loaded.revision + 1);
    expect(added).toHaveLength(2);

    const after = unwrap(await repo.loadDraft(id));
    expect(after.revision).toBe(revision);
    expect(after.draft.expenses[0].amount).toBe('2874601.00');
    expect(after.draft.expenses[1]).toEqual(line('10.00'));
    expect(after.draft.expenses[2]).toEqual(loaded.draft.expenses[1]);
    expect(after.draft.expenses.at(-1)).toEqual(line('20.00'));
    expect(after.lineIds.expense[1]).toBe(added[0]);
    expect(after.lineIds.expense.at(-1)).toBe(added[1]);
    expect(after.draft.procurement).toEqual([]);
    expect(after.draft.text.contact).toBe('0580-1234567');
    expect(after.summary).toMatchObject({ departmentName: '舟山市政府办', lineCount: loaded.summary.lineCount + 1 });
    // The stored blocks hold exactly the draft's lines, ids alongside.
    const blocks = (await db.lineBlocks.toArray()).filter((b) => b.draftId === id);
    expect(blocks.reduce((n, b) => n + b.lines.length, 0)).toBe(loaded.summary.lineCount + 1);
    expect(blocks.every((b) => b.ids.length === b.lines.length && b.lines.length > 0)).toBe(true);
  });

  it('writes only the head parts a batch names; an absent extra has no part', async () => {
    const { db, repo, id, loaded } = await imported();
    const partsOf = async () =>
      new Map((await db.headParts.toArray()).filter((p) => p.draftId === id).map((p) => [p.key, p.value]));
    const before = await partsOf();
    expect(before.has('projects') && before.has('units') && before.has('format')).toBe(true);
    expect(before.has('extra')).toBe(false);

    unwrap(
      await repo.applyChanges(id, loaded.revision, [
        { type: 'setHead', key: 'text', value: { ...loaded.draft.text, contact: '0580-1234567' } },
        { type: 'setHead', key: 'extra', value: { localNote: '保留' } },
      ]),
    );
    const mid = await partsOf();
    for (const [key, value] of before) if (key !== 'text') expect(mid.get(key)).toEqual(value);
    expect(mid.get('text')).toMatchObject({ contact: '0580-1234567' });
    expect(mid.get('extra')).toEqual({ localNote: '保留' });

    unwrap(await repo.applyChanges(id, loaded.revision + 1, [{ type: 'setHead', key: 'extra', value: undefined }]));
    expect((await partsOf()).has('extra')).toBe(false);
    const after = unwrap(await repo.loadDraft(id));
    expect(after.draft.extra).toBeUndefined();
    expect(after.draft.projects).toEqual(loaded.draft.projects);
    // The draft row itself holds no head.
    expect(await db.drafts.get(id)).not.toHaveProperty('head');
  });

  it('a pasted block of 200 lines before a line lands in order with short keys', async () => {
    const { db, repo, id, loaded } = await imported();
    const before = loaded.lineIds.expense[10];
    const block: DraftChange[] = Array.from({ length: 200 }, (_, i) => ({
      type: 'addLine',
      stream: 'expense',
      line: line(`${i + 1}.00`),
      beforeId: before,
    }));
    unwrap(await repo.applyChanges(id, loaded.revision, block));
    const after = unwrap(await repo.loadDraft(id));
    expect(after.draft.expenses.slice(10, 210).map((l) => l.amount)).toEqual(block.map((_, i) => `${i + 1}.00`));
    expect(after.draft.expenses[210]).toEqual(loaded.draft.expenses[10]);
    const keys = (await db.lineBlocks.toArray()).map((b) => b.order);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(6);

    // Repeated inserts at the front keep working (keys below the first).
    let rev = after.revision;
    for (let i = 0; i < 30; i++) {
      const cur = unwrap(await repo.loadDraft(id));
      rev = unwrap(
        await repo.applyChanges(id, rev, [
          { type: 'addLine', stream: 'expense', line: line(`${i}.01`), beforeId: cur.lineIds.expense[0] },
        ]),
      ).revision;
    }
    const front = unwrap(await repo.loadDraft(id))
      .draft.expenses.slice(0, 30)
      .map((l) => l.amount);
    expect(front).toEqual(Array.from({ length: 30 }, (_, i) => `${29 - i}.01`));
  });

  it('lets the window name new lines and refer to them in the same batch', async () => {
    const { repo, id, loaded } = await imported();
    const r = unwrap(
      await repo.applyChanges(id, loaded.revision, [
        {
          type: 'addLine',
          stream: 'income',
          line: { unit: '167001', source: 'other', carryover: false, amount: '1.00' },
          id: 'new-1',
        },
        { type: 'setLine', id: 'new-1', line: { unit: '167001', source: 'other', carryover: false, amount: '2.00' } },
        {
          type: 'addLine',
          stream: 'income',
          line: { unit: '167001', source: 'gf', carryover: false, amount: '3.00' },
          beforeId: 'new-1',
        },
      ]),
    );
    const after = unwrap(await repo.loadDraft(id));
    expect(after.lineIds.income.slice(1)).toEqual([r.added[1], 'new-1']);
    expect(after.draft.income.slice(1).map((l) => l.amount)).toEqual(['3.00', '2.00']);
  });

  it('a batch with one bad change writes nothing', async () => {
    const { db, repo, id, loaded } = await imported();
    const before = await dump(db);
    const good: DraftChange[] = [
      { type: 'setLine', id: loaded.lineIds.expense[0], line: line('1.00') },
      { type: 'addLine', stream: 'expense', line: line('2.00') },
      { type: 'removeLine', id: loaded.lineIds.expense[1] },
    ];
    const missing = problemOf(
      await repo.applyChanges(id, loaded.revision, [
        ...good,
        { type: 'setLine', id: 'no-such-line', line: line('3.00') },
      ]),
    );
    expect(missing).toMatchObject({ kind: 'not-found', index: 3 });
    expect(missing.message).toContain('整批修改都没有保存');

    const bad = [
      [...good, { type: 'setLine', id: loaded.lineIds.expense[2], line: { ...line('0'), amount: new Decimal('3.5') } }],
      [...good, { type: 'setLine', id: loaded.lineIds.expense[2], line: { ...line('0'), amount: 3.5 } }],
      [...good, { type: 'addLine', stream: 'expenses', line: line('1.00') }],
      [...good, { type: 'setHead', key: 'formatVersion', value: 2 }],
      [...good, { type: 'setHead', key: 'year', value: '2023' }],
      [...good, { type: 'addLine', stream: 'expense', line: line('1.00'), id: loaded.lineIds.expense[5] }],
      [...good, { type: 'addLine', stream: 'income', line: line('1.00'), beforeId: loaded.lineIds.expense[5] }],
      [...good, { type: 'removeLine', id: loaded.lineIds.expense[1] }],
    ] as unknown as DraftChange[][];
    for (const batch of bad) {
      const p = problemOf(await repo.applyChanges(id, loaded.revision, batch));
      expect(['invalid', 'not-found']).toContain(p.kind);
      expect(p.index).toBe(3);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('refuses edits of a draft in the 回收站 and of unknown drafts', async () => {
    const { repo, id, loaded } = await imported();
    const { revision } = unwrap(await repo.moveToTrash(id));
    expect(
      problemOf(await repo.applyChanges(id, revision, [{ type: 'removeLine', id: loaded.lineIds.expense[0] }])).kind,
    ).toBe('in-trash');
    expect(problemOf(await repo.applyChanges('nope', 1, [])).kind).toBe('not-found');
  });

  it('caches finding counts with the revision they belong to', async () => {
    const { repo, id, loaded } = await imported();
    expect(await repo.setStatus(id, loaded.revision, { errors: 0, warnings: 2 })).toBe(true);
    expect((await repo.listDrafts())[0]).toMatchObject({ status: { errors: 0, warnings: 2 }, statusRevision: 1 });
    const { revision } = unwrap(
      await repo.applyChanges(
        id,
        loaded.revision,
        [{ type: 'setLine', id: loaded.lineIds.expense[0], line: line('x') }],
        { status: { errors: 1, warnings: 2 } },
      ),
    );
    expect((await repo.listDrafts())[0]).toMatchObject({
      status: { errors: 1, warnings: 2 },
      statusRevision: revision,
    });
    expect(await repo.setStatus(id, loaded.revision, { errors: 0, warnings: 0 })).toBe(false);
  });
});

describe('two windows on one draft', () => {
  it('a write based on an old revision is refused with a conflict, and the other window is told to reload', async () => {
    const name = freshName('windows');
    const a = new DraftRepository(new BudgetDb(name), { feed: broadcastFeed() });
    const b = new DraftRepository(new BudgetDb(name), { feed: broadcastFeed() });
    try {
      const { id } = unwrap(await a.importDraftFile(FIXTURE_TEXT));
      const inA = unwrap(await a.loadDraft(id));
      const inB = unwrap(await b.loadDraft(id));
      const heard = new Promise<DraftEvent>((resolve) => {
        const stop = b.subscribe((e) => {
          if (e.type === 'changed') {
            stop();
            resolve(e);
          }
        });
      });

      const r1 = unwrap(
        await a.applyChanges(id, inA.revision, [{ type: 'setLine', id: inA.lineIds.expense[0], line: line('111.00') }]),
      );
      expect(await heard).toEqual({ type: 'changed', db: name, draftId: id, revision: r1.revision });

      const clash = problemOf(
        await b.applyChanges(id, inB.revision, [{ type: 'setLine', id: inB.lineIds.expense[0], line: line('222.00') }]),
      );
      expect(clash.kind).toBe('conflict');
      expect(clash.revision).toBe(r1.revision);
      expect(clash.message).toContain('另一个窗口');
      expect(unwrap(await a.loadDraft(id)).draft.expenses[0].amount).toBe('111.00');

      // After reloading, B's edit goes through on the new revision.
      const reloaded = unwrap(await b.loadDraft(id));
      expect(reloaded.draft.expenses[0].amount).toBe('111.00');
      unwrap(
        await b.applyChanges(id, reloaded.revision, [
          { type: 'setLine', id: reloaded.lineIds.expense[0], line: line('222.00') },
        ]),
      );
      expect(unwrap(await a.loadDraft(id)).draft.expenses[0].amount).toBe('222.00');
    } finally {
      a.close();
      b.close();
      a.db.close();
      b.db.close();
    }
  });

  it('only one of two racing writes on the same revision wins', async () => {
    const name = freshName('race');
    const a = new DraftRepository(new BudgetDb(name));
    const b = new DraftRepository(new BudgetDb(name));
    const { id } = unwrap(await a.importDraftFile(FIXTURE_TEXT));
    const base = unwrap(await a.loadDraft(id));
    const results = await Promise.all([
      a.applyChanges(id, base.revision, [{ type: 'setLine', id: base.lineIds.expense[0], line: line('1.00') }]),
      b.applyChanges(id, base.revision, [{ type: 'setLine', id: base.lineIds.expense[0], line: line('2.00') }]),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.kind)).toEqual(['conflict']);
    a.db.close();
    b.db.close();
  });
});
