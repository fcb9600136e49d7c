import { describe, expect, it, vi } from 'vitest';
import type { DraftRepository } from '../../../src-renderer/data/draft-repository';
import { UndoStore, type UndoHistoryRow } from '../../../src-renderer/data/undo-store';
import { DraftSession } from '../../../src-renderer/features/session/draft-session';
import { FIXTURE_TEXT, freshRepo, unwrap } from '../data/helpers';
import { testResources } from '../fixture-resources';

/** Opens the draft as a window does: the undo history read back for the revision loaded. */
async function open(repo: DraftRepository, id: string, notices: string[] = []) {
  const loaded = unwrap(await repo.loadDraft(id));
  const store = new UndoStore(repo.db, 'window-1');
  const restored = await store.load(id, loaded.revision);
  const session = new DraftSession(
    repo,
    id,
    loaded,
    testResources(),
    'zhejiang',
    { onConflict: () => undefined, onSaveProblem: () => undefined, onNotice: (m) => notices.push(m) },
    { journalStore: null, undo: { store, restored } },
  );
  return { session, restored };
}

/** The stored row once it is written for the session's current revision. */
async function storedHistory(repo: DraftRepository, session: DraftSession): Promise<UndoHistoryRow> {
  await session.flush();
  let row: UndoHistoryRow | undefined;
  await vi.waitFor(async () => {
    row = await repo.db.table('undoHistory').get(session.draftId);
    expect(row?.revision).toBe(session.revision);
  });
  return row!;
}

async function sample() {
  const { repo } = freshRepo();
  const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
  return { repo, id };
}

/** Types a new amount into the first expense line (one undo step, as the grid does). */
function typeAmount(session: DraftSession, amount: string): string {
  const id = session.expenseIds()[0];
  const before = session.expenseLine(id);
  session.perform('输入', [{ type: 'set', id, before, after: { ...before, amount } }]);
  return id;
}

describe('undo after a reload', () => {
  it('a typed amount is undone in the next session of the same draft, and redone', async () => {
    const { repo, id } = await sample();
    const first = await open(repo, id);
    const original = first.session.expenseLine(first.session.expenseIds()[0]).amount;
    const lineId = typeAmount(first.session, '3000000.00');
    const row = await storedHistory(repo, first.session);
    expect(row.past).toEqual([{ label: '输入', edits: [expect.objectContaining({ type: 'set', id: lineId })] }]);
    first.session.dispose();

    const second = await open(repo, id);
    expect(second.session.undoLabel).toBe('输入');
    expect(second.session.undo()).toBe(true);
    expect(second.session.expenseLine(lineId).amount).toBe(original);
    await second.session.flush();
    expect(unwrap(await repo.loadDraft(id)).draft.expenses[0].amount).toBe(original);
    // The undone step waits as a redo step, also across a reload.
    await storedHistory(repo, second.session);
    second.session.dispose();
    const third = await open(repo, id);
    expect(third.session.redoLabel).toBe('输入');
    expect(third.session.redo()).toBe(true);
    expect(third.session.expenseLine(lineId).amount).toBe('3000000.00');
  });

  it('is not read back when the draft changed outside the session (another window wrote, a version restored)', async () => {
    const { repo, id } = await sample();
    const first = await open(repo, id);
    const lineId = typeAmount(first.session, '3000000.00');
    await storedHistory(repo, first.session);
    first.session.dispose();

    // Another window sets the same line after the session closed.
    const loaded = unwrap(await repo.loadDraft(id));
    const line = loaded.draft.expenses[0];
    unwrap(
      await repo.applyChanges(id, loaded.revision, [
        { type: 'setLine', id: lineId, line: { ...line, amount: '5.00' }, expect: line },
      ]),
    );

    const second = await open(repo, id);
    expect(second.restored).toBeNull();
    expect(second.session.undoLabel).toBeNull();
    expect(second.session.undo()).toBe(false);
    expect(second.session.expenseLine(lineId).amount).toBe('5.00');
    expect(await repo.db.table('undoHistory').count()).toBe(0);
  });

  it('a restored step whose lines no longer are as it left them is refused, the history dropped, the officer told', async () => {
    const { repo, id } = await sample();
    const loaded = unwrap(await repo.loadDraft(id));
    const lineId = loaded.lineIds.expense[0];
    const line = loaded.draft.expenses[0];
    // A history that claims the line was set to 1.00 (it is not): undoing it would overwrite the line.
    await new UndoStore(repo.db, 'window-1').save(id, loaded.revision, {
      past: [{ label: '输入', edits: [{ type: 'set', id: lineId, before: line, after: { ...line, amount: '1.00' } }] }],
      future: [],
    });
    const notices: string[] = [];
    const { session } = await open(repo, id, notices);
    expect(session.undoLabel).toBe('输入');
    expect(session.undo()).toBe(false);
    expect(session.expenseLine(lineId)).toEqual(line);
    expect(session.undoLabel).toBeNull();
    expect(notices).toEqual([expect.stringContaining('已清空撤销记录')]);
    await vi.waitFor(async () => expect(await repo.db.table('undoHistory').count()).toBe(0));
  });

  it('keeps line edits only: a head-part step (上年数) ends the stored history there', async () => {
    const { repo, id } = await sample();
    const { session } = await open(repo, id);
    typeAmount(session, '1.00');
    const prior = session.head.prior;
    session.setPart('修改上年数', 'prior', { ...prior, actual: { ...prior.actual, expenseTotal: '26000000.00' } });
    typeAmount(session, '2.00');
    const row = await storedHistory(repo, session);
    expect(row.past.map((s) => s.label)).toEqual(['输入']);
    expect(row.past[0].edits).toEqual([
      expect.objectContaining({ after: expect.objectContaining({ amount: '2.00' }) }),
    ]);
  });
});
