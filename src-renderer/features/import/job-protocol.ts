import type { Draft } from '../../../src-core/domain/draft/types';
import type { PreviewSummary } from '../../../src-core/import/import-job';
import type { SheetChoice } from '../../../src-core/import/import-workbook';
import type { ImportMode } from '../../../src-core/import/plan-import';

/** Messages between the page and the import worker (import.worker.ts). */
export type JobRequest =
  | {
      id: number;
      type: 'open';
      bytes: Uint8Array;
      fileName: string;
      base: Draft;
      catalogFiles: { name: string; text: string }[];
    }
  | { id: number; type: 'analyze'; choices: Record<string, SheetChoice> }
  | { id: number; type: 'apply'; mode: ImportMode; allowRejectedRows: boolean };

export type JobReply =
  /** Posted once when the worker's script has loaded (id 0): a failure after it is the job's, not the platform's. */
  | { id: number; type: 'ready' }
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'preview'; preview: PreviewSummary }
  | { id: number; type: 'applied'; text: string }
  | { id: number; type: 'failed'; errors: string[] };
