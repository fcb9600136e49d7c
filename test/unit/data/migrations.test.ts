import 'fake-indexeddb/auto';
import { Dexie, type Table, type Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { BudgetDb, defineVersions } from '../../../src-renderer/data/database';
import { DraftRepository } from '../../../src-renderer/data/draft-repository';
import { FinalRepository } from '../../../src-renderer/data/final-repository';
import { newId } from '../../../src-renderer/data/ids';
import { keyBetween, keysBetween } from '../../../src-renderer/data/order-key';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../src-renderer/data/schema';
import { loadDraftText, loadFinalDraftText } from '../../../src-core/domain/draft/load';
import { saveFinalDraftText } from '../../../src-core/domain/final/save';
import { saveDraftText } from '../../../src-core/domain/draft/save';
import type { Draft } from '../../../src-core/domain/draft/types';
import { fixtureText } from '../fixture-resources';
import { canonical, FIXTURE_TEXT, freshName, unwrap } from './helpers';

/*
 * Writers of the stored shapes of earlier versions, frozen here: a seed (or a test-only upgrade)
 * of version N writes what a build of version N wrote, never through the current code, whose
 * shapes move on with the chain.
 */

interface V1Options {
  id: string;
  name: string;
  now: number;
  revision?: number;
  deletedAt?: number | null;
  status?: { errors: number; warnings: number } | null;
}

/** Version 1: a `drafts` row holding the whole head, and one `lines` row per line. */
async function writeV1Draft(drafts: Table, lines: Table, draft: Draft, o: V1Options): Promise<void> {
  const { income, expenses, carryForward, procurement, ...head } = draft;
  const streams = { income, expense: expenses, carryForward, procurement } as Record<string, unknown[]>;
  const lineCount = Object.values(streams).reduce((n, ls) => n + ls.length, 0);
  await drafts.add({
    id: o.id,
    name: o.name,
    year: head.year,
    departmentName: head.department.name,
    createdAt: o.now,
    updatedAt: o.now,
    revision: o.revision ?? 1,
    deletedAt: o.deletedAt ?? null,
    status: o.status ?? null,
    statusRevision: o.status ? (o.revision ?? 1) : null,
    lineCount,
    head,
  });
  for (const [stream, ls] of Object.entries(streams)) {
    const keys = keysBetween(null, null, ls.length);
    await lines.bulkAdd(
      ls.map((line, i) => ({ id: `${o.id}-${stream}-${i}`, draftId: o.id, stream, order: keys[i], line })),
    );
  }
}

/**
 * Version 2: a small `drafts` row, one `headParts` row per head part, one `lines` row per line.
 * `orders` may give a stream's order keys (as edits left them); by default fresh keys.
 */
async function writeV2Draft(
  db: Dexie,
  draft: Draft,
  o: V1Options & { orders?: Record<string, string[]> },
): Promise<void> {
  const { income, expenses, carryForward, procurement, ...head } = draft;
  const streams = { income, expense: expenses, carryForward, procurement } as Record<string, unknown[]>;
  const lineCount = Object.values(streams).reduce((n, ls) => n + ls.length, 0);
  await db.table('drafts').add({
    id: o.id,
    name: o.name,
    year: head.year,
    departmentName: head.department.name,
    createdAt: o.now,
    updatedAt: o.now,
    revision: o.revision ?? 1,
    deletedAt: o.deletedAt ?? null,
    status: o.status ?? null,
    statusRevision: o.status ? (o.revision ?? 1) : null,
    lineCount,
  });
  await db.table('headParts').bulkAdd(
    Object.entries(head)
      .filter(([, v]) => v !== undefined)
      .map(([key, value]) => ({ draftId: o.id, key, value })),
  );
  for (const [stream, ls] of Object.entries(streams)) {
    const keys = o.orders?.[stream] ?? keysBetween(null, null, ls.length);
    await db
      .table('lines')
      .bulkAdd(ls.map((line, i) => ({ id: `${o.id}-${stream}-${i}`, draftId: o.id, stream, order: keys[i], line })));
  }
}

/** Version 1: a snapshot row and its text apart. */
async function writeV1Snapshot(
  db: Dexie,
  draftId: string,
  text: string,
  o: { reason: string; revision: number; name: string; lineCount: number; createdAt: number },
): Promise<number> {
  const id = (await db.table('snapshots').add({ draftId, ...o, size: text.length })) as number;
  await db.table('snapshotTexts').add({ id, text });
  return id;
}

/**
 * Test-only history before version 1: a prototype that kept whole draft files in one table.
 * It shows how a real older schema is carried forward: the step that introduces the new tables
 * moves each file into them (in that step's own shape), and keeps (never drops) what it cannot read.
 */
const LEGACY_V0: SchemaVersion = { version: 0.5, describe: '原型：整份草稿文件', stores: { draftFiles: '++id' } };

async function moveDraftFiles(tx: Transaction): Promise<void> {
  const files = await tx.table('draftFiles').toArray();
  for (const f of files as { id: number; name: string; text: string; savedAt: number }[]) {
    const loaded = loadDraftText(f.text);
    if (!loaded.ok) continue; // stays in draftFiles for the user to export and repair
    await writeV1Draft(tx.table('drafts'), tx.table('lines'), loaded.value.draft, {
      id: newId(),
      name: f.name,
      now: f.savedAt,
    });
    await tx.table('draftFiles').delete(f.id);
  }
}

/** The current chain preceded by the legacy schema, with the move in version 1's step. */
const FROM_LEGACY: SchemaVersion[] = [
  LEGACY_V0,
  { ...SCHEMA_VERSIONS[0], stores: { ...SCHEMA_VERSIONS[0].stores, draftFiles: '++id' }, upgrade: moveDraftFiles },
  ...SCHEMA_VERSIONS.slice(1),
];

/** What a further version looks like: one entry (a new index and a new field with its default). */
const TEST_NEXT: SchemaVersion = {
  version: CURRENT_SCHEMA_VERSION + 1,
  describe: '按年度查找草稿；草稿标签',
  stores: { drafts: 'id, updatedAt, year' },
  upgrade: (tx) =>
    tx
      .table('drafts')
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        row.tags = [];
      }),
};

