import type { FinalDraftHead, FinalLinesByStream } from '../../../src-core/domain/draft/types';
import type { FinalEngine } from '../../../src-core/domain/final/final-engine';
import type { FinalLineStream } from '../../../src-core/domain/final/final-facts';

/**
 * One change of a 决算 draft as the editor makes it: a line set, added or removed, or a part of the
 * head replaced. Each carries what it replaces, so that it can be undone exactly.
 */
export type FinalEdit =
  | {
      type: 'set';
      stream: FinalLineStream;
      id: string;
      before: FinalLinesByStream[FinalLineStream];
      after: FinalLinesByStream[FinalLineStream];
    }
  | { type: 'add'; stream: FinalLineStream; id: string; line: FinalLinesByStream[FinalLineStream]; beforeId?: string }
  | {
      type: 'remove';
      stream: FinalLineStream;
      id: string;
      line: FinalLinesByStream[FinalLineStream];
      /** The line that followed it (where an undo puts it back); absent for the last line. */
      beforeId?: string;
    }
  | { type: 'part'; key: keyof FinalDraftHead; before: unknown; after: unknown };

/** Applies edits to the engine in order (the engine keeps every table and finding current). */
export function applyFinalEdits(engine: FinalEngine, edits: readonly FinalEdit[]): void {
  for (const e of edits) {
    switch (e.type) {
      case 'set':
        engine.setLine(e.stream, e.id, e.after);
        break;
      case 'add':
        engine.addLine(e.stream, e.line, e.beforeId, e.id);
        break;
      case 'remove':
        engine.removeLine(e.stream, e.id);
        break;
      case 'part':
        engine.setPart(e.key, e.after as never);
        break;
    }
  }
}

/** The edits that undo `edits` (in reverse order). */
export function invertFinalEdits(edits: readonly FinalEdit[]): FinalEdit[] {
  return [...edits].reverse().map((e): FinalEdit => {
    switch (e.type) {
      case 'set':
        return { ...e, before: e.after, after: e.before };
      case 'add':
        return { type: 'remove', stream: e.stream, id: e.id, line: e.line, beforeId: e.beforeId };
      case 'remove':
        return { type: 'add', stream: e.stream, id: e.id, line: e.line, beforeId: e.beforeId };
      case 'part':
        return { ...e, before: e.after, after: e.before };
    }
  });
}
