/**
 * An open-addressing hash table from 32-bit unsigned keys to non-negative integers, in typed
 * arrays: the duplicate index keeps one entry per expense line, and a JS Map of 50,000 numbers costs
 * more in allocation and garbage collection than the rest of a full derivation's bookkeeping.
 */
export class IntMap {
  private keys: Uint32Array;
  private values: Int32Array; // value + 1; 0 = empty, -1 = deleted
  private used = 0; // live + deleted
  private live = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap);
  }

  get size(): number {
    return this.live;
  }

  get(key: number): number | undefined {
    const mask = this.keys.length - 1;
    for (let i = this.slot(key) & mask; ; i = (i + 1) & mask) {
      const v = this.values[i];
      if (v === 0) return undefined;
      if (v > 0 && this.keys[i] === key) return v - 1;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let free = -1;
    for (let i = this.slot(key) & mask; ; i = (i + 1) & mask) {
      const v = this.values[i];
      if (v === 0) {
        const at = free >= 0 ? free : i;
        if (free < 0) this.used++;
        this.keys[at] = key;
        this.values[at] = value + 1;
        this.live++;
        return;
      }
      if (v < 0) {
        if (free < 0) free = i;
      } else if (this.keys[i] === key) {
        this.values[i] = value + 1;
        return;
      }
    }
  }

  delete(key: number): void {
    const mask = this.keys.length - 1;
    for (let i = this.slot(key) & mask; ; i = (i + 1) & mask) {
      const v = this.values[i];
      if (v === 0) return;
      if (v > 0 && this.keys[i] === key) {
        this.values[i] = -1;
        this.live--;
        return;
      }
    }
  }

  clear(): void {
    this.keys.fill(0);
    this.values.fill(0);
    this.used = 0;
    this.live = 0;
  }

  private slot(key: number): number {
    return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const cap = this.live * 4 > oldKeys.length ? oldKeys.length * 2 : oldKeys.length;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap);
    this.used = 0;
    this.live = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldValues[i] > 0) this.set(oldKeys[i], oldValues[i] - 1);
  }
}
