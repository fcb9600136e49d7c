import type { Transaction } from 'dexie';

/**
 * The database's version chain, oldest first (README.md “Versions”). Each step names the tables
 * it adds or changes (Dexie store syntax: primary key first, then indexes; `null` removes a table)
 * and may carry an `upgrade` that rewrites existing rows inside the upgrade transaction.
 *
 * Adding version 2 is one more entry, e.g.
 * `{ version: 2, describe: '…', stores: { drafts: 'id, updatedAt, year' }, upgrade: (tx) => … }`,
 * plus a test in test/unit/data/migrations.test.ts that opens a version-1 database with it.
 * Rules: never reuse or reorder a version; never remove a table that holds user data without an
 * upgrade that moves the data first; keep every step (a database may be several versions behind).
 */
export interface SchemaVersion {
  version: number;
  describe: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    describe: '草稿、草稿行与历史版本',
    stores: {
      // Draft list and head; `updatedAt` orders the list.
      drafts: 'id, updatedAt',
      // One row per line; the unique compound index is both the stream order and the
      // per-draft range used to read, copy and delete a draft's lines.
      lines: 'id, &[draftId+stream+order]',
      // History: small rows for listing (newest = highest id), texts apart.
      snapshots: '++id, draftId',
      snapshotTexts: 'id',
    },
  },
];

/** The version this build opens databases at. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
