import type {
  CarryForwardLine,
  Draft,
  DraftHead,
  ExpenseLine,
  IncomeLine,
  ProcurementItem,
} from '../../src-core/domain/draft/types';
import type { STREAM_ARRAYS } from '../../src-core/domain/engine/budget-engine';
import type { Stream } from '../../src-core/domain/tables/spec';

/**
 * What the database stores (README.md “Model”). Everything is plain JSON-compatible data: amounts
 * are decimal strings, times are epoch milliseconds, no class instances.
 */

/** Streams in the order the repository reports them. */
export const STREAMS: readonly Stream[] = ['income', 'expense', 'carryForward', 'procurement'];

export type StoredLine = ExpenseLine | IncomeLine | CarryForwardLine | ProcurementItem;

/** The draft array that holds a stream's lines (`expense` → `expenses`). */
export type LineArrayKey = (typeof STREAM_ARRAYS)[Stream];

export type { DraftHead };

/** Parts of the head a change may replace (the file's format markers are not editable). */
export type HeadKey = Exclude<keyof DraftHead, 'format' | 'formatVersion'>;

export const HEAD_KEYS: readonly HeadKey[] = [
  'stage',
  'year',
  'amountUnit',
  'publishUnit',
  'department',
  'units',
  'projects',
  'assets',
  'prior',
  'text',
  'catalogExtras',
  'reviews',
  'extra',
];

/** Finding counts cached for the draft list (computed by the engine, stored with a revision). */
export interface DraftStatus {
  errors: number;
  warnings: number;
}

/**
 * One row of `drafts`: list fields and the concurrency counter, a few hundred bytes whatever the
 * draft's size (the head is in `headParts` since schema version 2), because every saved batch
 * rewrites it.
 */
export interface DraftRow {
  id: string;
  name: string;
  year: number;
  departmentName: string;
  createdAt: number;
  updatedAt: number;
  /** Increases by one with every write to the draft (content, name, trash). */
  revision: number;
  /** When the draft was moved to the 回收站; null while it is live. */
  deletedAt: number | null;
  /** Findings at `statusRevision`, or null before the engine has looked at the draft. */
  status: DraftStatus | null;
  statusRevision: number | null;
  lineCount: number;
  /**
   * Id of the last batch of edits stored (`applyChanges`' batchId; absent in rows written before it
   * existed): the edit journal compares it with the batch it had under way when the window died.
   */
  lastBatch?: string;
}

/** The keys of the head as stored: one `headParts` row each (format markers included). */
export type HeadPartKey = keyof DraftHead;

/**
 * One row of `headParts` (schema version 2): one part of a draft's head (`units`, `projects`,
 * `text` …), so that changing the 情况说明 text rewrites the text, not thousands of projects, and
 * saving a line rewrites no part at all. A part whose value is absent (`extra`) has no row.
 */
export interface HeadPartRow {
  draftId: string;
  key: HeadPartKey;
  value: unknown;
}

/**
 * One row of `lineBlocks` (schema version 3): up to a few hundred consecutive lines of one stream,
 * `lines` exactly as in the draft file and `ids` their storage ids (parallel arrays). Blocks are
 * ordered by `order`, a fractional-indexing key (order-key.ts) unique within draft × stream; the
 * lines of a block by their place in it. Storing 50,000 lines is a few hundred rows instead of
 * 50,000: IndexedDB's cost is per row, not per byte.
 */
export interface LineBlockRow {
  draftId: string;
  stream: Stream;
  order: string;
  ids: string[];
  lines: StoredLine[];
}

export type SnapshotReason = 'open' | 'import' | 'interval' | 'export' | 'manual' | 'before-restore';

/** Automatic snapshots skipped when nothing changed since the latest one, and pruned to a maximum. */
export const AUTOMATIC_REASONS: readonly SnapshotReason[] = ['open', 'interval'];

/** Chinese names of snapshot reasons, for the history list. */
export const SNAPSHOT_REASON_NAMES: Record<SnapshotReason, string> = {
  open: '打开时',
  import: '导入前',
  interval: '定时',
  export: '导出时',
  manual: '手动',
  'before-restore': '恢复前',
};

/** One row of `snapshots`: what the history list shows. The file text is in `snapshotTexts`. */
export interface SnapshotRow {
  id?: number;
  draftId: string;
  createdAt: number;
  reason: SnapshotReason;
  /** The draft's revision when the snapshot was taken. */
  revision: number;
  name: string;
  lineCount: number;
  /** Length of the text in characters. */
  size: number;
}

/**
 * A layout file the officer imported on this computer (schema version 4, features/layouts/): the
 * file's text as it was chosen, read again (and checked again) each time the app starts.
 */
export interface LayoutFileRow {
  /** The layout's `id` (an import of the same id replaces the row). */
  id: string;
  /** The layout's `name`, for the list when the text cannot be read any more. */
  name: string;
  fileName: string;
  text: string;
  importedAt: number;
}

/** The draft file text of a snapshot (kept apart so that listing never reads megabytes). */
export interface SnapshotTextRow {
  id: number;
  text: string;
}

/** Splits a draft into its head and its lines per stream (the arrays are not copied). */
export function splitDraft(draft: Draft): { head: DraftHead; lines: Record<Stream, StoredLine[]> } {
  const { income, expenses, carryForward, procurement, ...head } = draft;
  return { head, lines: { income, expense: expenses, carryForward, procurement } };
}

/** The draft of a head and its lines per stream. */
export function joinDraft(head: DraftHead, lines: Record<Stream, StoredLine[]>): Draft {
  return {
    ...head,
    income: lines.income as IncomeLine[],
    expenses: lines.expense as ExpenseLine[],
    carryForward: lines.carryForward as CarryForwardLine[],
    procurement: lines.procurement as ProcurementItem[],
  };
}

/** The name a draft gets when none is given: “2022年舟山市人民政府办公室部门预算”. */
export function defaultDraftName(head: Pick<DraftHead, 'year' | 'department'>): string {
  return `${head.year}年${head.department.name}部门预算`;
}
