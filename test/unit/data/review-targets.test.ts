import { describe, expect, it } from 'vitest';
import type { Draft, Review } from '../../../src-core/domain/draft/types';
import {
  linePath,
  parseLinePath,
  renameReviewIds,
  reviewsToIds,
  reviewsToPaths,
  type LineIds,
} from '../../../src-renderer/data/review-targets';
import { zhoushanDraft } from '../fixture-resources';

const IDS: LineIds = {
  income: ['inc0AAAAAAAAAAAA'],
  expense: ['exp0AAAAAAAAAAAA', 'exp1AAAAAAAAAAAA', 'exp2AAAAAAAAAAAA'],
  carryForward: ['cfw0AAAAAAAAAAAA', 'cfw1AAAAAAAAAAAA'],
  procurement: ['pro0AAAAAAAAAAAA'],
};

const withReviews = (reviews: Review[]): Draft => ({ ...zhoushanDraft(), reviews });

describe('line paths of a draft file', () => {
  it('names each stream by its array in the file', () => {
    expect(linePath('expense', 12)).toBe('expenses[12]');
    expect(linePath('income', 0)).toBe('income[0]');
    expect(linePath('carryForward', 1)).toBe('carryForward[1]');
    expect(linePath('procurement', 3)).toBe('procurement[3]');
  });

  it('reads back only well-formed line paths', () => {
    expect(parseLinePath('expenses[12]')).toEqual({ stream: 'expense', index: 12 });
    expect(parseLinePath('carryForward[0]')).toEqual({ stream: 'carryForward', index: 0 });
    // Not a path of a line array, or not in the form the writer makes (leading zero, engine ids).
    for (const other of [
      'expense[1]',
      'units[0]',
      'expenses[01]',
      'expenses[-1]',
      'expense#3',
      'exp0AAAAAAAAAAAA',
      'expenses[1].amount',
      '',
    ]) {
      expect(parseLinePath(other)).toBeNull();
    }
  });
});

describe('review targets: database ids ↔ file paths', () => {
  const stored: Review[] = [
    { rule: 'R-ZERO', target: { line: 'exp2AAAAAAAAAAAA', field: 'amount' }, note: '甲' },
    { rule: 'R-PROJECT-EMPTY', target: { project: '167001-01', field: 'indicators' }, note: '乙' },
    { rule: 'R-X', target: { field: 'unit', line: 'cfw1AAAAAAAAAAAA' }, note: '丙' },
    { rule: 'R-ZERO', target: { line: 'inc0AAAAAAAAAAAA' }, note: '丁' },
    { rule: 'R-Y', target: { line: 'pro0AAAAAAAAAAAA', field: 'amount', extra: 1 }, note: '戊' },
    // A line removed since: its id names no line of the draft.
    { rule: 'R-ZERO', target: { line: 'goneAAAAAAAAAAAA', field: 'amount' }, note: '己' },
  ];

  it('to paths: by the line position in its stream, other keys kept in their order', () => {
    const file = reviewsToPaths(withReviews(stored), IDS).reviews;
    expect(file.map((r) => r.target)).toEqual([
      { line: 'expenses[2]', field: 'amount' },
      { project: '167001-01', field: 'indicators' },
      { field: 'unit', line: 'carryForward[1]' },
      { line: 'income[0]' },
      { line: 'procurement[0]', field: 'amount', extra: 1 },
      { line: 'goneAAAAAAAAAAAA', field: 'amount' },
    ]);
    expect(JSON.stringify(file[2].target)).toBe('{"field":"unit","line":"carryForward[1]"}');
    expect(JSON.stringify(file[4].target)).toBe('{"line":"procurement[0]","field":"amount","extra":1}');
    expect(file.map((r) => [r.rule, r.note])).toEqual(stored.map((r) => [r.rule, r.note]));
    // Reviews that did not change are the same objects; the stored draft is not modified.
    expect(file[1]).toBe(stored[1]);
    expect(file[5]).toBe(stored[5]);
    expect(stored[0].target).toEqual({ line: 'exp2AAAAAAAAAAAA', field: 'amount' });
  });

  it('to ids and back is lossless, key order included; a path pointing nowhere stays as it is', () => {
    const fileReviews: Review[] = [
      { rule: 'R-ZERO', target: { line: 'expenses[2]', field: 'amount' }, note: '甲' },
      { rule: 'R-X', target: { field: 'unit', line: 'carryForward[1]' }, note: '丙' },
      { rule: 'R-ZERO', target: { line: 'expenses[3]', field: 'amount' }, note: '没有这一行' },
      { rule: 'R-ZERO', target: { line: 'procurement[7]' }, note: '也没有' },
      { rule: 'R-Z', target: { line: 'expense#4' }, note: '引擎编号' },
      { rule: 'R-W', target: 'expenses[0]', note: '不是对象' },
      { rule: 'R-V', target: null, note: '空' },
    ];
    const draft = withReviews(fileReviews);
    const inDb = reviewsToIds(draft, IDS);
    expect(inDb.reviews.map((r) => r.target)).toEqual([
      { line: 'exp2AAAAAAAAAAAA', field: 'amount' },
      { field: 'unit', line: 'cfw1AAAAAAAAAAAA' },
      { line: 'expenses[3]', field: 'amount' },
      { line: 'procurement[7]' },
      { line: 'expense#4' },
      'expenses[0]',
      null,
    ]);
    const back = reviewsToPaths(inDb, IDS);
    expect(JSON.stringify(back.reviews)).toBe(JSON.stringify(fileReviews));
    // Only `reviews` is replaced; every other part is the draft's own.
    expect(back.expenses).toBe(draft.expenses);
    expect(Object.keys(back)).toEqual(Object.keys(draft));
  });

  it('returns the very draft when no review names a line', () => {
    const none = withReviews([{ rule: 'R-PROJECT-EMPTY', target: { project: '167001-01' }, note: '乙' }]);
    expect(reviewsToPaths(none, IDS)).toBe(none);
    expect(reviewsToIds(none, IDS)).toBe(none);
    const unknown = withReviews([{ rule: 'R-ZERO', target: { line: 'someoneElse12345' }, note: 'x' }]);
    expect(reviewsToPaths(unknown, IDS)).toBe(unknown);
    expect(reviewsToIds(unknown, IDS)).toBe(unknown);
  });

  it('renames line ids of a copy, keeping targets of lines it does not know', () => {
    const copied = renameReviewIds(stored, new Map([['exp2AAAAAAAAAAAA', 'newAAAAAAAAAAAAA']]));
    expect(copied[0].target).toEqual({ line: 'newAAAAAAAAAAAAA', field: 'amount' });
    expect(copied.slice(1)).toEqual(stored.slice(1));
    expect(renameReviewIds(stored, new Map())).toBe(stored);
  });
});
