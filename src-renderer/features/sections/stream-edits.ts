import { newId } from '../../data/ids';
import type { Stream } from '../../../src-core/domain/tables/spec';
import type { DraftSession } from '../session/draft-session';
import type { LineEdit, LinesByStream } from '../session/line-edits';
import { nextLineId } from './draft-reader';

/** The lines of one stream with their ids, in draft order (small streams: income, 采购 …). */
export function streamLines<S extends Stream>(
  session: DraftSession,
  stream: S,
): { id: string; line: LinesByStream[S] }[] {
  return session.lineIds(stream).map((id) => ({ id, line: session.line(stream, id) }));
}

/** Replaces one line as one undo step (nothing when unchanged). */
export function setLine<S extends Stream>(
  session: DraftSession,
  stream: S,
  id: string,
  after: LinesByStream[S],
  label = '修改',
): void {
  const before = session.line(stream, id);
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  session.perform(label, [{ type: 'set', stream, id, before, after } as LineEdit]);
}

/** Appends a line as one undo step; returns its id. */
export function addLine<S extends Stream>(
  session: DraftSession,
  stream: S,
  line: LinesByStream[S],
  label: string,
): string {
  const id = newId();
  session.perform(label, [{ type: 'add', stream, id, line } as LineEdit]);
  return id;
}

/** Removes a line as one undo step; undo puts it back before the line that followed it. */
export function removeLine(session: DraftSession, stream: Stream, id: string, label: string): void {
  const beforeId = nextLineId(session, stream, id);
  session.perform(label, [
    { type: 'remove', stream, id, line: session.line(stream, id), ...(beforeId ? { beforeId } : {}) } as LineEdit,
  ]);
}
