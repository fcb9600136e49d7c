import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BudgetDb } from '../../../src-renderer/data/database';
import { backupTextClient, type TextWorker } from '../../../src-renderer/features/backup/backup-text-client';
import type { BackupTextReply, BackupTextRequest } from '../../../src-renderer/features/backup/backup-text-protocol';
import {
  inPageReader,
  readBackupText,
  type BackupReader,
} from '../../../src-renderer/features/backup/read-backup-text';
import { FIXTURE_TEXT, freshRepo, unwrap } from '../data/helpers';

/**
 * A stand-in for the backup worker: runs the worker's own reading (readBackupText on its own
 * connection to the database) when asked, or fails as a worker can (an error event, a failed reply).
 */
class FakeWorker implements TextWorker {
  onmessage: ((e: MessageEvent<BackupTextReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: BackupTextRequest[] = [];
  constructor(private readonly behaviour: 'read' | 'crash' | 'fail' | 'silent') {}
  postMessage(m: BackupTextRequest): void {
    this.requests.push(m);
    if (this.behaviour === 'silent') return;
    if (this.behaviour === 'crash') {
      queueMicrotask(() => this.onerror?.({ preventDefault() {} } as ErrorEvent));
      return;
    }
    if (this.behaviour === 'fail') {
      queueMicrotask(() =>
        this.onmessage?.({
          data: { id: m.id, ok: false, message: 'IndexedDB 打不开' },
        } as MessageEvent<BackupTextReply>),
      );
      return;
    }
    const db = new BudgetDb(m.dbName);
    void readBackupText(db, m.draftId).then((r) => {
      db.close();
      const reply: BackupTextReply = r.ok
        ? { id: m.id, ok: true, ...r.value }
        : { id: m.id, ok: false, message: r.message };
      this.onmessage?.({ data: reply } as MessageEvent<BackupTextReply>);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** Counts the page's own readings. */
function counted(reader: BackupReader) {
  const calls: string[] = [];
  const read: BackupReader = (id) => {
    calls.push(id);
    return reader(id);
  };
  return { read, calls };
}

async function edited() {
  const { repo, db } = freshRepo();
  const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
  const loaded = unwrap(await repo.loadDraft(id));
  const line = { ...loaded.draft.expenses[3], amount: '123.45' };
  unwrap(await repo.applyChanges(id, loaded.revision, [{ type: 'setLine', id: loaded.lineIds.expense[3], line }]));
  return { repo, db, id };
}

describe('backup text in a worker (read-only connection) or in the page', () => {
  it('the worker reading the database itself gives exactly the page text and revision', async () => {
    const { repo, db, id } = await edited();
    const page = unwrap(await repo.loadDraft(id));
    const inPage = await inPageReader(repo)(id);
    const own = await readBackupText(new BudgetDb(db.name), id);
    expect(own).toEqual(inPage);
    expect(own.ok && own.value.revision).toBe(page.revision);
    expect(own.ok && (JSON.parse(own.value.text) as { expenses: { amount: string }[] }).expenses[3].amount).toBe(
      '123.45',
    );
  });

  it('reading in the worker writes nothing (revision and history unchanged)', async () => {
    const { repo, db, id } = await edited();
    const before = unwrap(await repo.loadDraft(id)).revision;
    const snapshots = await db.snapshots.count();
    await readBackupText(new BudgetDb(db.name), id);
    expect(unwrap(await repo.loadDraft(id)).revision).toBe(before);
    expect(await db.snapshots.count()).toBe(snapshots);
  });

  it('a draft the database no longer has: a Chinese message, no text', async () => {
    const { db } = freshRepo();
    const r = await readBackupText(db, 'gone0000001');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('找不到草稿');
  });

  it('with a worker, the page does no reading of its own', async () => {
    const { repo, db, id } = await edited();
    const page = counted(inPageReader(repo));
    const worker = new FakeWorker('read');
    const client = backupTextClient(worker, db.name, page.read);
    const r = await client.read(id);
    expect(r).toEqual(await inPageReader(repo)(id));
    expect(worker.requests).toEqual([{ id: 1, dbName: db.name, draftId: id }]);
    expect(page.calls).toEqual([]);
    expect(client.inPage).toBe(false);
  });

  it('no worker (the platform would not start one): the page makes the text', async () => {
    const { repo, db, id } = await edited();
    const page = counted(inPageReader(repo));
    const client = backupTextClient(null, db.name, page.read);
    expect(client.inPage).toBe(true);
    const r = await client.read(id);
    expect(r.ok && r.value.text).toBe(unwrap(await repo.exportDraftFile(id)));
    expect(page.calls).toEqual([id]);
  });

  it('a worker that crashes: the backup waiting on it is made in the page, and so is every later one', async () => {
    const { repo, db, id } = await edited();
    const page = counted(inPageReader(repo));
    const worker = new FakeWorker('crash');
    const client = backupTextClient(worker, db.name, page.read);
    const first = await client.read(id);
    expect(first.ok).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(client.inPage).toBe(true);
    await client.read(id);
    expect(worker.requests).toHaveLength(1);
    expect(page.calls).toEqual([id, id]);
  });

  it('a worker that cannot read (its database will not open): that backup is made in the page, the worker stays', async () => {
    const { repo, db, id } = await edited();
    const page = counted(inPageReader(repo));
    const client = backupTextClient(new FakeWorker('fail'), db.name, page.read);
    const r = await client.read(id);
    expect(r.ok && r.value.text).toBe(
      ((await inPageReader(repo)(id)) as { ok: true; value: { text: string } }).value.text,
    );
    expect(page.calls).toEqual([id]);
    expect(client.inPage).toBe(false);
  });

  it('disposed while a backup waits on the worker: the page makes it (nothing is left hanging)', async () => {
    const { repo, db, id } = await edited();
    const page = counted(inPageReader(repo));
    const worker = new FakeWorker('silent');
    const client = backupTextClient(worker, db.name, page.read);
    const waiting = client.read(id);
    client.dispose();
    expect((await waiting).ok).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(page.calls).toEqual([id]);
  });
});
