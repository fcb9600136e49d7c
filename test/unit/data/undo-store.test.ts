import { describe, expect, it } from 'vitest';
import { boundUndo, keepNewest, UndoStore, type StoredUndoStep } from '../../../src-renderer/data/undo-store';
import { freshRepo } from './helpers';

const step = (label: string, edits = 1): StoredUndoStep<number> => ({
  label,
  edits: Array.from({ length: edits }, (_, i) => i),
});

describe('undo history as stored: bounded, newest kept', () => {
  it('keeps the newest steps up to the step limit, oldest first', () => {
    const steps = Array.from({ length: 120 }, (_, i) => step(`s${i}`));
    const kept = keepNewest(steps, { steps: 100, edits: 5000 });
    expect(kept).toHaveLength(100);
    expect(kept[0].label).toBe('s20');
    expect(kept.at(-1)?.label).toBe('s119');
  });

  it('stops at a step that cannot be kept (not storable, or over the edit budget): older ones are useless without it', () => {
    expect(keepNewest([step('a'), null, step('b'), step('c')], { steps: 100, edits: 10 }).map((s) => s.label)).toEqual([
      'b',
      'c',
    ]);
    const big = [step('a'), step('huge', 9), step('b', 2)];
    expect(keepNewest(big, { steps: 100, edits: 10 }).map((s) => s.label)).toEqual(['b']);
    expect(keepNewest(big, { steps: 100, edits: 11 }).map((s) => s.label)).toEqual(['huge', 'b']);
  });

  it('gives redo steps what the past left of the edit budget; the nearest redo step is the last', () => {
    const bounded = boundUndo([step('p1', 3), step('p2', 3)], [step('f-far', 2), step('f-near', 3)], {
      steps: 100,
      edits: 9,
    });
    expect(bounded.past.map((s) => s.label)).toEqual(['p1', 'p2']);
    expect(bounded.future.map((s) => s.label)).toEqual(['f-near']);
  });
});

describe('UndoStore: a history is read back only at the revision it was written at', () => {
  it('round-trips a history, and drops it when the draft moved on (import, restore, another window)', async () => {
    const { db } = freshRepo();
    const store = new UndoStore(db, 'w1', () => 1_700_000_000_000);
    const history = { past: [step('输入'), step('粘贴', 3)], future: [step('删除行')] };
    await store.save('d1', 7, history);

    expect(await store.load('d1', 7)).toEqual(history);
    expect(await db.table('undoHistory').get('d1')).toMatchObject({ revision: 7, savedAt: 1_700_000_000_000 });

    // Another revision: not used, and gone for good.
    expect(await store.load('d1', 8)).toBeNull();
    expect(await db.table('undoHistory').count()).toBe(0);
    expect(await store.load('d1', 7)).toBeNull();
  });

  it("another window's history is not taken over (nor deleted): it is that window's to undo", async () => {
    const { db } = freshRepo();
    await new UndoStore(db, 'w1').save('d1', 3, { past: [step('输入')], future: [] });
    expect(await new UndoStore(db, 'w2').load('d1', 3)).toBeNull();
    expect(await new UndoStore(db, 'w1').load('d1', 3)).toEqual({ past: [step('输入')], future: [] });
  });

  it('an empty history deletes the row; other drafts keep theirs', async () => {
    const { db } = freshRepo();
    const store = new UndoStore(db, 'w1');
    await store.save('d1', 1, { past: [step('a')], future: [] });
    await store.save('d2', 4, { past: [step('b')], future: [] });
    await store.save('d1', 2, { past: [], future: [] });
    expect(await db.table('undoHistory').toArray()).toEqual([expect.objectContaining({ draftId: 'd2' })]);
    expect(await store.load('d2', 4)).toEqual({ past: [step('b')], future: [] });
  });
});
