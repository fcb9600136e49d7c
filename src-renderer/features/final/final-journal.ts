import type { FinalDraftHead, FinalLinesByStream } from '../../../src-core/domain/draft/types';
import { FINAL_LINE_STREAMS, type FinalLineStream } from '../../../src-core/domain/final/final-facts';
import type { KeyValueStore } from '../../data/edit-journal';
import type { FinalEdit } from './final-edits';

type AnyLine = FinalLinesByStream[FinalLineStream];

/** An edit as the journal keeps it: what it makes, not what it replaced (that is not needed to replay). */
export type JournaledEdit =
  | { type: 'set'; stream: FinalLineStream; id: string; after: AnyLine }
  | { type: 'add'; stream: FinalLineStream; id: string; line: AnyLine; beforeId?: string }
  | { type: 'remove'; stream: FinalLineStream; id: string }
  | { type: 'part'; key: keyof FinalDraftHead; after: unknown };

/** The journal of one window (`owner`, holding a Web Lock while open: journal-owners.ts) on one draft. */
export const finalJournalKey = (draftId: string, owner: string): string => `final-draft-journal:${draftId}:${owner}`;

/**
 * The edit journal of one window on one 决算 draft (localStorage, which outlives a reload or a
 * crashed renderer): every edit not yet stored, in order, with the revision they follow (`base`). It is
 * rewritten synchronously with each edit — a few hundred bytes for a keystroke, since each edit is
 * kept as its own JSON text and the entry is their join — and after each stored write, removed when
 * nothing is left. Repeated edits of one line or part fold into the last one unless a write carries it.
 */
export class FinalJournal {
  private texts: string[] = [];
  private targets: string[] = [];
  /** How many of the first edits the write under way carries. */
  private sending = 0;

  constructor(
    private readonly store: KeyValueStore | null,
    draftId: string,
    owner: string,
    private base: number,
  ) {
    this.key = finalJournalKey(draftId, owner);
  }

  private readonly key: string;

  add(edits: readonly FinalEdit[]): void {
    for (const e of edits) {
      const kept = journaled(e);
      const target =
        kept.type === 'set' ? `set/${kept.stream}/${kept.id}` : kept.type === 'part' ? `part/${kept.key}` : '';
      const last = this.texts.length - 1;
      if (target !== '' && last >= this.sending && this.targets[last] === target)
        this.texts[last] = JSON.stringify(kept);
      else {
        this.texts.push(JSON.stringify(kept));
        this.targets.push(target);
      }
    }
    this.save();
  }

  /** A write starts: it carries every edit journaled so far (their count is handed back to `stored`). */
  startWrite(): number {
    this.sending = this.texts.length;
    return this.sending;
  }

  /** The write carrying the first `count` edits is stored as `revision`. */
  stored(count: number, revision: number): void {
    this.texts = this.texts.slice(count);
    this.targets = this.targets.slice(count);
    this.sending = 0;
    this.base = revision;
    if (this.texts.length > 0) this.save();
    else this.store?.removeItem(this.key);
  }

  /** Forgets every edit not yet stored (the window will not store them: a conflict). */
  discard(): void {
    this.texts = [];
    this.targets = [];
    this.sending = 0;
    this.store?.removeItem(this.key);
  }

  save(): void {
    if (!this.store || this.texts.length === 0) return;
    try {
      this.store.setItem(this.key, `{"base":${this.base},"edits":[${this.texts.join(',')}]}`);
    } catch {
      // A full localStorage: the write still stores the edit; only a crash before it ends loses it.
    }
  }
}

function journaled(e: FinalEdit): JournaledEdit {
  switch (e.type) {
    case 'set':
      return { type: 'set', stream: e.stream, id: e.id, after: e.after };
    case 'add':
      return { type: 'add', stream: e.stream, id: e.id, line: e.line, ...(e.beforeId ? { beforeId: e.beforeId } : {}) };
    case 'remove':
      return { type: 'remove', stream: e.stream, id: e.id };
    case 'part':
      return { type: 'part', key: e.key, after: e.after };
  }
}

/** What windows that are gone left in their journals of a draft: the edits to replay, the entries read. */
export interface LeftEdits {
  edits: JournaledEdit[];
  /** Every entry of a gone window (replayed or too old): removed once the edits are journaled again. */
  keys: string[];
}

/**
 * The edits windows that are gone (`isLive` false: journal-owners.ts) left in their journals of a
 * draft, oldest entry first, taken only from entries newer than what is stored: at most one write of
 * that window can have been stored after the entry (its own, under way then; its edits replay as no
 * change). An entry that is older (another window wrote since) or not readable is dropped.
 */
export function leftEdits(
  store: KeyValueStore | null,
  draftId: string,
  storedRevision: number,
  isLive: (owner: string) => boolean,
): LeftEdits {
  const out: LeftEdits = { edits: [], keys: [] };
  if (!store) return out;
  const prefix = finalJournalKey(draftId, '');
  const found: { base: number; edits: JournaledEdit[] }[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix) || isLive(key.slice(prefix.length))) continue;
    out.keys.push(key);
    const entry = readEntry(store.getItem(key));
    if (entry && storedRevision <= entry.base + 1) found.push(entry);
  }
  for (const entry of found.sort((a, b) => a.base - b.base)) out.edits.push(...entry.edits);
  return out;
}

function readEntry(raw: string | null): { base: number; edits: JournaledEdit[] } | null {
  if (!raw) return null;
  try {
    const entry = JSON.parse(raw) as { base?: unknown; edits?: unknown };
    if (typeof entry.base !== 'number' || !Array.isArray(entry.edits) || !entry.edits.every(wellFormed)) return null;
    return { base: entry.base, edits: entry.edits as JournaledEdit[] };
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function wellFormed(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (v.type === 'part') return typeof v.key === 'string';
  if (typeof v.id !== 'string' || !FINAL_LINE_STREAMS.includes(v.stream as FinalLineStream)) return false;
  if (v.type === 'set') return isObject(v.after);
  if (v.type === 'add') return isObject(v.line) && (v.beforeId === undefined || typeof v.beforeId === 'string');
  return v.type === 'remove';
}
