/**
 * Fields holding typed text not yet handed to the session (a text area within its pause, a cell
 * being typed into), each with how to hand it over now. A session (预算 or 决算) keeps one and says
 * 已保存 only while it is empty; leaving the page makes every field store its text (`storeAll`).
 */
export class HeldFields {
  private readonly held = new Map<string, () => void>();

  /** Called when the number of fields holding text changes (the save state may change). */
  constructor(private readonly onChange: () => void) {}

  get size(): number {
    return this.held.size;
  }

  /** A field holds typed text, `store` handing it over (null once it has). */
  hold(field: string, store: (() => void) | null): void {
    const before = this.held.size;
    if (store) this.held.set(field, store);
    else this.held.delete(field);
    if (this.held.size !== before) this.onChange();
  }

  /** Makes every field store the text it holds. Synchronous. */
  storeAll(): void {
    const stores = [...this.held.values()];
    this.held.clear();
    for (const store of stores) store();
  }
}