/** What a seeded database must still hold after the upgrade. */
interface SeededDraft {
  id: string;
  draft: Draft;
  /** List fields as the user saw them. */
  summary: {
    name: string;
    year: number;
    revision: number;
    deletedAt: number | null;
    lineCount: number;
    status: unknown;
    createdAt: number;
    updatedAt: number;
  };
}
interface SeededSnapshot {
  id: number;
  draftId: string;
  reason: string;
  revision: number;
  createdAt: number;
  text: string;
}
interface Seeded {
  drafts: SeededDraft[];
  snapshots: SeededSnapshot[];
  /** 决算 drafts (version 5 on) by id, with the file text each reads back as. */
  finals?: { id: string; text: string }[];
}

/** The 黄陂 决算 fixture as version 5 stored it: its canonical file text. */
function finalSeedText(): string {
  return saveFinalDraftText(unwrap(loadFinalDraftText(fixtureText('huangpi-2024.final.json'))).draft);
}

/** Version 5's list row of a 决算 draft. */
async function writeV5FinalRow(db: Dexie, id: string): Promise<void> {
  await db.table('finalDrafts').add({
    id,
    stage: 'final',
    name: '2024年度决算',
    year: 2024,
    departmentName: '武汉市黄陂区大数据中心',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    revision: 1,
    deletedAt: null,
    status: null,
  });
}

