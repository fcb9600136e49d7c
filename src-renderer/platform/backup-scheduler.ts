/** Timers as the scheduler uses them (the window's in the app, a fake clock in tests). */
export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackupSchedule {
  /** At most one backup per this many ms while editing. */
  intervalMs: number;
  /** Wait this long after an edit before the first backup (a burst of typing becomes one). */
  settleMs: number;
  /** A backup due while the officer is typing waits for a pause this long (reading and writing a large draft still costs the machine a moment, though the text is made in a worker)… */
  quietMs: number;
  /** …but never longer than this after the first edit not yet backed up. */
  maxWaitMs: number;
}

/**
 * At most one backup every 3 minutes while editing, the first 20 s after the first edit, each in a
 * 3-second pause of typing if there is one within 10 minutes.
 */
export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = {
  intervalMs: 3 * 60_000,
  settleMs: 20_000,
  quietMs: 3_000,
  maxWaitMs: 10 * 60_000,
};

/**
 * Decides when a draft is backed up: edits mark it dirty; a backup runs `settleMs` after an edit,
 * but never sooner than `intervalMs` after the previous one; `flush` (closing the draft) runs one at
 * once if anything changed since. One backup at a time; a failed one is retried at the next slot.
 */
export class BackupScheduler {
  private dirty = false;
  /** When the first edit not yet backed up was made, and the latest edit. */
  private dirtySince = 0;
  private lastEditAt = 0;
  private timer: unknown = null;
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private running: Promise<void> | null = null;
  private disposed = false;
  /** When the next backup is due (ms), or null when none is planned. */
  nextRunAt: number | null = null;

  constructor(
    private readonly run: () => Promise<boolean>,
    private readonly timers: Timers,
    private readonly schedule: BackupSchedule = DEFAULT_BACKUP_SCHEDULE,
  ) {}

  /** Something was edited. */
  markDirty(): void {
    if (this.disposed) return;
    const now = this.timers.now();
    if (!this.dirty) this.dirtySince = now;
    this.lastEditAt = now;
    this.dirty = true;
    if (this.timer === null && this.running === null) this.plan();
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** Backs up now if anything changed since the last backup (closing the draft, closing the window). */
  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.running) await this.running;
    if (this.dirty) await this.runNow();
  }

  /** Stops planning (a backup under way finishes). */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private plan(): void {
    const now = this.timers.now();
    this.planAt(Math.max(now + this.schedule.settleMs, this.lastRunAt + this.schedule.intervalMs));
  }

  private planAt(at: number): void {
    const now = this.timers.now();
    this.nextRunAt = at;
    this.timer = this.timers.setTimeout(
      () => {
        this.timer = null;
        this.nextRunAt = null;
        this.due();
      },
      Math.max(0, at - now),
    );
  }

  /** The planned time came: back up now, or in the next pause of typing (within maxWaitMs). */
  private due(): void {
    const now = this.timers.now();
    const typing = now - this.lastEditAt < this.schedule.quietMs;
    const latest = this.dirtySince + this.schedule.maxWaitMs;
    if (this.dirty && typing && now < latest) {
      this.planAt(Math.min(this.lastEditAt + this.schedule.quietMs, latest));
      return;
    }
    void this.runNow();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.nextRunAt = null;
  }

  private runNow(): Promise<void> {
    this.dirty = false;
    this.lastRunAt = this.timers.now();
    const work = (async () => {
      let done: boolean;
      try {
        done = await this.run();
      } catch {
        done = false;
      }
      if (!done) this.dirty = true;
    })();
    this.running = work.finally(() => {
      this.running = null;
      if (this.dirty && !this.disposed && this.timer === null) this.plan();
    });
    return this.running;
  }
}
