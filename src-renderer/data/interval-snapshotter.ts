/** The clock and timer an IntervalSnapshotter uses (the global ones unless a test passes others). */
export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface IntervalSnapshotterOptions {
  /** N minutes of editing between two `interval` snapshots, in ms. */
  intervalMs: number;
  /** Takes the snapshot (e.g. `() => repo.takeSnapshot(id, 'interval')`). */
  take: () => Promise<unknown> | void;
  /** Told when `take` fails; the edits stay pending and the snapshot is retried an interval later. */
  onError?: (error: unknown) => void;
  timers?: Timers;
}

/**
 * When to take the automatic `interval` snapshots of an open draft: at most one per interval, and
 * only when something was edited since the last snapshot (an idle draft gets none). The first edit
 * after a snapshot schedules the next one for `last snapshot + interval`; edits during that wait
 * change nothing; when it fires, the snapshot is taken. Other snapshots of the draft (open, export,
 * manual) restart the interval through `snapshotTaken`. Timing only: no storage here.
 */
export class IntervalSnapshotter {
  private lastAt: number;
  private dirty = false;
  private timer: unknown = null;
  private taking = false;
  private stopped = false;
  private readonly timers: Timers;

  constructor(private readonly options: IntervalSnapshotterOptions) {
    this.timers = options.timers ?? globalTimers;
    this.lastAt = this.timers.now();
  }

  /** An edit of the draft was stored. */
  edited(): void {
    if (this.stopped) return;
    this.dirty = true;
    this.schedule();
  }

  /** Another snapshot of the current content was taken: the interval starts again from now. */
  snapshotTaken(): void {
    this.lastAt = this.timers.now();
    this.dirty = false;
    this.cancel();
  }

  /** Edits not yet in any snapshot. */
  get pending(): boolean {
    return this.dirty;
  }

  /** The draft is closed: no more timers. Returns whether edits were left without a snapshot. */
  stop(): boolean {
    this.stopped = true;
    this.cancel();
    return this.dirty;
  }

  private schedule(): void {
    if (this.timer !== null || this.taking) return;
    const wait = Math.max(0, this.lastAt + this.options.intervalMs - this.timers.now());
    this.timer = this.timers.setTimeout(() => this.fire(), wait);
  }

  private cancel(): void {
    if (this.timer === null) return;
    this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(): void {
    this.timer = null;
    if (!this.dirty || this.stopped) return;
    this.dirty = false;
    this.lastAt = this.timers.now();
    this.taking = true;
    Promise.resolve()
      .then(() => this.options.take())
      .catch((e: unknown) => {
        this.dirty = true;
        this.options.onError?.(e);
      })
      .finally(() => {
        this.taking = false;
        if (this.dirty && !this.stopped) this.schedule();
      });
  }
}
