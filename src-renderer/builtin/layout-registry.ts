import type { Layout } from '../../src-core/domain/layout/types';

/**
 * The layouts the app offers: the shipped ones (resources/layouts) and, after them, those the
 * officer imported on this computer (features/layouts/). It is the `layouts` of the app's
 * resources, so that everything looking a layout up by id (the session, the history, the export)
 * finds an imported one too; the import screen replaces the imported ones with `setImported`.
 * A shipped id is never replaced.
 */
export class LayoutRegistry implements ReadonlyMap<string, Layout> {
  /** Shipped layouts first, then the imported ones. */
  private all: Map<string, Layout>;
  private readonly listeners = new Set<() => void>();
  /** Bumps on every change (for useSyncExternalStore). */
  version = 0;

  constructor(private readonly shipped: ReadonlyMap<string, Layout>) {
    this.all = new Map(shipped);
  }

  private listed: readonly Layout[] | null = null;

  /** Every layout, shipped ones first (the same array until the next change). */
  list(): readonly Layout[] {
    this.listed ??= [...this.all.values()];
    return this.listed;
  }

  /** Whether `id` is a shipped layout's. */
  isShipped(id: string): boolean {
    return this.shipped.has(id);
  }

  setImported(layouts: readonly Layout[]): void {
    this.all = new Map(this.shipped);
    for (const l of layouts) if (!this.shipped.has(l.id)) this.all.set(l.id, l);
    this.listed = null;
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get size(): number {
    return this.all.size;
  }

  get(id: string): Layout | undefined {
    return this.all.get(id);
  }

  has(id: string): boolean {
    return this.all.has(id);
  }

  entries(): MapIterator<[string, Layout]> {
    return this.all.entries();
  }

  keys(): MapIterator<string> {
    return this.all.keys();
  }

  values(): MapIterator<Layout> {
    return this.all.values();
  }

  [Symbol.iterator](): MapIterator<[string, Layout]> {
    return this.all.entries();
  }

  forEach(callback: (value: Layout, key: string, map: ReadonlyMap<string, Layout>) => void): void {
    this.all.forEach((v, k) => callback(v, k, this));
  }
}
