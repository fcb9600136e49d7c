import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  parseBackupFileName,
  rotateBackups,
  type RotationPolicy,
  type TimedFile,
} from '../../../src-core/backup/backup-rotation';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2024, 2, 15, 10, 0, 0);
const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const at = (t: number): TimedFile => ({ file: backupFileName(t), savedAt: t });

/** A small deterministic generator (mulberry32): the same "random" backups every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('backup file names', () => {
  it('encode the time sortably, in characters every file system accepts', () => {
    expect(backupFileName(Date.UTC(2024, 2, 15, 2, 15, 30, 123))).toBe('20240315T021530123Z.budget.json');
    expect(parseBackupFileName('20240315T021530123Z.budget.json')).toBe(Date.UTC(2024, 2, 15, 2, 15, 30, 123));
  });

  it('are the only names rotation recognises', () => {
    for (const name of [
      'notes.txt',
      '20241315T021530123Z.budget.json',
      '../20240315T021530123Z.budget.json',
      '20240315T021530123Z.budget.json.tmp',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('rotateBackups', () => {
  const policy: RotationPolicy = { keepLast: 3, keepDays: 5 };

  it('keeps the last N and the newest of each of the last D days', () => {
    const files = [
      at(NOW - 1 * HOUR),
      at(NOW - 2 * HOUR),
      at(NOW - 3 * HOUR),
      at(NOW - 4 * HOUR), // today: 4
      at(NOW - 1 * DAY),
      at(NOW - 1 * DAY - HOUR), // yesterday: 2
      at(NOW - 3 * DAY), // three days ago
      at(NOW - 6 * DAY), // outside the 5 days
    ];
    const { keep, remove } = rotateBackups(files, NOW, policy, utcDay);
    expect(keep.map((f) => f.savedAt)).toEqual([NOW - HOUR, NOW - 2 * HOUR, NOW - 3 * HOUR, NOW - DAY, NOW - 3 * DAY]);
    expect(remove.map((f) => f.savedAt)).toEqual([NOW - 4 * HOUR, NOW - DAY - HOUR, NOW - 6 * DAY]);
  });

  it('keeps everything while there are fewer than N', () => {
    const files = [at(NOW - 40 * DAY), at(NOW - 30 * DAY)];
    expect(rotateBackups(files, NOW, policy, utcDay).remove).toEqual([]);
  });

  it('never deletes a backup dated in the future (a clock set back)', () => {
    const files = [at(NOW + DAY), at(NOW + 2 * DAY), at(NOW + 3 * DAY), at(NOW + 4 * DAY), at(NOW - HOUR)];
    expect(rotateBackups(files, NOW, policy, utcDay).keep).toHaveLength(5);
  });

  it('keeps what it promises, for many random histories', () => {
    const next = random(7);
    for (let run = 0; run < 200; run++) {
      const count = Math.floor(next() * 60);
      const files = Array.from({ length: count }, () => at(NOW - Math.floor(next() * 12 * DAY)));
      const p: RotationPolicy = { keepLast: Math.floor(next() * 6), keepDays: Math.floor(next() * 8) };
      const { keep, remove } = rotateBackups(files, NOW, p, utcDay);
      // A partition of the input.
      expect(keep.length + remove.length).toBe(files.length);
      expect(new Set([...keep, ...remove]).size).toBe(new Set(files).size);
      const newestFirst = [...files].sort((a, b) => b.savedAt - a.savedAt);
      // The last N are kept.
      for (const f of newestFirst.slice(0, p.keepLast)) expect(keep).toContain(f);
      // For every day within D days that has a backup, its newest backup is kept.
      const newestOfDay = new Map<string, number>();
      for (const f of newestFirst) {
        if (f.savedAt > NOW - p.keepDays * DAY && !newestOfDay.has(utcDay(f.savedAt)))
          newestOfDay.set(utcDay(f.savedAt), f.savedAt);
      }
      for (const t of newestOfDay.values()) expect(keep.some((f) => f.savedAt === t)).toBe(true);
      // Nothing else is kept: at most N plus one per day.
      expect(keep.length).toBeLessThanOrEqual(p.keepLast + newestOfDay.size);
    }
  });
});