/** Version 7: a 决算 draft's head one `finalHeadParts` row per key, its lines in blocks of 200. */
async function writeV7Final(db: Dexie, id: string, text: string): Promise<void> {
  await writeV5FinalRow(db, id);
  const raw = JSON.parse(text) as Record<string, unknown>;
  const arrays: Record<string, string> = {
    expenses: 'expense',
    income: 'income',
    balances: 'balance',
    procurement: 'procurement',
  };
  for (const [key, value] of Object.entries(raw)) {
    const stream = arrays[key];
    if (!stream) {
      await db.table('finalHeadParts').add({ draftId: id, key, value });
      continue;
    }
    const lines = value as unknown[];
    const keys = keysBetween(null, null, Math.ceil(lines.length / 200));
    await db.table('finalLineBlocks').bulkAdd(
      keys.map((order, b) => ({
        draftId: id,
        stream,
        order,
        ids: lines.slice(b * 200, (b + 1) * 200).map((_, i) => `${id}-${stream}-${b * 200 + i}`),
        lines: lines.slice(b * 200, (b + 1) * 200),
      })),
    );
  }
}

/** Version 6: an undo history (undo-store.ts) of the first draft. */
async function addUndoHistory(db: Dexie, seeded: Seeded): Promise<void> {
  await db.table('undoHistory').add({
    draftId: seeded.drafts[0].id,
    owner: 'window-1',
    revision: seeded.drafts[0].summary.revision,
    past: [{ label: '输入', edits: [] }],
    future: [],
    savedAt: 1_700_000_000_000,
  });
}

/** The 舟山 fixture with an unknown top-level key (kept in `extra`) and changed lines. */
function seedDrafts(): { edited: Draft; withExtra: Draft } {
  const base = unwrap(loadDraftText(FIXTURE_TEXT)).draft;
  const edited: Draft = {
    ...base,
    expenses: [...base.expenses.slice(0, 3), { ...base.expenses[0], amount: '7.00' }, ...base.expenses.slice(4)],
    text: { ...base.text, reasons: { ...(base.text.reasons ?? {}), 30217: '接待标准调整' } },
  };
  const raw = JSON.parse(FIXTURE_TEXT) as Record<string, unknown>;
  const withExtra = unwrap(
    loadDraftText(JSON.stringify({ ...raw, year: 2023, localNote: { keep: '保留这个未知字段' } })),
  ).draft;
  return { edited, withExtra };
}

