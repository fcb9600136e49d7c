import 'fake-indexeddb/auto';
import { Dexie, type Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { BudgetDb, defineVersions } from '../../../src-renderer/data/database';
import { insertDraft, newDraftRow, type ContentTables } from '../../../src-renderer/data/draft-content';
import { DraftRepository } from '../../../src-renderer/data/draft-repository';
import { newId } from '../../../src-renderer/data/ids';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../src-renderer/data/schema';
import { loadDraftText } from '../../../src-renderer/domain/draft/load';
import { canonical, FIXTURE_TEXT, freshName, unwrap } from './helpers';

/**
 * Test-only history before version 1: a prototype that kept whole draft files in one table.
 * It shows how a real older schema is carried forward: the step that introduces the new tables
 * moves each file into them, and keeps (never drops) what it cannot read.
 */
const LEGACY_V0: SchemaVersion = { version: 0.5, describe: '原型：整份草稿文件', stores: { draftFiles: '++id' } };

async function moveDraftFiles(tx: Transaction): Promise<void> {
  const t: ContentTables = { drafts: tx.table('drafts'), lines: tx.table('lines') };
  const files = await tx.table('draftFiles').toArray();
  for (const f of files as { id: number; name: string; text: string; savedAt: number }[]) {
    const loaded = loadDraftText(f.text);
    if (!loaded.ok) continue; // stays in draftFiles for the user to export and repair
    await insertDraft(t, newDraftRow(newId(), loaded.value.draft, f.savedAt, f.name), loaded.value.draft, newId);
    await tx.table('draftFiles').delete(f.id);
  }
}

/** The current chain preceded by the legacy schema, with the move in version 1's step. */
const FROM_LEGACY: SchemaVersion[] = [
  LEGACY_V0,
  { ...SCHEMA_VERSIONS[0], stores: { ...SCHEMA_VERSIONS[0].stores, draftFiles: '++id' }, upgrade: moveDraftFiles },
  ...SCHEMA_VERSIONS.slice(1),
];

/** What a version-2 change looks like: one entry (a new index and a new field with its default). */
const TEST_V2: SchemaVersion = {
  version: CURRENT_SCHEMA_VERSION + 1,
  describe: '按年度查找草稿；草稿标签',
  stores: { drafts: 'id, updatedAt, year' },
  upgrade: (tx) => tx.table('drafts').toCollection().modify((row: Record<string, unknown>) => {
    row.tags = [];
  }),
};

/** Fills a database created at a given version with what a user of that version would have. */
const SEEDS: Record<number, (db: BudgetDb) => Promise<string>> = {
  1: async (db) => {
    const repo = new DraftRepository(db);
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const d = unwrap(await repo.loadDraft(id));
    unwrap(await repo.applyChanges(id, d.revision, [{ type: 'addLine', stream: 'expense', line: { ...d.draft.expenses[0], amount: '7.00' }, beforeId: d.lineIds.expense[3] }]));
    unwrap(await repo.applyChanges(id, d.revision + 1, [{ type: 'removeLine', id: d.lineIds.expense[3] }]));
    unwrap(await repo.takeSnapshot(id, 'manual'));
    return id;
  },
};

describe('database versions', () => {
  it('the chain is increasing and every version has a seed for its upgrade test', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of versions) expect(SEEDS[v], `seed for version ${v}`).toBeDefined();
  });

  for (const [i, v] of SCHEMA_VERSIONS.entries()) {
    it(`a database of version ${v.version} opens with the current chain, its data intact`, async () => {
      const name = freshName(`v${v.version}`);
      const old = new BudgetDb(name, SCHEMA_VERSIONS.slice(0, i + 1));
      const id = await SEEDS[v.version](old);
      const before = unwrap(await new DraftRepository(old).exportDraftFile(id));
      const snapshotsBefore = await new DraftRepository(old).listSnapshots(id);
      old.close();

      const current = new BudgetDb(name);
      const repo = new DraftRepository(current);
      expect(unwrap(await repo.exportDraftFile(id))).toBe(before);
      expect((await repo.listSnapshots(id)).filter((s) => s.reason === 'manual')).toEqual(snapshotsBefore.filter((s) => s.reason === 'manual'));
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      current.close();
    });
  }

  it('moves the drafts of an older test-only schema (whole files) into drafts and lines, keeping what it cannot read', async () => {
    const name = freshName('legacy');
    const legacy = new Dexie(name);
    defineVersions(legacy, [LEGACY_V0]);
    const broken = '{"format": "dept-budget-draft", "formatVersion": 1';
    await legacy.table('draftFiles').bulkAdd([
      { name: '市府办 2022', text: FIXTURE_TEXT, savedAt: 1_600_000_000_000 },
      { name: '坏文件', text: broken, savedAt: 1_600_000_000_001 },
    ]);
    legacy.close();

    const db = new BudgetDb(name, FROM_LEGACY);
    const repo = new DraftRepository(db);
    const list = await repo.listDrafts();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: '市府办 2022', createdAt: 1_600_000_000_000, revision: 1, lineCount: 45 });
    expect(canonical(unwrap(await repo.exportDraftFile(list[0].id)))).toBe(canonical(FIXTURE_TEXT));
    const kept = await db.table('draftFiles').toArray();
    expect(kept.map((f) => f.text)).toEqual([broken]);
    db.close();
  });

  it('a version-2 change is one more entry: version-1 data survives it and gets the new field', async () => {
    const name = freshName('v2');
    const v1 = new BudgetDb(name);
    const id = await SEEDS[1](v1);
    const before = unwrap(await new DraftRepository(v1).exportDraftFile(id));
    v1.close();

    const v2 = new BudgetDb(name, [...SCHEMA_VERSIONS, TEST_V2]);
    const repo = new DraftRepository(v2);
    expect(unwrap(await repo.exportDraftFile(id))).toBe(before);
    expect(await v2.drafts.where('year').equals(2022).primaryKeys()).toEqual([id]);
    expect(((await v2.drafts.get(id)) as unknown as { tags: unknown }).tags).toEqual([]);
    const d = unwrap(await repo.loadDraft(id));
    unwrap(await repo.applyChanges(id, d.revision, [{ type: 'removeLine', id: d.lineIds.expense[0] }]));
    v2.close();
  });

  it('a database written by a newer version is opened as it is, never downgraded', async () => {
    const name = freshName('newer');
    const newer = new BudgetDb(name, [...SCHEMA_VERSIONS, TEST_V2]);
    const id = await SEEDS[1](newer);
    newer.close();
    // Dexie 4 opens it at its own version, keeping its tables and indexes: the older build reads
    // and edits the drafts, and writes keep the fields it does not know (rows are spread, not rebuilt).
    const older = new BudgetDb(name);
    const repo = new DraftRepository(older);
    const d = unwrap(await repo.loadDraft(id));
    unwrap(await repo.renameDraft(id, '旧版本改名'));
    expect(await older.drafts.where('year').equals(2022).primaryKeys()).toEqual([id]);
    expect((await older.drafts.get(id))?.name).toBe('旧版本改名');
    expect(older.backendDB().version / 10).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(d.draft.year).toBe(2022);
    older.close();
  });
});
