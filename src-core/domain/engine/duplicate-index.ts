import { factSignature, type Fact } from './facts';
import { IntMap } from './int-map';

/**
 * Groups of identical expense lines (R-DUP) without a string per line: the first line of each
 * signature hash is kept by slot; signature strings are built only when a hash repeats, so a hash
 * collision is resolved by the signatures themselves. The caller hashes (equal signatures must hash
 * equal, and a line must hash the same when added and removed): `CodeIds.signatureHash`.
 */
export class DuplicateIndex {
  private readonly firstByHash = new IntMap();
  private readonly firstBySignature = new Map<string, number>();
  /** Hashes shared by different signatures: their lines are always looked up by signature. */
  private readonly collided = new Set<number>();
  /** Signature → ids of the identical lines (two or more), in draft order of insertion. */
  readonly groups = new Map<string, Set<string>>();

  constructor(
    private readonly factOf: (slot: number) => Fact,
    private readonly idOf: (slot: number) => string,
    private readonly slotOf: (id: string) => number | undefined,
  ) {}

  clear(): void {
    this.firstByHash.clear();
    this.firstBySignature.clear();
    this.collided.clear();
    this.groups.clear();
  }

  /** Space for this many lines (spares rehashing while a full derivation adds them). */
  reserve(lines: number): void {
    this.firstByHash.reserve(lines);
  }

  add(slot: number, fact: Fact, hash: number): void {
    let first: number | undefined;
    if (this.collided.size === 0 || !this.collided.has(hash)) {
      // The usual case: one probe finds the first line of this hash, or makes this line the first.
      first = this.firstByHash.getOrSet(hash, slot);
      if (first === undefined) return;
    } else first = this.firstByHash.get(hash);
    const sig = factSignature(fact);
    const owner =
      first !== undefined && factSignature(this.factOf(first)) === sig ? first : this.firstBySignature.get(sig);
    if (owner === undefined) {
      if (first === undefined) this.firstByHash.set(hash, slot);
      else {
        this.firstBySignature.set(sig, slot);
        this.collided.add(hash);
      }
      return;
    }
    let set = this.groups.get(sig);
    if (!set) this.groups.set(sig, (set = new Set([this.idOf(owner)])));
    set.add(this.idOf(slot));
  }

  remove(slot: number, fact: Fact, hash: number): void {
    const sig = factSignature(fact);
    const primary = this.firstByHash.get(hash) === slot;
    const set = this.groups.get(sig);
    if (set) {
      set.delete(this.idOf(slot));
      const next = this.slotOf(set.values().next().value!)!;
      if (primary) this.firstByHash.set(hash, next);
      else if (this.firstBySignature.get(sig) === slot) this.firstBySignature.set(sig, next);
      if (set.size < 2) this.groups.delete(sig);
    } else if (primary) this.firstByHash.delete(hash);
    else if (this.firstBySignature.get(sig) === slot) this.firstBySignature.delete(sig);
  }
}
