import { describe, expect, it } from 'vitest';
import { BackupMarks, type KeyValueStore } from '../../../src-renderer/platform/backup-marks';

class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

describe('BackupMarks', () => {
  it('remembers per draft the last backup and the dismissed offers', () => {
    const store = new MemoryStore();
    const marks = new BackupMarks(store);
    marks.setMark('a', { savedAt: 10, revision: 3 });
    marks.setMark('b', { savedAt: 20, revision: 1 });
    marks.setMark('a', { savedAt: 30, revision: 5 });
    marks.dismiss('b', 20);
    const again = new BackupMarks(store);
    expect(again.marks()).toEqual({ a: { savedAt: 30, revision: 5 }, b: { savedAt: 20, revision: 1 } });
    expect(again.dismissed()).toEqual({ b: 20 });
  });

  it('ignores damaged stored values instead of failing', () => {
    const store = new MemoryStore();
    store.setItem('budget-backup-marks', '{"a":{"savedAt":"x","revision":1},"b":{"savedAt":5,"revision":2}}');
    store.setItem('budget-backup-dismissed', 'not json');
    const marks = new BackupMarks(store);
    expect(marks.marks()).toEqual({ b: { savedAt: 5, revision: 2 } });
    expect(marks.dismissed()).toEqual({});
  });

  it('works without any storage (nothing remembered, nothing thrown)', () => {
    const marks = new BackupMarks(null);
    marks.setMark('a', { savedAt: 1, revision: 1 });
    expect(marks.marks()).toEqual({});
  });
});
