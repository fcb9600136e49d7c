/**
 * An open-addressing hash table from 32-bit unsigned keys to non-negative integers, in one typed
 * array of (key, value) pairs: the duplicate index keeps one entry per expense line, and a JS Map of
 * 50,000 numbers costs more in allocation and garbage collection than the rest of a full
 * derivation's bookkeeping. Key and value share a cache line, so a lookup usually costs one miss.
 */
export class IntMap {
  /** Entry i: key at 2i (as int32), value + 1 at 2i + 1 (0 = empty, -1 = deleted). */
  private table: Int32Array;
  private used = 0; // live + deleted
  private live = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.table = new Int32Array(cap * 2);
  }

  get size(): number {
    return this.live;
  }

  private get capacity(): number {
    return this.table.length >> 1;
  }

  get(key: number): number | undefined {
    const t = this.table;
    const k = key | 0;
    const mask = (t.length >> 1) - 1;
    for (let i = slot(key) & mask; ; i = (i + 1) & mask) {
      const v = t[2 * i + 1];
      if (v === 0) return undefined;
      if (v > 0 && t[2 * i] === k) return v - 1;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: number): void {
    this.put(key, value, true);
  }

  /** The key's value if it has one; otherwise sets it to `value` and returns undefined (one probe). */
  getOrSet(key: number, value: number): number | undefined {
    return this.put(key, value, false);
  }

  delete(key: number): void {
    const t = this.table;
    const k = key | 0;
    const mask = (t.length >> 1) - 1;
    for (let i = slot(key) & mask; ; i = (i + 1) & mask) {
      const v = t[2 * i + 1];
      if (v === 0) return;
      if (v > 0 && t[2 * i] === k) {
        t[2 * i + 1] = -1;
        this.live--;
        return;
      }
    }
  }

  /** Grows the table once so that `entries` more keys fit without rehashing. */
  reserve(entries: number): void {
    if ((this.used + entries) * 2 <= this.capacity) return;
    let cap = this.capacity;
    while (cap < (this.live + entries) * 2) cap *= 2;
    this.rehash(cap);
  }

  clear(): void {
    this.table.fill(0);
    this.used = 0;
    this.live = 0;
  }

  private put(key: number, value: number, replace: boolean): number | undefined {
    if ((this.used + 1) * 2 > this.capacity) this.grow();
    const t = this.table;
    const k = key | 0;
    const mask = (t.length >> 1) - 1;
    let free = -1;
    for (let i = slot(key) & mask; ; i = (i + 1) & mask) {
      const v = t[2 * i + 1];
      if (v === 0) {
        const at = free >= 0 ? free : i;
        if (free < 0) this.used++;
        t[2 * at] = k;
        t[2 * at + 1] = value + 1;
        this.live++;
        return undefined;
      }
      if (v < 0) {
        if (free < 0) free = i;
      } else if (t[2 * i] === k) {
        if (replace) t[2 * i + 1] = value + 1;
        return v - 1;
      }
    }
  }

  private grow(): void {
    this.rehash(this.live * 4 > this.capacity ? this.capacity * 2 : this.capacity);
  }

  private rehash(cap: number): void {
    const old = this.table;
    this.table = new Int32Array(cap * 2);
    this.used = 0;
    this.live = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] > 0) this.put(old[i] >>> 0, old[i + 1] - 1, true);
  }
}

function slot(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0;
}
