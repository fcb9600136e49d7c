import type { FinalDraftHead, FinalLinesByStream } from '../../src-core/domain/draft/types';
import type { FinalLineStream } from '../../src-core/domain/final/final-facts';
import type { BlockOf } from './line-blocks';
import type { DraftStatus } from './records';

/**
 * What the database stores of a 决算 draft (README.md “决算 drafts”): a small row for the list, the
 * head one row per top-level key (`finalHeadParts`) and the lines in blocks (`finalLineBlocks`), so
 * that the list never reads a draft's content and an edit rewrites only what it touched. Until
 * schema version 7 the content was the whole file text (`finalDraftTexts`).
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

/** Every line of a 决算 draft, whatever its stream. */
export type FinalStoredLine = FinalLinesByStream[FinalLineStream];

/** One block of up to a few hundred consecutive lines of one stream (key `[draftId+stream+order]`). */
export type FinalLineBlockRow = BlockOf<FinalLineStream, FinalStoredLine>;

/** One top-level key of a 决算 draft other than its four line arrays (key `[draftId+key]`). */
export interface FinalHeadPartRow {
  draftId: string;
  key: keyof FinalDraftHead;
  value: unknown;
}

/**
 * Version 5 and 6: the draft as its `*.final.json` file would hold it. Since version 7 only a text
 * the upgrade could not split into head and lines stays here (final-upgrade-v7.ts).
 */
export interface FinalDraftTextRow {
  id: string;
  text: string;
}
