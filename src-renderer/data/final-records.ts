import type { DraftStatus } from './records';

/**
 * What the database stores of a 决算 draft (schema version 5, docs/final-accounts.md “The editor”): a small row
 * for the list and the draft's canonical file text (saveFinalDraftText) apart, so that the list never
 * reads a draft's content. Both are written in one transaction.
 */
export interface FinalDraftRow {
  id: string;
  stage: 'final';
  name: string;
  /** The year the 决算 closes. */
  year: number;
  departmentName: string;
  createdAt: number;
  updatedAt: number;
  /** Increases by one with every write (content, name, trash). */
  revision: number;
  /** When the draft was moved to the 回收站; null while it is live. */
  deletedAt: number | null;
  /** Findings when the text of `revision` was written (the engine's counts), null before. */
  status: DraftStatus | null;
}

/** The draft as its `*.final.json` file would hold it. */
export interface FinalDraftTextRow {
  id: string;
  text: string;
}
