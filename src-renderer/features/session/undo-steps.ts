import { sameData } from '../../data/three-way-merge';
import type { StoredUndoStep } from '../../data/undo-store';
import type { HistoryStep } from '../../../src-core/editor/undo';
import type { DraftHead } from '../../data/records';
import type { Stream } from '../../../src-core/domain/tables/spec';
import { invertEdits, streamOf, type DraftEdit, type LineEdit } from './line-edits';

/**
 * An undo step of the session as data: the edits it made, which applying runs and reverting runs
 * inverted. `restored`: read back from storage after a reload (checked before it is used).
 */
export interface EditStep<S> extends HistoryStep<S> {
  readonly edits: readonly DraftEdit[];
  readonly restored?: boolean;
}

export function isEditStep<S>(step: HistoryStep<S> | undefined): step is EditStep<S> {
  return step !== undefined && Array.isArray((step as Partial<EditStep<S>>).edits);
}

/**
 * The step as stored, or null when it is not kept: only line edits are (a head part such as the
 * project list can be megabytes, and 基本信息 or 情况说明 are undone where they are typed).
 */
export function toStoredStep<S>(step: HistoryStep<S>): StoredUndoStep<LineEdit> | null {
  if (!isEditStep(step) || step.edits.some((e) => e.type === 'part')) return null;
  return { label: step.label, edits: step.edits as readonly LineEdit[] };
}

/**
 * Whether the draft is in the state a step leaves it in (`undo`) or the state before it (`redo`):
 * each line it touched is as the step left it, a removed one absent. Only then can the step be
 * undone or redone without putting back values the officer never saw over someone else's.
 */
/** What the check reads of the open draft: the head, and a line by id (undefined when absent). */
export interface StateReader {
  readonly head: DraftHead;
  find(stream: Stream, id: string): unknown;
}

export function fitsStep(reader: StateReader, edits: readonly DraftEdit[], direction: 'undo' | 'redo'): boolean {
  const sequence = direction === 'undo' ? edits : invertEdits(edits);
  const expected = new Map<string, { read: () => unknown; value: unknown }>();
  for (const e of sequence) {
    if (e.type === 'part') {
      expected.set(`part:${e.key}`, { read: () => reader.head[e.key], value: e.after });
      continue;
    }
    const stream = streamOf(e);
    const read = () => reader.find(stream, e.id) ?? null;
    const value = e.type === 'set' ? e.after : e.type === 'add' ? e.line : null;
    expected.set(`${stream}:${e.id}`, { read, value });
  }
  for (const { read, value } of expected.values()) if (!sameData(read(), value)) return false;
  return true;
}
