import { Decimal } from '../money/decimal';

/** Costs are distances from exact values in millionths of 0.01: integers, compared exactly. */
const COST_SCALE = new Decimal(1_000_000);
const ZERO = new Decimal(0);

/**
 * The flow network of 舍位平衡 (balance-rounding.ts): arcs are cells and sums of a table, each
 * bounded by the floor and ceiling of its exact value (in steps of 0.01) and starting at its plainly
 * rounded value. `solve` routes the imbalance that start leaves along cheapest paths (successive
 * shortest paths, Dijkstra with potentials); a path costs how far it moves its cells from their
 * exact values. Amounts stay Decimal; only small flow offsets and costs are plain numbers.
 */
export class RoundingNetwork {
  private readonly ids = new Map<string, number>();
  private readonly adj: number[][] = [];
  private readonly excess: Decimal[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly low: Decimal[] = [];
  /** Room above the low bound (0 for fixed values, 1 for fractional ones, n for supply arcs). */
  private readonly width: number[] = [];
  /** Current flow above the low bound. */
  private readonly offset: number[] = [];
  /** Cost of one step up from the low bound (scaled integer). */
  private readonly up: number[] = [];

  node(id: string): number {
    let n = this.ids.get(id);
    if (n === undefined) {
      n = this.adj.length;
      this.ids.set(id, n);
      this.adj.push([]);
      this.excess.push(ZERO);
    }
    return n;
  }

  /** An arc carrying the value of a cell or sum with this exact value, starting rounded. */
  arc(from: number, to: number, exact: Decimal): number {
    const low = exact.floor();
    const rem = exact.minus(low);
    const start = exact.round().minus(low).toNumber();
    return this.add(
      from,
      to,
      low,
      rem.isZero() ? 0 : 1,
      start,
      new Decimal(1).minus(rem.times(2)).times(COST_SCALE).round().toNumber(),
    );
  }

  /** An arc with a fixed value (a block's rounded grand total). */
  fixed(from: number, to: number, value: Decimal): number {
    return this.add(from, to, value, 0, 0, 0);
  }

  value(arc: number): Decimal {
    return this.low[arc].plus(this.offset[arc]);
  }

  private add(from: number, to: number, low: Decimal, width: number, start: number, up: number): number {
    const k = this.from.length;
    this.from.push(from);
    this.to.push(to);
    this.low.push(low);
    this.width.push(width);
    this.offset.push(start);
    this.up.push(up);
    this.adj[from].push(k);
    if (to !== from) this.adj[to].push(k);
    const v = this.value(k);
    this.excess[to] = this.excess[to].plus(v);
    this.excess[from] = this.excess[from].minus(v);
    return k;
  }

  solve(): void {
    const n = this.adj.length;
    const source = this.node('source');
    const sink = this.node('sink');
    let units = 0;
    for (let v = 0; v < n; v++) {
      const e = this.excess[v].toNumber();
      if (e > 0) this.add(source, v, ZERO, e, 0, 0);
      if (e < 0) this.add(v, sink, ZERO, -e, 0, 0);
      if (e > 0) units += e;
    }
    const size = this.adj.length;
    const potential = new Array<number>(size).fill(0);
    const dist = new Array<number>(size).fill(Infinity);
    const via = new Array<number>(size).fill(-1);
    const done = new Uint8Array(size);
    const heap = new Heap();
    for (let u = 0; u < units; u++) {
      heap.clear();
      const touched: number[] = [source];
      dist[source] = 0;
      heap.push(0, source);
      let reached = false;
      const settled: number[] = [];
      while (heap.size > 0) {
        const x = heap.pop();
        const d = heap.poppedKey;
        if (done[x] || d > dist[x]) continue;
        done[x] = 1;
        settled.push(x);
        if (x === sink) {
          reached = true;
          break;
        }
        for (const k of this.adj[x]) {
          let y: number;
          let cost: number;
          if (this.from[k] === x && this.offset[k] < this.width[k]) {
            y = this.to[k];
            cost = this.width[k] === 1 ? this.up[k] : 0;
          } else if (this.to[k] === x && this.offset[k] > 0) {
            y = this.from[k];
            cost = this.width[k] === 1 ? -this.up[k] : 0;
          } else continue;
          if (done[y]) continue;
          const nd = d + cost + potential[x] - potential[y];
          if (nd < dist[y]) {
            if (dist[y] === Infinity) touched.push(y);
            dist[y] = nd;
            via[y] = k;
            heap.push(nd, y);
          }
        }
      }
      if (!reached) throw new Error('舍位平衡无解：表内合计与明细的精确值不一致');
      const D = dist[sink];
      for (const x of settled) potential[x] -= D - dist[x];
      for (let y = sink; y !== source;) {
        const k = via[y];
        if (this.to[k] === y && this.from[k] !== y) {
          this.offset[k]++;
          y = this.from[k];
        } else {
          this.offset[k]--;
          y = this.to[k];
        }
      }
      for (const x of touched) {
        dist[x] = Infinity;
        done[x] = 0;
        via[x] = -1;
      }
    }
  }
}

/** A binary min-heap of (priority, node). */
class Heap {
  private readonly keys: number[] = [];
  private readonly vals: number[] = [];

  /** Priority of the node `pop` returned last. */
  poppedKey = 0;

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.keys.length = 0;
    this.vals.length = 0;
  }

  push(key: number, val: number): void {
    const { keys, vals } = this;
    let i = keys.length;
    keys.push(key);
    vals.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= key) break;
      keys[i] = keys[p];
      vals[i] = vals[p];
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }

  pop(): number {
    const { keys, vals } = this;
    const top = vals[0];
    this.poppedKey = keys[0];
    const lastKey = keys.pop()!;
    const lastVal = vals.pop()!;
    if (keys.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= keys.length) break;
        const r = l + 1;
        const c = r < keys.length && keys[r] < keys[l] ? r : l;
        if (keys[c] >= lastKey) break;
        keys[i] = keys[c];
        vals[i] = vals[c];
        i = c;
      }
      keys[i] = lastKey;
      vals[i] = lastVal;
    }
    return top;
  }
}
