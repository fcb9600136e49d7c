import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FinalEngine } from '../../../src-core/domain/final/final-engine';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import type { KeyValueStore } from '../../../src-renderer/data/edit-journal';
import { FinalRepository } from '../../../src-renderer/data/final-repository';
import { finalJournalKey, leftEdits } from '../../../src-renderer/features/final/final-journal';
import { FinalSession } from '../../../src-renderer/features/final/final-session';
import { dump, FIXTURE_TEXT, freshRepo, memoryStore, problemOf, unwrap } from '../data/helpers';
import { testResources } from '../fixture-resources';
import { finalLayouts, huangpiDraft } from '../final/helpers';

/** What gone windows left in the journal (in these tests no window holds a lock). */
const replayable = (store: KeyValueStore, id: string, revision: number) =>
  leftEdits(store, id, revision, () => false).edits;

function setup() {
  const { db, repo } = freshRepo();
  return { db, repo, finals: new FinalRepository(db) };
}

/** Opens a stored draft as the window does: its stored line ids and block layout. */
async function openSession(
  finals: FinalRepository,
  id: string,
  journal: KeyValueStore | null = memoryStore(),
  owner = 'window-1',
) {
  const loaded = unwrap(await finals.load(id));
  const engine = new FinalEngine(loaded.draft, {
    catalogs: testResources().catalogs.forYear(loaded.draft.year),
    layout: finalLayouts().get('final-national')!,
    lineIds: loaded.lineIds,
  });
  const session = new FinalSession(
    engine,
    id,
    loaded.row.name,
    loaded.row.revision,
    finals,
    journal,
    loaded.layout,
    owner,
  );
  return { engine, session, journal };
}

describe('决算 drafts in the database (schema version 5)', () => {
  it('stores a draft as its canonical text beside the budget drafts, which stay untouched', async () => {
    const { db, repo, finals } = setup();
    const budget = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const before = await dump(db);
    const { id } = unwrap(await finals.create(huangpiDraft()));
    expect(await dump(db)).toEqual(before);
    const loaded = unwrap(await finals.load(id));
    expect(saveFinalDraftText(loaded.draft)).toBe(saveFinalDraftText(huangpiDraft()));
    expect(loaded.row).toMatchObject({ stage: 'final', year: 2024, revision: 1, deletedAt: null });
    expect(loaded.row.name).toContain('2024年度决算');
    expect((await finals.list()).map((r) => r.id)).toEqual([id]);
    expect(await finals.has(budget.id)).toBe(false);
    expect(await finals.has(id)).toBe(true);
  });

  it('refuses a write based on an older revision and one into the 回收站, storing nothing', async () => {
    const { finals } = setup();
    const draft = huangpiDraft();
    const { id } = unwrap(await finals.create(draft));
    const changed = { ...draft, expenses: draft.expenses.slice(1) };
    expect(unwrap(await finals.save(id, 1, changed, { errors: 0, warnings: 1 }))).toEqual({ revision: 2 });
    expect(problemOf(await finals.save(id, 1, draft, null)).kind).toBe('conflict');
    unwrap(await finals.moveToTrash(id));
    expect(problemOf(await finals.save(id, 3, draft, null)).kind).toBe('in-trash');
    const stored = unwrap(await finals.load(id));
    expect(stored.draft.expenses).toHaveLength(draft.expenses.length - 1);
    expect(stored.row.status).toEqual({ errors: 0, warnings: 1 });
  });

  it('imports a 决算 file whole or not at all, with the problems by path', async () => {
    const { db, finals } = setup();
    const text = saveFinalDraftText(huangpiDraft());
    unwrap(await finals.importText(text));
    const before = await db.finalDraftTexts.count();
    const bad = text.replace('"amount": "282.9111"', '"amount": "abc"');
    expect(bad).not.toBe(text);
    const problems = problemOf(await finals.importText(bad));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].path).toMatch(/^income\[0\]/);
    expect(await db.finalDraftTexts.count()).toBe(before);
  });

  it('renames, trashes, restores and deletes forever', async () => {
    const { db, finals } = setup();
    const { id } = unwrap(await finals.create(huangpiDraft()));
    unwrap(await finals.rename(id, ' 黄陂 2024 决算 '));
    expect(problemOf(await finals.deleteForever(id)).kind).toBe('invalid');
    unwrap(await finals.moveToTrash(id));
    expect(await finals.list()).toEqual([]);
    expect((await finals.list({ includeDeleted: true }))[0].name).toBe('黄陂 2024 决算');
    unwrap(await finals.deleteForever(id));
    expect(await db.finalDrafts.count()).toBe(0);
    expect(await db.finalDraftTexts.count()).toBe(0);
  });
});

