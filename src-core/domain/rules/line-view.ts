import type { Fact } from '../engine/facts';

/** A line as the line rules see it: its id (JSON path at load), raw amount text and its fact. */
export interface LineView {
  readonly id: string;
  readonly amountText: string;
  readonly fact: Fact;
}

interface SlotSource {
  idOf(slot: number): string;
  get(slot: number): { amount?: unknown } | undefined;
}

/** A line view over the engine's line store: the id string is built only when a rule asks for it. */
export class StoredLineView implements LineView {
  constructor(
    private store: SlotSource,
    private slot: number,
    public fact: Fact,
  ) {}

  /** Points the view at another line (one view serves a whole derivation: rules never keep it). */
  reset(store: SlotSource, slot: number, fact: Fact): this {
    this.store = store;
    this.slot = slot;
    this.fact = fact;
    return this;
  }

  get id(): string {
    return this.store.idOf(this.slot);
  }

  get amountText(): string {
    return String(this.store.get(this.slot)?.amount ?? '');
  }
}
