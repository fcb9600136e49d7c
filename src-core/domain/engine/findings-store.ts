import type { Finding } from '../rules/types';
import { RULES } from '../rules/registry';
import type { Review } from '../draft/types';

/** Where findings come from: one line, a department-wide rule, an entity rule, a table row (尾差). */
export type FindingSource = 'line' | 'draft' | 'entity' | 'round';

/**
 * The engine's current findings, by source and key, with error/warning counts kept as findings are
 * replaced, so that the status bar never has to count.
 */
export class FindingsStore {
  private readonly stores: Record<FindingSource, Map<string, Finding[]>> = {
    line: new Map(),
    draft: new Map(),
    entity: new Map(),
    round: new Map(),
  };
  errors = 0;
  warnings = 0;
  /** 尾差 findings per table id, kept as they are replaced (a table's 尾数 note is then O(1)). */
  private readonly roundPerTable = new Map<string, number>();

  clear(): void {
    for (const s of Object.values(this.stores)) s.clear();
    this.errors = 0;
    this.warnings = 0;
    this.roundPerTable.clear();
  }

  size(source: FindingSource): number {
    return this.stores[source].size;
  }

  /** Replaces the findings under a key (an empty list removes them). */
  set(source: FindingSource, key: string, found: readonly Finding[]): void {
    const store = this.stores[source];
    const old = store.get(key);
    if (!old && found.length === 0) return;
    if (old) for (const f of old) this.count(f, -1, source);
    if (found.length === 0) store.delete(key);
    else {
      store.set(key, [...found]);
      for (const f of found) this.count(f, 1, source);
    }
  }

  /** Removes every finding of a source. */
  clearSource(source: FindingSource): void {
    for (const k of [...this.stores[source].keys()]) this.set(source, k, []);
  }

  /** Whether a published table has a 尾差 finding (for its 尾数 note). */
  tableHasRounding(tableId: string): boolean {
    return (this.roundPerTable.get(tableId) ?? 0) > 0;
  }

  /**
   * Every finding, errors first, then in the order of docs/rules.md; line findings in draft order.
   * Warnings the officer has explained (reviews) carry the explanation.
   */
  list(reviews: readonly Review[], lineIdsInOrder: () => Iterable<string>): Finding[] {
    const explained = new Map<string, string>();
    for (const r of reviews) explained.set(`${r.rule}|${JSON.stringify(r.target)}`, r.note);
    const all: Finding[] = [];
    const push = (fs: readonly Finding[]) => {
      for (const f of fs) {
        const note =
          f.severity === 'warning' && explained.size > 0
            ? explained.get(`${f.rule}|${JSON.stringify(f.target)}`)
            : undefined;
        all.push(note ? { ...f, explained: note } : f);
      }
    };
    for (const fs of this.stores.draft.values()) push(fs);
    for (const fs of this.stores.entity.values()) push(fs);
    if (this.stores.line.size > 0) {
      for (const id of lineIdsInOrder()) {
        const fs = this.stores.line.get(id);
        if (fs) push(fs);
      }
    }
    for (const fs of this.stores.round.values()) push(fs);
    const rank = new Map(RULES.map((r, i) => [r.id, i]));
    return all.sort(
      (a, b) =>
        (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        (rank.get(a.rule) ?? 99) - (rank.get(b.rule) ?? 99),
    );
  }

  private count(f: Finding, sign: 1 | -1, source: FindingSource): void {
    if (f.severity === 'error') this.errors += sign;
    else this.warnings += sign;
    if (source !== 'round') return;
    const table = (f.target as { table?: string }).table;
    if (table !== undefined) this.roundPerTable.set(table, (this.roundPerTable.get(table) ?? 0) + sign);
  }
}
