import type { Stream } from '../tables/spec';

/**
 * The lines of one stream (expenses, income …) as the engine holds them: a slot per line, so that
 * a 50,000-line draft costs no per-line objects or id strings. Lines of the loaded file keep the id
 * of their JSON path (`expenses[12]`, computed when asked); added lines get `expense#7`. Ids never
 * change while the engine lives, whatever is added or removed around them.
 */
export class LineStore<L> {
  private slots: (L | undefined)[] = [];
  private loaded = 0;
  /** Ids the caller gave the loaded lines (e.g. database ids), or null for JSON-path ids. */
  private loadedIds: string[] | null = null;
  private loadedSlots: Map<string, number> | null = null;
  private readonly addedIds = new Map<string, number>();
  private readonly slotIds = new Map<number, string>();
  /** Slot order, or null while it is the file's order with nothing added or removed. */
  private order: number[] | null = null;
  private idCache: string[] | null = null;

  constructor(
    /** The stream's name: a budget draft's, or a 决算 draft's (`balance` …). */
    readonly stream: Stream | 'balance',
    readonly key: string,
  ) {}

  /** Loads the lines; `ids`, when given, name them (one per line, unique) instead of their paths. */
  load(lines: readonly L[], ids?: readonly string[]): void {
    if (ids && ids.length !== lines.length) throw new Error(`行标识数（${ids.length}）与行数（${lines.length}）不符`);
    this.slots = [...lines];
    this.loaded = lines.length;
    this.loadedIds = ids ? [...ids] : null;
    this.loadedSlots = ids ? new Map(ids.map((id, i) => [id, i])) : null;
    this.addedIds.clear();
    this.slotIds.clear();
    this.order = null;
    this.idCache = null;
  }

  /** Number of live lines. */
  get size(): number {
    return this.order ? this.order.length : this.loaded;
  }

  /** Slots of live lines in draft order. */
  slotsInOrder(): readonly number[] {
    if (this.order) return this.order;
    return Array.from({ length: this.loaded }, (_, i) => i);
  }

  forEach(fn: (line: L, slot: number) => void): void {
    if (this.order) for (const s of this.order) fn(this.slots[s]!, s);
    else for (let s = 0; s < this.loaded; s++) fn(this.slots[s]!, s);
  }

  lines(): L[] {
    const out: L[] = [];
    this.forEach((l) => out.push(l));
    return out;
  }

  ids(): readonly string[] {
    this.idCache ??= this.slotsInOrder().map((s) => this.idOf(s));
    return this.idCache;
  }

  get(slot: number): L | undefined {
    return this.slots[slot];
  }

  set(slot: number, line: L): void {
    this.slots[slot] = line;
  }

  idOf(slot: number): string {
    if (slot >= this.loaded) return this.slotIds.get(slot)!;
    return this.loadedIds ? this.loadedIds[slot] : `${this.key}[${slot}]`;
  }

  slotOf(id: string): number | undefined {
    const added = this.addedIds.get(id);
    if (added !== undefined) return added;
    if (this.loadedSlots) {
      const n = this.loadedSlots.get(id);
      return n !== undefined && this.slots[n] !== undefined ? n : undefined;
    }
    if (!id.startsWith(`${this.key}[`) || !id.endsWith(']')) return undefined;
    const n = Number(id.slice(this.key.length + 1, -1));
    return Number.isInteger(n) && n >= 0 && n < this.loaded && this.slots[n] !== undefined ? n : undefined;
  }

  add(line: L, id: string, beforeId?: string): number {
    const order = this.materializeOrder();
    const slot = this.slots.length;
    this.slots.push(line);
    this.addedIds.set(id, slot);
    this.slotIds.set(slot, id);
    const before = beforeId === undefined ? undefined : this.slotOf(beforeId);
    const at = before === undefined ? -1 : order.indexOf(before);
    if (at >= 0) order.splice(at, 0, slot);
    else order.push(slot);
    this.idCache = null;
    return slot;
  }

  remove(slot: number): void {
    const order = this.materializeOrder();
    order.splice(order.indexOf(slot), 1);
    this.slots[slot] = undefined;
    const id = this.slotIds.get(slot);
    if (id !== undefined) {
      this.addedIds.delete(id);
      this.slotIds.delete(slot);
    }
    this.idCache = null;
  }

  private materializeOrder(): number[] {
    this.order ??= Array.from({ length: this.loaded }, (_, i) => i);
    return this.order;
  }
}