/** Fills a database created at a given version with what a user of that version would have. */
const SEEDS: Record<number, (db: BudgetDb) => Promise<Seeded>> = {
  1: async (db) => {
    const { edited, withExtra } = seedDrafts();
    const original = unwrap(loadDraftText(FIXTURE_TEXT)).draft;
    const t0 = 1_700_000_000_000;
    await writeV1Draft(db.table('drafts'), db.table('lines'), edited, {
      id: 'v1-edited',
      name: '市府办 2022（已修改）',
      now: t0,
      revision: 3,
      status: { errors: 1, warnings: 2 },
    });
    await writeV1Draft(db.table('drafts'), db.table('lines'), withExtra, {
      id: 'v1-trash',
      name: '回收站里的 2023',
      now: t0 + 1,
      revision: 2,
      deletedAt: t0 + 5,
    });
    const text = saveDraftText(original);
    const snap = await writeV1Snapshot(db, 'v1-edited', text, {
      reason: 'manual',
      revision: 1,
      name: '市府办 2022（已修改）',
      lineCount: 45,
      createdAt: t0 + 2,
    });
    const summary = (id: string) =>
      db
        .table('drafts')
        .get(id)
        .then(
          (r: Record<string, unknown>) =>
            ({
              name: r.name,
              year: r.year,
              revision: r.revision,
              deletedAt: r.deletedAt,
              lineCount: r.lineCount,
              status: r.status,
              createdAt: r.createdAt,
              updatedAt: r.updatedAt,
            }) as SeededDraft['summary'],
        );
    return {
      drafts: [
        { id: 'v1-edited', draft: edited, summary: await summary('v1-edited') },
        { id: 'v1-trash', draft: withExtra, summary: await summary('v1-trash') },
      ],
      snapshots: [{ id: snap, draftId: 'v1-edited', reason: 'manual', revision: 1, createdAt: t0 + 2, text }],
    };
  },
  // Version 2, written literally: the edited draft's replaced line has a key made by an insert.
  2: async (db) => {
    const { edited, withExtra } = seedDrafts();
    const t0 = 1_700_000_000_000;
    const keys = keysBetween(null, null, edited.expenses.length);
    keys[3] = keyBetween(keys[2], keys[3]);
    await writeV2Draft(db, edited, {
      id: 'v2-edited',
      name: '市府办 2022（已修改）',
      now: t0,
      revision: 4,
      status: { errors: 0, warnings: 1 },
      orders: { expense: keys },
    });
    await writeV2Draft(db, withExtra, {
      id: 'v2-trash',
      name: '回收站里的 2023',
      now: t0 + 1,
      revision: 2,
      deletedAt: t0 + 5,
    });
    const text = saveDraftText(edited);
    const snap = await writeV1Snapshot(db, 'v2-edited', text, {
      reason: 'manual',
      revision: 4,
      name: '市府办 2022（已修改）',
      lineCount: 45,
      createdAt: t0 + 2,
    });
    const summary = (id: string) =>
      db
        .table('drafts')
        .get(id)
        .then(
          (r: Record<string, unknown>) =>
            ({
              name: r.name,
              year: r.year,
              revision: r.revision,
              deletedAt: r.deletedAt,
              lineCount: r.lineCount,
              status: r.status,
              createdAt: r.createdAt,
              updatedAt: r.updatedAt,
            }) as SeededDraft['summary'],
        );
    return {
      drafts: [
        { id: 'v2-edited', draft: edited, summary: await summary('v2-edited') },
        { id: 'v2-trash', draft: withExtra, summary: await summary('v2-trash') },
      ],
      snapshots: [{ id: snap, draftId: 'v2-edited', reason: 'manual', revision: 4, createdAt: t0 + 2, text }],
    };
  },
  // Version 3, written through the repository: version 4 added a table of its own (`layouts`)
  // and left the rows of the others as version 3 wrote them. When a version changes those rows,
  // this seed must first be frozen into literal version-3 rows, as seeds 1 and 2 are.
  3: async (db) => {
    const repo = new DraftRepository(db);
    const { withExtra } = seedDrafts();
    const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
    const d = unwrap(await repo.loadDraft(id));
    unwrap(
      await repo.applyChanges(id, d.revision, [
        {
          type: 'addLine',
          stream: 'expense',
          line: { ...d.draft.expenses[0], amount: '7.00' },
          beforeId: d.lineIds.expense[3],
        },
        { type: 'setHead', key: 'text', value: { ...d.draft.text, reasons: { 30217: '接待标准调整' } } },
      ]),
    );
    unwrap(await repo.applyChanges(id, d.revision + 1, [{ type: 'removeLine', id: d.lineIds.expense[3] }]));
    const snap = unwrap(await repo.takeSnapshot(id, 'manual'));
    const other = unwrap(await repo.importDraftFile(saveDraftText(withExtra), { name: '回收站里的 2023' }));
    unwrap(await repo.moveToTrash(other.id));
    const drafts = await Promise.all(
      [id, other.id].map(async (draftId): Promise<SeededDraft> => {
        const { draft, summary: s } = unwrap(await repo.loadDraft(draftId));
        return {
          id: draftId,
          draft,
          summary: {
            name: s.name,
            year: s.year,
            revision: s.revision,
            deletedAt: s.deletedAt,
            lineCount: s.lineCount,
            status: s.status,
            createdAt: s.createdAt,
            updatedAt: s.updatedAt,
          },
        };
      }),
    );
    const { text } = unwrap(await repo.readSnapshot(snap.id));
    return {
      drafts,
      snapshots: [
        { id: snap.id, draftId: id, reason: 'manual', revision: snap.revision, createdAt: snap.createdAt, text },
      ],
    };
  },
  // Version 3's drafts and snapshots, and a layout file imported on this computer.
  4: async (db) => {
    const seeded = await SEEDS[3](db);
    await db.table('layouts').add({
      id: 'test-city',
      name: '测试市部门预算公开格式',
      fileName: '测试市.json',
      text: '{"id": "test-city"}',
      importedAt: 1_700_000_000_000,
    });
    return seeded;
  },
  // Version 4's rows, and a 决算 draft in the tables version 5 added (its whole file text).
  5: async (db) => {
    const seeded = await SEEDS[4](db);
    const text = finalSeedText();
    await writeV5FinalRow(db, 'final-1');
    await db.table('finalDraftTexts').add({ id: 'final-1', text });
    return { ...seeded, finals: [{ id: 'final-1', text }] };
  },
  // Version 5's rows and an undo history (undo-store.ts) of the first draft.
  6: async (db) => {
    const seeded = await SEEDS[5](db);
    await addUndoHistory(db, seeded);
    return seeded;
  },
  // The current version: version 6's budget rows, the 决算 draft as head parts and line blocks.
  7: async (db) => {
    const seeded = await SEEDS[4](db);
    await addUndoHistory(db, seeded);
    const text = finalSeedText();
    await writeV7Final(db, 'final-1', text);
    return { ...seeded, finals: [{ id: 'final-1', text }] };
  },
};

