import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { FinalDraftRow, FinalDraftTextRow, FinalHeadPartRow, FinalLineBlockRow } from './final-records';
import type { DraftRow, HeadPartRow, LayoutFileRow, LineBlockRow, SnapshotRow, SnapshotTextRow } from './records';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

/** The IndexedDB database of the app's drafts. */
export const DEFAULT_DB_NAME = 'budget-drafts';

/**
 * The app's Dexie database. Every transaction uses strict durability (`chromeTransactionDurability:
 * 'strict'`): a write is reported done only once it is on disk, so a crash right after a keystroke
 * was stored cannot lose it. `versions` exists for migration tests; the app uses SCHEMA_VERSIONS.
 */
export class BudgetDb extends Dexie {
  drafts!: Table<DraftRow, string>;
  lineBlocks!: Table<LineBlockRow, [string, string, string]>;
  headParts!: Table<HeadPartRow, [string, string]>;
  snapshots!: Table<SnapshotRow, number>;
  snapshotTexts!: Table<SnapshotTextRow, number>;
  /** Layout files imported on this computer (version 4). */
  layouts!: Table<LayoutFileRow, string>;
  /** 决算 drafts: the list row (version 5), the head by part and the lines in blocks (version 7). */
  finalDrafts!: Table<FinalDraftRow, string>;
  finalHeadParts!: Table<FinalHeadPartRow, [string, string]>;
  finalLineBlocks!: Table<FinalLineBlockRow, [string, string, string]>;
  /** Versions 5–6 stored a 决算 draft's whole text here; since 7 only a text the upgrade could not split. */
  finalDraftTexts!: Table<FinalDraftTextRow, string>;

  constructor(
    name: string = DEFAULT_DB_NAME,
    versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
    options: DexieOptions = {},
  ) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    defineVersions(this, versions);
  }
}

/** Declares a version chain on a Dexie instance (also used by tests for older schemas). */
export function defineVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
