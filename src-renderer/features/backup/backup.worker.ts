/// <reference lib="webworker" />
import { BudgetDb } from '../../data/database';
import type { BackupTextReply, BackupTextRequest } from './backup-text-protocol';
import { readBackupText } from './read-backup-text';

/**
 * A backup's text off the page's thread: reading a 50,000-line draft and serialising it (≈ 13 MB
 * of JSON) takes a few hundred ms, which the officer would otherwise feel as a frozen grid. The
 * worker opens the page's database with the same schema and only reads it (one read-only
 * transaction per backup); the page hands the text to the bridge itself.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const dbs = new Map<string, BudgetDb>();

const database = (name: string): BudgetDb => {
  let db = dbs.get(name);
  if (!db) {
    db = new BudgetDb(name);
    dbs.set(name, db);
  }
  return db;
};

scope.onmessage = async (e: MessageEvent<BackupTextRequest>) => {
  const { id, dbName, draftId } = e.data;
  let reply: BackupTextReply;
  try {
    const read = await readBackupText(database(dbName), draftId);
    reply = read.ok ? { id, ok: true, ...read.value } : { id, ok: false, message: read.message };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
