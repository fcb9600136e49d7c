import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IntervalSnapshotter } from '../../../src-renderer/data/interval-snapshotter';

const MIN = 60_000;

describe('IntervalSnapshotter (fake time)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes nothing while the draft is not edited', async () => {
    const take = vi.fn();
    new IntervalSnapshotter({ intervalMs: 5 * MIN, take });
    await vi.advanceTimersByTimeAsync(60 * MIN);
    expect(take).not.toHaveBeenCalled();
  });

  it('takes one snapshot per interval while editing, and a last one after the edits stop', async () => {
    const take = vi.fn();
    const s = new IntervalSnapshotter({ intervalMs: 5 * MIN, take });
    // An edit every 30 seconds for 12 minutes.
    for (let t = 0; t < 12 * 2; t++) {
      s.edited();
      await vi.advanceTimersByTimeAsync(30_000);
    }
    expect(take).toHaveBeenCalledTimes(2); // at 5 and 10 minutes
    await vi.advanceTimersByTimeAsync(3 * MIN - 1);
    expect(take).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(take).toHaveBeenCalledTimes(3); // at 15 minutes: edits between 10 and 12 were pending
    expect(s.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(take).toHaveBeenCalledTimes(3);
  });

  it('an edit long after the last snapshot is snapshotted at once', async () => {
    const take = vi.fn();
    const s = new IntervalSnapshotter({ intervalMs: 5 * MIN, take });
    await vi.advanceTimersByTimeAsync(20 * MIN);
    s.edited();
    await vi.advanceTimersByTimeAsync(0);
    expect(take).toHaveBeenCalledTimes(1);
  });

  it('another snapshot restarts the interval; stop cancels and reports pending edits', async () => {
    const take = vi.fn();
    const s = new IntervalSnapshotter({ intervalMs: 5 * MIN, take });
    s.edited();
    await vi.advanceTimersByTimeAsync(4 * MIN);
    s.snapshotTaken(); // e.g. an export
    s.edited();
    await vi.advanceTimersByTimeAsync(4 * MIN);
    expect(take).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1 * MIN);
    expect(take).toHaveBeenCalledTimes(1);
    s.edited();
    expect(s.stop()).toBe(true);
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(take).toHaveBeenCalledTimes(1);
  });

  it('a failed snapshot is reported and retried an interval later', async () => {
    const take = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const onError = vi.fn();
    const s = new IntervalSnapshotter({ intervalMs: 5 * MIN, take, onError });
    s.edited();
    await vi.advanceTimersByTimeAsync(5 * MIN);
    expect(take).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.any(Error));
    expect(s.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(5 * MIN);
    expect(take).toHaveBeenCalledTimes(2);
    expect(s.pending).toBe(false);
  });
});
