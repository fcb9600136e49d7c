import type { DraftChange } from '../../data/changes';
import type { DraftHead, HeadKey } from '../../data/records';
import type { LinesByStream } from '../../../src-core/domain/draft/types';
import type { BudgetEngine } from '../../../src-core/domain/engine/budget-engine';
import type { Stream } from '../../../src-core/domain/tables/spec';

export type { LinesByStream };

/**
 * One change of a line of one stream as the editor records it: the whole line before and after, so
 * that undo gives back exactly what was stored (the exported file stays JSON-equal to the imported
 * one). Ids are the repository's line ids, which the engine was given as well.
 */
type EditOf<S extends Stream, Tag> =
  | ({ type: 'set'; id: string; before: LinesByStream[S]; after: LinesByStream[S] } & Tag)
  /** Before `beforeId`, or at the end when absent. */
  | ({ type: 'add'; id: string; beforeId?: string; line: LinesByStream[S] } & Tag)
  /** `beforeId`: the line that followed it, so that undo puts it back in its place. */
  | ({ type: 'remove'; id: string; beforeId?: string; line: LinesByStream[S] } & Tag);

/** An edit of one line; `stream` may be left out for expense lines (the 支出明细 grid). */
export type LineEdit =
  | EditOf<'expense', { stream?: 'expense' }>
  | EditOf<'income', { stream: 'income' }>
  | EditOf<'carryForward', { stream: 'carryForward' }>
  | EditOf<'procurement', { stream: 'procurement' }>;

/** Replacement of one part of the draft head (units, projects, prior, text, department, assets …). */
export type PartEdit = { [K in HeadKey]: { type: 'part'; key: K; before: DraftHead[K]; after: DraftHead[K] } }[HeadKey];

/** Anything one undo step may hold: line edits of any stream and head-part replacements, in order. */
export type DraftEdit = LineEdit | PartEdit;

/** The stream an edit belongs to. */
export function streamOf(edit: LineEdit): Stream {
  return edit.stream ?? 'expense';
}

/** The edits that undo `edits` (in reverse order). */
export function invertEdits<E extends DraftEdit>(edits: readonly E[]): E[] {
  return [...edits].reverse().map((e) => invertOne(e) as E);
}

function invertOne(e: DraftEdit): DraftEdit {
  switch (e.type) {
    case 'part':
      return { ...e, before: e.after, after: e.before } as PartEdit;
    case 'set':
      return { ...e, before: e.after, after: e.before } as LineEdit;
    case 'add':
      return { ...e, type: 'remove' } as LineEdit;
    case 'remove':
      return { ...e, type: 'add' } as LineEdit;
  }
}

/** Applies edits to the engine in order (status and findings follow at once). */
export function applyToEngine(engine: BudgetEngine, edits: readonly DraftEdit[]): void {
  for (const e of edits) {
    if (e.type === 'part') {
      engine.setPart(e.key, e.after as never);
      continue;
    }
    const stream = streamOf(e);
    switch (e.type) {
      case 'set':
        engine.setLine(stream, e.id, e.after as never);
        break;
      case 'add':
        engine.addLine(stream, e.line as never, e.beforeId, e.id);
        break;
      case 'remove':
        engine.removeLine(stream, e.id);
        break;
    }
  }
}

/** The same edits as the repository stores them (one batch, one transaction), with what the window saw. */
export function toDraftChanges(edits: readonly DraftEdit[]): DraftChange[] {
  return edits.map((e): DraftChange => {
    switch (e.type) {
      // `expect`: what this window saw, so that another window's write to other values merges.
      case 'part':
        return { type: 'setHead', key: e.key, value: e.after, expect: e.before } as DraftChange;
      case 'set':
        return { type: 'setLine', id: e.id, line: e.after, expect: e.before };
      case 'add':
        return {
          type: 'addLine',
          stream: streamOf(e),
          line: e.line,
          id: e.id,
          ...(e.beforeId ? { beforeId: e.beforeId } : {}),
        };
      case 'remove':
        return { type: 'removeLine', id: e.id, expect: e.line };
    }
  });
}
