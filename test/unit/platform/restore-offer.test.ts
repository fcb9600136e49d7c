import { describe, expect, it } from 'vitest';
import { restoreOffers, type StoredDraftState } from '../../../src-renderer/platform/restore-offer';

const draft = (id: string, revision: number, updatedAt: number): StoredDraftState => ({
  id,
  name: `草稿${id}`,
  revision,
  updatedAt,
});

describe('restoreOffers', () => {
  it('offers every draft’s newest backup when the database is empty', () => {
    const offers = restoreOffers(
      [],
      [
        { draftId: 'a', savedAt: 200 },
        { draftId: 'b', savedAt: 100 },
      ],
      {},
      {},
    );
    expect(offers).toEqual([
      { draftId: 'a', savedAt: 200, reason: 'empty', name: null },
      { draftId: 'b', savedAt: 100, reason: 'empty', name: null },
    ]);
  });

  it('offers nothing when there are no backups', () => {
    expect(restoreOffers([], [], {}, {})).toEqual([]);
    expect(restoreOffers([draft('a', 3, 100)], [], {}, {})).toEqual([]);
  });

  it('does not offer a backup this app wrote of the revision the database holds (or an older one)', () => {
    const marks = { a: { savedAt: 500, revision: 7 } };
    expect(restoreOffers([draft('a', 7, 400)], [{ draftId: 'a', savedAt: 500 }], marks, {})).toEqual([]);
    expect(restoreOffers([draft('a', 9, 600)], [{ draftId: 'a', savedAt: 500 }], marks, {})).toEqual([]);
  });

  it('offers a backup whose revision is ahead of the database (the database went back)', () => {
    const marks = { a: { savedAt: 500, revision: 7 } };
    expect(restoreOffers([draft('a', 4, 300)], [{ draftId: 'a', savedAt: 500 }], marks, {})).toEqual([
      { draftId: 'a', savedAt: 500, reason: 'newer', name: '草稿a' },
    ]);
  });

  it('without a record of the backup, compares its time with the draft’s last change', () => {
    const marks = { a: { savedAt: 400, revision: 7 } }; // an older backup was recorded, not this one
    expect(restoreOffers([draft('a', 7, 450)], [{ draftId: 'a', savedAt: 500 }], marks, {})).toHaveLength(1);
    expect(restoreOffers([draft('a', 7, 600)], [{ draftId: 'a', savedAt: 500 }], marks, {})).toEqual([]);
    expect(restoreOffers([draft('b', 1, 100)], [{ draftId: 'b', savedAt: 500 }], {}, {})).toHaveLength(1);
  });

  it('does not offer backups of drafts no longer in a non-empty database', () => {
    expect(restoreOffers([draft('a', 1, 100)], [{ draftId: 'gone', savedAt: 900 }], {}, {})).toEqual([]);
  });

  it('a dismissed backup is not offered again, a newer one is', () => {
    const stored = [draft('a', 1, 100)];
    expect(restoreOffers(stored, [{ draftId: 'a', savedAt: 500 }], {}, { a: 500 })).toEqual([]);
    expect(restoreOffers(stored, [{ draftId: 'a', savedAt: 800 }], {}, { a: 500 })).toHaveLength(1);
    expect(restoreOffers([], [{ draftId: 'a', savedAt: 500 }], {}, { a: 500 })).toEqual([]);
  });
});