/** Checks that every seeded draft and snapshot reads back unchanged, and that the draft can be edited. */
async function expectIntact(repo: DraftRepository, seeded: Seeded): Promise<void> {
  const finals = new FinalRepository(repo.db);
  for (const f of seeded.finals ?? []) {
    const loaded = unwrap(await finals.load(f.id));
    expect(saveFinalDraftText(loaded.draft)).toBe(f.text);
    expect(loaded.row.revision).toBe(1);
  }
  const list = await repo.listDrafts({ includeDeleted: true });
  expect(list).toHaveLength(seeded.drafts.length);
  for (const s of seeded.drafts) {
    const loaded = unwrap(await repo.loadDraft(s.id));
    expect(loaded.draft).toEqual(s.draft);
    expect(loaded.summary).toMatchObject(s.summary);
    expect(list.find((d) => d.id === s.id)).toMatchObject(s.summary);
    expect(canonical(unwrap(await repo.exportDraftFile(s.id)))).toBe(canonical(saveDraftText(s.draft)));
  }
  for (const snap of seeded.snapshots) {
    const read = unwrap(await repo.readSnapshot(snap.id));
    expect(read.info).toMatchObject({
      draftId: snap.draftId,
      reason: snap.reason,
      revision: snap.revision,
      createdAt: snap.createdAt,
    });
    expect(read.text).toBe(snap.text);
  }
  // The upgraded draft is editable: a line and a head part, based on its stored revision.
  const live = seeded.drafts.find((d) => d.summary.deletedAt === null)!;
  const d = unwrap(await repo.loadDraft(live.id));
  unwrap(
    await repo.applyChanges(live.id, d.revision, [
      { type: 'setLine', id: d.lineIds.expense[0], line: { ...d.draft.expenses[0], amount: '1.23' } },
      { type: 'setHead', key: 'text', value: { ...d.draft.text, purposes: { x: '用途' } } },
    ]),
  );
  const after = unwrap(await repo.loadDraft(live.id));
  expect(after.draft.expenses[0].amount).toBe('1.23');
  expect(after.draft.text.purposes).toEqual({ x: '用途' });
  expect(after.draft.units).toEqual(live.draft.units);
  expect(after.revision).toBe(d.revision + 1);
}

