import type { Transaction } from 'dexie';
import { splitFinalDraftTexts } from './final-upgrade-v7';
import { moveHeadsApart } from './upgrade-v2';
import { moveLinesIntoBlocks } from './upgrade-v3';

/**
 * The database's version chain, oldest first (README.md “Versions”). Each step names the tables
 * it adds or changes (Dexie store syntax: primary key first, then indexes; `null` removes a table)
 * and may carry an `upgrade` that rewrites existing rows inside the upgrade transaction.
 *
 * Adding version 4 is one more entry, e.g.
 * `{ version: 4, describe: '…', stores: { drafts: 'id, updatedAt, year' }, upgrade: (tx) => … }`,
 * plus a seed of version 3 in test/unit/data/migrations.test.ts (written as version 3 stored it),
 * which the test opens with the new chain. An upgrade reads and writes the stored shapes of its
 * own version only, never through today's helpers (see upgrade-v2.ts, upgrade-v3.ts).
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
  {
    version: 2,
    describe: '草稿概要与草稿头部分开保存（保存一行时不再重写整个草稿头）',
    stores: {
      // One row per head part of a draft (`units`, `projects`, `text` …); the compound key is
      // also the per-draft range used to read, copy and delete a draft's head.
      headParts: '[draftId+key]',
    },
    upgrade: moveHeadsApart,
  },
  {
    version: 3,
    describe: '草稿行按块保存（每块最多数百行），大草稿的导入与打开快得多',
    stores: {
      // Up to a few hundred consecutive lines of one stream per row; the key orders the blocks
      // and is the per-draft range used to read, copy and delete a draft's lines.
      lineBlocks: '[draftId+stream+order]',
      // Moved into lineBlocks by the upgrade, then removed.
      lines: null,
    },
    upgrade: moveLinesIntoBlocks,
  },
  {
    version: 4,
    describe: '本机导入的版式文件',
    stores: {
      // One row per imported layout file, keyed by the layout's id; no existing table changes.
      layouts: 'id',
    },
  },
  {
    version: 5,
    describe: '部门决算草稿（整份草稿文件文本与列表信息分开保存）',
    stores: {
      // One row per 决算 draft for the list (final-records.ts); `updatedAt` orders it.
      finalDrafts: 'id, updatedAt',
      // The draft's canonical file text (saveFinalDraftText), written with its row in one transaction.
      finalDraftTexts: 'id',
      // No existing table changes: every budget draft stays as it is.
    },
  },
  {
    version: 6,
    describe: '撤销记录（重新载入后仍可撤销）',
    stores: {
      // One row per draft: the undo steps as line edits, valid for one revision (undo-store.ts).
      undoHistory: 'draftId',
    },
  },
  {
    version: 7,
    describe: '决算草稿的头部与行分开保存（行按块），每次修改只写改动的块',
    stores: {
      // One row per top-level key of a 决算 draft other than its line arrays; the compound key is
      // also the per-draft range used to read and delete a draft's head.
      finalHeadParts: '[draftId+key]',
      // A 决算 draft's lines, up to a few hundred consecutive lines of one stream per row.
      finalLineBlocks: '[draftId+stream+order]',
      // finalDraftTexts stays: the upgrade empties it, keeping only a text it could not split.
    },
    upgrade: splitFinalDraftTexts,
  },
];

/** The version this build opens databases at. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
