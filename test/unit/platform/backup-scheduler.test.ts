import { describe, expect, it } from 'vitest';
import { BackupScheduler } from '../../../src-renderer/platform/backup-scheduler';
import { FakeTimers, settle } from './fake-timers';

const MIN = 60_000;
const schedule = { intervalMs: 3 * MIN, settleMs: 20_000, quietMs: 3_000, maxWaitMs: 10 * MIN };

function setup(result: () => Promise<boolean> = async () => true) {
  const timers = new FakeTimers();
  const runs: number[] = [];
  const scheduler = new BackupScheduler(
    async () => {
      runs.push(timers.now());
      return result();
    },
    timers,
    schedule,
  );
  return { timers, runs, scheduler };
}

describe('BackupScheduler', () => {
  it('does nothing while nothing is edited', async () => {
    const { timers, runs, scheduler } = setup();
    await timers.advance(60 * MIN);
    await scheduler.flush();
    expect(runs).toEqual([]);
  });

  it('backs up once, settleMs after a burst of edits', async () => {
    const { timers, runs, scheduler } = setup();
    scheduler.markDirty();
    await timers.advance(5_000);
    scheduler.markDirty();
    scheduler.markDirty();
    await timers.advance(60_000);
    expect(runs).toEqual([20_000]);
    expect(scheduler.isDirty).toBe(false);
  });

  it('while editing with pauses, backs up at most once per interval, each time in a pause', async () => {
    const { timers, runs, scheduler } = setup();
    const edits: number[] = [];
    // Typing for 10 s, then a 5 s pause, for 20 minutes.
    for (let t = 0; t < 20 * MIN; t += 15_000) {
      for (let k = 0; k < 10; k++) {
        scheduler.markDirty();
        edits.push(timers.now());
        await timers.advance(1_000);
      }
      await timers.advance(5_000);
    }
    expect(runs.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < runs.length; i++) expect(runs[i] - runs[i - 1]).toBeGreaterThanOrEqual(3 * MIN);
    for (const r of runs) {
      const lastEdit = Math.max(...edits.filter((e) => e <= r));
      expect(r - lastEdit).toBeGreaterThanOrEqual(3_000);
    }
  });

  it('typing without any pause defers a backup at most maxWaitMs after the first unsaved edit', async () => {
    const { timers, runs, scheduler } = setup();
    for (let t = 0; t < 25 * MIN; t += 1_000) {
      scheduler.markDirty();
      await timers.advance(1_000);
    }
    expect(runs[0]).toBe(10 * MIN);
    expect(runs.length).toBe(2);
    for (let i = 1; i < runs.length; i++) expect(runs[i] - runs[i - 1]).toBeLessThanOrEqual(10 * MIN + 1_000);
  });

  it('an edit long after the last backup waits only settleMs', async () => {
    const { timers, runs, scheduler } = setup();
    scheduler.markDirty();
    await timers.advance(30 * MIN);
    scheduler.markDirty();
    expect(scheduler.nextRunAt).toBe(30 * MIN + 20_000);
    await timers.advance(MIN);
    expect(runs).toEqual([20_000, 30 * MIN + 20_000]);
  });

  it('flush (closing the draft) backs up at once when something changed, and only then', async () => {
    const { timers, runs, scheduler } = setup();
    scheduler.markDirty();
    await timers.advance(1_000);
    await scheduler.flush();
    expect(runs).toEqual([1_000]);
    expect(timers.pendingCount).toBe(0);
    await scheduler.flush();
    expect(runs).toEqual([1_000]);
  });

  it('flush waits for a backup under way and then writes the edits made meanwhile', async () => {
    const timers = new FakeTimers();
    let release!: () => void;
    const runs: string[] = [];
    let n = 0;
    const slow = new BackupScheduler(
      async () => {
        n++;
        runs.push(`start ${n}`);
        if (n === 1)
          await new Promise<void>((r) => {
            release = r;
          });
        runs.push(`end ${n}`);
        return true;
      },
      timers,
      schedule,
    );
    slow.markDirty();
    await timers.advance(20_000);
    expect(runs).toEqual(['start 1']);
    slow.markDirty();
    const flushed = slow.flush();
    release();
    await flushed;
    expect(runs).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('a failed backup is retried at the next slot', async () => {
    let fail = true;
    const { timers, runs, scheduler } = setup(async () => !fail);
    scheduler.markDirty();
    await timers.advance(20_000);
    expect(runs).toEqual([20_000]);
    expect(scheduler.isDirty).toBe(true);
    fail = false;
    await timers.advance(3 * MIN);
    expect(runs).toEqual([20_000, 20_000 + 3 * MIN]);
    expect(scheduler.isDirty).toBe(false);
  });

  it('a throwing backup counts as failed, not as done', async () => {
    const { timers, runs, scheduler } = setup(async () => {
      throw new Error('磁盘已满');
    });
    scheduler.markDirty();
    await timers.advance(20_000);
    await settle();
    expect(runs).toHaveLength(1);
    expect(scheduler.isDirty).toBe(true);
  });

  it('dispose stops planning', async () => {
    const { timers, runs, scheduler } = setup();
    scheduler.markDirty();
    scheduler.dispose();
    scheduler.markDirty();
    await timers.advance(10 * MIN);
    expect(runs).toEqual([]);
  });
});