describe('database versions', () => {
  it('the chain is increasing and every version has a seed for its upgrade test', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of versions) expect(SEEDS[v], `seed for version ${v}`).toBeDefined();
  });

  for (const [i, v] of SCHEMA_VERSIONS.entries()) {
    it(`a database of version ${v.version} opens with the current chain, every draft and snapshot intact`, async () => {
      const name = freshName(`v${v.version}`);
      const old = new BudgetDb(name, SCHEMA_VERSIONS.slice(0, i + 1));
      const seeded = await SEEDS[v.version](old);
      old.close();

      const current = new BudgetDb(name);
      await expectIntact(new DraftRepository(current), seeded);
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      current.close();
    });
  }

  it('version 2 keeps the head apart: draft rows stay small and a line edit writes no head part', async () => {
    const name = freshName('v2-heads');
    const v1 = new BudgetDb(name, SCHEMA_VERSIONS.slice(0, 1));
    const seeded = await SEEDS[1](v1);
    v1.close();

    const db = new BudgetDb(name);
    const repo = new DraftRepository(db);
    const rows = await db.drafts.toArray();
    for (const row of rows) {
      expect(row).not.toHaveProperty('head');
      expect(JSON.stringify(row).length).toBeLessThan(400);
    }
    const parts = await db.headParts.where('[draftId+key]').between(['v1-trash'], ['v1-trash', []]).toArray();
    expect(parts.map((p) => p.key).sort()).toEqual(
      Object.keys(seeded.drafts[1].draft)
        .filter((k) => !['income', 'expenses', 'carryForward', 'procurement'].includes(k))
        .sort(),
    );
    expect(parts.find((p) => p.key === 'extra')?.value).toEqual({ localNote: { keep: '保留这个未知字段' } });

    const before = await db.headParts.toArray();
    const d = unwrap(await repo.loadDraft('v1-edited'));
    unwrap(
      await repo.applyChanges('v1-edited', d.revision, [
        { type: 'setLine', id: d.lineIds.expense[1], line: { ...d.draft.expenses[1], amount: '2.00' } },
      ]),
    );
    expect(await db.headParts.toArray()).toEqual(before);
    db.close();
  });

  it('version 3 moves every line into blocks: order and ids kept, lines table removed, a keystroke writes one block', async () => {
    const name = freshName('v3-blocks');
    const v2 = new BudgetDb(name, SCHEMA_VERSIONS.slice(0, 2));
    const base = unwrap(loadDraftText(FIXTURE_TEXT)).draft;
    // 400–500 expense lines (three blocks of version 3), the second key as an insert left it.
    const big: Draft = {
      ...base,
      expenses: Array.from({ length: 10 }, (_, k) => base.expenses.map((l) => ({ ...l, note: `第${k}组` }))).flat(),
    };
    const keys = keysBetween(null, null, big.expenses.length + 1);
    keys.splice(1, 1, keyBetween(keys[0], keys[1]));
    await writeV2Draft(v2, big, {
      id: 'big',
      name: '大草稿',
      now: 1,
      revision: 7,
      orders: { expense: keys.slice(0, big.expenses.length) },
    });
    await writeV2Draft(v2, base, { id: 'small', name: '小草稿', now: 2 });
    // A line of a draft id without a drafts row is moved too (never dropped).
    await v2
      .table('lines')
      .add({ id: 'stray', draftId: 'gone', stream: 'expense', order: 'a0', line: base.expenses[0] });
    v2.close();

    const db = new BudgetDb(name);
    const repo = new DraftRepository(db);
    await db.open();
    expect(db.backendDB().objectStoreNames.contains('lines')).toBe(false);
    const loaded = unwrap(await repo.loadDraft('big'));
    expect(loaded.draft).toEqual(big);
    expect(loaded.lineIds.expense).toEqual(big.expenses.map((_, i) => `big-expense-${i}`));
    expect(unwrap(await repo.loadDraft('small')).draft).toEqual(base);
    const blocks = await db.lineBlocks
      .where('[draftId+stream+order]')
      .between(['big', 'expense'], ['big', 'expense', []])
      .toArray();
    expect(big.expenses.length).toBeGreaterThan(400);
    expect(blocks.map((b) => b.lines.length)).toEqual([200, 200, big.expenses.length - 400]);
    expect(blocks[0].order).toBe(keys[0]);
    expect(
      (await db.lineBlocks.where('[draftId+stream+order]').between(['gone'], ['gone', []]).toArray()).map((b) => b.ids),
    ).toEqual([['stray']]);

    const before = new Map(
      (await db.lineBlocks.toArray()).map((b) => [JSON.stringify([b.draftId, b.stream, b.order]), JSON.stringify(b)]),
    );
    unwrap(
      await repo.applyChanges('big', loaded.revision, [
        { type: 'setLine', id: loaded.lineIds.expense[250], line: { ...big.expenses[250], amount: '9.99' } },
      ]),
    );
    const after = await db.lineBlocks.toArray();
    const rewritten = after.filter(
      (b) => before.get(JSON.stringify([b.draftId, b.stream, b.order])) !== JSON.stringify(b),
    );
    expect(rewritten.map((b) => [b.draftId, b.order])).toEqual([['big', blocks[1].order]]);
    expect(unwrap(await repo.loadDraft('big')).draft.expenses[250].amount).toBe('9.99');
    db.close();
  });

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

  it('version 7 splits each 决算 text into head parts and line blocks; a text it cannot split is kept', async () => {
    const name = freshName('v7');
    const old = new BudgetDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 6),
    );
    const seeded = await SEEDS[6](old);
    await writeV5FinalRow(old, 'final-broken');
    await old.table('finalDraftTexts').add({ id: 'final-broken', text: '{"stage": "final", "expenses": 3' });
    old.close();

    const db = new BudgetDb(name);
    const finals = new FinalRepository(db);
    const loaded = unwrap(await finals.load('final-1'));
    expect(saveFinalDraftText(loaded.draft)).toBe(seeded.finals![0].text);
    expect(loaded.lineIds.expense).toHaveLength(loaded.draft.expenses.length);
    expect(new Set(loaded.lineIds.expense).size).toBe(loaded.draft.expenses.length);
    expect(await db.finalDraftTexts.toArray()).toEqual([
      { id: 'final-broken', text: '{"stage": "final", "expenses": 3' },
    ]);
    const broken = await finals.load('final-broken');
    expect(broken.ok).toBe(false);
    expect(broken.ok ? '' : broken.error.message).toContain('保存的决算草稿');
    db.close();
  });

  it('a further version is one more entry: the current data survives it and gets the new field', async () => {
    const name = freshName('next');
    const cur = new BudgetDb(name);
    const seeded = await SEEDS[CURRENT_SCHEMA_VERSION](cur);
    cur.close();

    const next = new BudgetDb(name, [...SCHEMA_VERSIONS, TEST_NEXT]);
    await expectIntact(new DraftRepository(next), seeded);
    expect(await next.drafts.where('year').equals(2022).primaryKeys()).toEqual([seeded.drafts[0].id]);
    expect(((await next.drafts.get(seeded.drafts[0].id)) as unknown as { tags: unknown }).tags).toEqual([]);
    next.close();
  });

  it('a database written by a newer version is opened as it is, never downgraded', async () => {
    const name = freshName('newer');
    const newer = new BudgetDb(name, [...SCHEMA_VERSIONS, TEST_NEXT]);
    const seeded = await SEEDS[CURRENT_SCHEMA_VERSION](newer);
    newer.close();
    // Dexie 4 opens it at its own version, keeping its tables and indexes: the older build reads
    // and edits the drafts, and writes keep the fields it does not know (rows are spread, not rebuilt).
    const older = new BudgetDb(name);
    const repo = new DraftRepository(older);
    const id = seeded.drafts[0].id;
    const d = unwrap(await repo.loadDraft(id));
    unwrap(await repo.renameDraft(id, '旧版本改名'));
    expect(await older.drafts.where('year').equals(2022).primaryKeys()).toEqual([id]);
    expect((await older.drafts.get(id))?.name).toBe('旧版本改名');
    expect(older.backendDB().version / 10).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(d.draft).toEqual(seeded.drafts[0].draft);
    older.close();
  });
});
