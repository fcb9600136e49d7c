/**
 * Numbers pairs of non-negative integers (e.g. profile × code id) densely in order of first sight,
 * in an open-addressing table of typed arrays: a full derivation looks up a pair or two per line.
 */
export class PairMap {
  private as: Int32Array;
  private bs: Int32Array;
  private ids: Int32Array; // id + 1; 0 = empty
  private count = 0;

  constructor(capacity = 256) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.as = new Int32Array(cap);
    this.bs = new Int32Array(cap);
    this.ids = new Int32Array(cap);
  }

  /** Number of pairs seen. */
  get size(): number {
    return this.count;
  }

  /** The pair's number (0, 1, 2 … in order of first sight), numbering it if new. */
  id(a: number, b: number): number {
    const mask = this.ids.length - 1;
    for (let i = hash(a, b) & mask; ; i = (i + 1) & mask) {
      const v = this.ids[i];
      if (v === 0) {
        if ((this.count + 1) * 2 > this.ids.length) {
          this.grow();
          return this.id(a, b);
        }
        this.as[i] = a;
        this.bs[i] = b;
        this.ids[i] = ++this.count;
        return this.count - 1;
      }
      if (this.as[i] === a && this.bs[i] === b) return v - 1;
    }
  }

  private grow(): void {
    const { as, bs, ids } = this;
    const cap = ids.length * 2;
    this.as = new Int32Array(cap);
    this.bs = new Int32Array(cap);
    this.ids = new Int32Array(cap);
    const mask = cap - 1;
    for (let j = 0; j < ids.length; j++) {
      if (ids[j] === 0) continue;
      let i = hash(as[j], bs[j]) & mask;
      while (this.ids[i] !== 0) i = (i + 1) & mask;
      this.as[i] = as[j];
      this.bs[i] = bs[j];
      this.ids[i] = ids[j];
    }
  }
}

function hash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}