describe('FinalSession: engine first, then the journal and the write', () => {
  async function open() {
    const { finals } = setup();
    const { id } = unwrap(await finals.create(huangpiDraft()));
    const journal = memoryStore();
    const { session, engine } = await openSession(finals, id, journal);
    return { finals, id, journal, session, engine };
  }

  it('updates the status at once and stores the edit; 已保存 only after the write', async () => {
    const { finals, id, journal, session, engine } = await open();
    const lineId = engine.lineIds('expense')[0];
    const line = engine.line('expense', lineId)!;
    const before = engine.status().expense;
    session.setLine('输入', 'expense', lineId, { ...line, amount: '100.00' });
    expect(engine.status().expense).not.toBe(before);
    expect(session.saveState).toBe('saving');
    const entry = JSON.parse(journal.getItem(finalJournalKey(id, 'window-1'))!) as { base: number; edits: unknown[] };
    expect(entry).toEqual({
      base: 1,
      edits: [{ type: 'set', stream: 'expense', id: lineId, after: { ...line, amount: '100.00' } }],
    });
    await session.flush();
    expect(session.saveState).toBe('saved');
    expect(journal.getItem(finalJournalKey(id, 'window-1'))).toBeNull();
    const stored = unwrap(await finals.load(id));
    expect(stored.draft.expenses[0].amount).toBe('100.00');
    expect(stored.row.revision).toBe(2);
  });

  it('edits made during a write go in the next one; leaving the page journals them', async () => {
    const { finals, id, journal, session, engine } = await open();
    const lineId = engine.lineIds('expense')[0];
    const line = engine.line('expense', lineId)!;
    session.setLine('输入', 'expense', lineId, { ...line, amount: '100.00' });
    session.setLine('输入', 'expense', lineId, { ...line, amount: '200.00' });
    session.setLine('输入', 'expense', lineId, { ...line, amount: '300.00' });
    session.storePending(); // the page goes away now: the journal holds every edit not stored
    const edits = replayable(journal, id, 2)!; // replayed over the first write
    expect(edits.map((e) => (e.type === 'set' ? (e.after as { amount: string }).amount : null))).toEqual([
      '100.00',
      '300.00',
    ]);
    await session.flush();
    const stored = unwrap(await finals.load(id));
    expect(stored.draft.expenses[0].amount).toBe('300.00');
    expect(stored.row.revision).toBe(3); // two writes for three edits
    expect(journal.getItem(finalJournalKey(id, 'window-1'))).toBeNull();
  });

  it('undoes and redoes a removal in place, and the store follows', async () => {
    const { finals, id, session, engine } = await open();
    const ids = engine.lineIds('expense');
    const second = engine.line('expense', ids[1])!;
    session.removeLine('删除一行', 'expense', ids[1]);
    expect(engine.lineIds('expense')).toHaveLength(ids.length - 1);
    session.undo();
    expect(engine.lineIds('expense')).toEqual(ids);
    expect(engine.draft.expenses[1]).toEqual(second);
    await session.flush();
    expect(unwrap(await finals.load(id)).draft.expenses[1]).toEqual(second);
    session.redo();
    await session.flush();
    expect(unwrap(await finals.load(id)).draft.expenses).toHaveLength(ids.length - 1);
  });

  it('a window that went away mid-write: its journal replays on the next opening, once', async () => {
    const { finals, id, journal, session, engine } = await open();
    const ids = engine.lineIds('expense');
    const first = engine.line('expense', ids[0])!;
    session.setLine('输入', 'expense', ids[0], { ...first, amount: '7.00' });
    session.removeLine('删除一行', 'expense', ids[1]);
    const added = session.addLine('新增一行', 'expense', { ...first, amount: '8.00' });
    // The page goes away now: the writes may or may not have been stored; the journal has them all.
    const edits = replayable(journal, id, 1)!;
    expect(edits.map((e) => e.type)).toEqual(['set', 'remove', 'add']);
    await session.flush(); // here they were stored (the write under way made it)
    journal.setItem(finalJournalKey(id, 'window-1'), JSON.stringify({ base: 1, edits }));

    const stored = unwrap(await finals.load(id));
    // As useFinalSession does: replay what gone windows left, then drop their entries.
    const reopened = await openSession(finals, id, journal, 'window-2');
    const left = leftEdits(journal, id, stored.row.revision, (owner) => owner === 'window-2');
    reopened.session.replay(left.edits);
    for (const key of left.keys) journal.removeItem(key);
    await reopened.session.flush();
    const after = unwrap(await finals.load(id));
    expect(saveFinalDraftText(after.draft)).toBe(saveFinalDraftText(stored.draft)); // nothing twice
    expect(after.lineIds.expense).toContain(added);
    expect(after.lineIds.expense).not.toContain(ids[1]);
    expect(journal.map.size).toBe(0); // the gone window's entry dropped, the new one's stored
  });

  it('a write refused for a conflict drops the journal (the notice asks to type the edits again)', async () => {
    const { finals, id, journal, session, engine } = await open();
    unwrap(await finals.rename(id, '另一个窗口改了名')); // another window wrote: revision 2
    const lineId = engine.lineIds('expense')[0];
    session.setLine('输入', 'expense', lineId, { ...engine.line('expense', lineId)!, amount: '5.00' });
    expect(journal.getItem(finalJournalKey(id, 'window-1'))).not.toBeNull();
    await session.flush();
    expect(session.saveState).toBe('conflict');
    expect(journal.getItem(finalJournalKey(id, 'window-1'))).toBeNull();
    expect(unwrap(await finals.load(id)).draft.expenses[0].amount).not.toBe('5.00');
  });

  it('replays the journals of gone windows only, and only when newer than the stored draft', () => {
    const store = memoryStore();
    const edits = [{ type: 'remove', stream: 'expense', id: 'x' }];
    store.setItem(finalJournalKey('d', 'gone'), JSON.stringify({ base: 3, edits }));
    expect(leftEdits(store, 'd', 3, () => false)).toEqual({ edits, keys: [finalJournalKey('d', 'gone')] }); // never written
    expect(leftEdits(store, 'd', 4, () => false).edits).toEqual(edits); // its own write, under way then, may have
    expect(leftEdits(store, 'd', 5, () => false).edits).toEqual([]); // another window wrote since: dropped
    expect(leftEdits(store, 'd', 3, (owner) => owner === 'gone').keys).toEqual([]); // a live window's: left alone
    expect(leftEdits(store, 'other', 1, () => false).keys).toEqual([]);
    store.setItem(
      finalJournalKey('d', 'odd'),
      JSON.stringify({ base: 3, edits: [{ type: 'set', stream: 'nope', id: 'x' }] }),
    );
    expect(leftEdits(store, 'd', 3, () => false).edits).toEqual(edits); // not an edit this build makes: dropped
  });
});
