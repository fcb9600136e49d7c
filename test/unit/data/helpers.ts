import 'fake-indexeddb/auto';
import { BudgetDb } from '../../../src-renderer/data/database';
import { DraftRepository, type RepositoryOptions } from '../../../src-renderer/data/draft-repository';
import type { SchemaVersion } from '../../../src-renderer/data/schema';
import { fixtureText } from '../fixture-resources';

export const FIXTURE_TEXT = fixtureText('zhoushan-2022.budget.json');

let counter = 0;
/** A database name no other test uses. */
export function freshName(label = 'db'): string {
  return `test-${label}-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;
}

export function freshRepo(options: RepositoryOptions & { name?: string; versions?: readonly SchemaVersion[] } = {}) {
  const db = new BudgetDb(options.name ?? freshName(), options.versions);
  return { db, repo: new DraftRepository(db, options) };
}

/** Everything stored, for “nothing changed” assertions. */
export async function dump(db: BudgetDb) {
  return {
    drafts: await db.drafts.toArray(),
    headParts: await db.headParts.toArray(),
    lineBlocks: await db.lineBlocks.toArray(),
    snapshots: await db.snapshots.toArray(),
    snapshotTexts: await db.snapshotTexts.toArray(),
  };
}

/** JSON text in canonical form, key order included. */
export const canonical = (text: string) => JSON.stringify(JSON.parse(text));

export function unwrap<T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

export function problemOf<T, E>(r: { ok: true; value: T } | { ok: false; error: E }): E {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

/** An in-memory localStorage (the edit journal's store in Node, where there is none). */
export function memoryStore() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      map.set(k, String(v));
    },
    removeItem: (k: string) => {
      map.delete(k);
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}
