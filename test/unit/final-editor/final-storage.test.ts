import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import { FinalRepository } from '../../../src-renderer/data/final-repository';
import { FinalSession, finalJournalKey, journalToReplay } from '../../../src-renderer/features/final/final-session';
import { dump, FIXTURE_TEXT, freshRepo, memoryStore, problemOf, unwrap } from '../data/helpers';
import { finalEngineFor, huangpiDraft } from '../final/helpers';

function setup() {
  const { db, repo } = freshRepo();
  return { db, repo, finals: new FinalRepository(db) };
}

/** Resolves once the session says 已保存 (or has failed). */
function settled(s: FinalSession): Promise<void> {
  return new Promise((resolve) => {
    if (s.saveState !== 'saving') return resolve();
    const off = s.subscribe(() => {
      if (s.saveState !== 'saving') {
        off();
        resolve();
      }
    });
  });
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
    const draft = huangpiDraft();
    const { id } = unwrap(await finals.create(draft));
    const journal = memoryStore();
    const engine = finalEngineFor(draft);
    const session = new FinalSession(engine, id, '黄陂', 1, finals, journal);
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
    const entry = JSON.parse(journal.getItem(finalJournalKey(id))!) as { base: number; text: string };
    expect(entry.base).toBe(1);
    expect(JSON.parse(entry.text).expenses[0].amount).toBe('100.00');
    await settled(session);
    expect(session.saveState).toBe('saved');
    expect(journal.getItem(finalJournalKey(id))).toBeNull();
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
    session.storePending(); // the page goes away now: the journal holds the latest edit
    const entry = JSON.parse(journal.getItem(finalJournalKey(id))!) as { base: number; text: string };
    expect(JSON.parse(entry.text).expenses[0].amount).toBe('300.00');
    expect(journalToReplay(journal, id, 2)).toBe(entry.text); // replayed over the first write
    await settled(session);
    const stored = unwrap(await finals.load(id));
    expect(stored.draft.expenses[0].amount).toBe('300.00');
    expect(stored.row.revision).toBe(3); // two writes for three edits
    expect(journal.getItem(finalJournalKey(id))).toBeNull();
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
    await settled(session);
    expect(unwrap(await finals.load(id)).draft.expenses[1]).toEqual(second);
    session.redo();
    await settled(session);
    expect(unwrap(await finals.load(id)).draft.expenses).toHaveLength(ids.length - 1);
  });

  it('replays a journal entry only when it is newer than the stored draft', () => {
    const store = memoryStore();
    store.setItem(finalJournalKey('d'), JSON.stringify({ base: 3, text: 'T' }));
    expect(journalToReplay(store, 'd', 3)).toBe('T'); // the write never happened
    expect(journalToReplay(store, 'd', 4)).toBe('T'); // its own write, under way then, may have
    expect(journalToReplay(store, 'd', 5)).toBeNull(); // another window wrote since
    expect(journalToReplay(store, 'other', 1)).toBeNull();
  });
});
