import type { FinalDraft, FinalLinesByStream } from '../../../src-core/domain/draft/types';
import type { FinalLineStream } from '../../../src-core/domain/final/final-facts';
import { newId } from '../../data/ids';
import type { FinalEdit } from '../final/final-edits';

/** What the edits are computed from: the open draft's head and lines, in stored order. */
export interface FinalLinesReader {
  readonly head: Pick<FinalDraft, 'units' | 'projects'>;
  lineIds(stream: FinalLineStream): readonly string[];
  line<S extends FinalLineStream>(stream: S, id: string): FinalLinesByStream[S] | undefined;
}

/** The streams an import may change, with the draft's array of each. */
const IMPORTED: readonly [FinalLineStream, 'expenses' | 'income' | 'balances'][] = [
  ['expense', 'expenses'],
  ['income', 'income'],
  ['balance', 'balances'],
];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * An imported 决算 draft (applyFinalImport's result) as the edits that turn the open draft into it —
 * one undo step: the units and projects replaced when they changed, and the lines of each stream
 * whose content changed removed and the file's added (untouched streams keep their lines and ids).
 * Each removal remembers the line that followed it, so that an undo puts every line back in place.
 */
export function finalImportEdits(current: FinalLinesReader, next: FinalDraft): FinalEdit[] {
  const edits: FinalEdit[] = [];
  for (const key of ['units', 'projects'] as const) {
    if (!same(current.head[key], next[key]))
      edits.push({ type: 'part', key, before: current.head[key], after: next[key] });
  }
  for (const [stream, array] of IMPORTED) {
    const ids = current.lineIds(stream);
    const old = ids.map((id) => current.line(stream, id)!);
    const lines: readonly FinalLinesByStream[FinalLineStream][] = next[array];
    if (old.length === lines.length && old.every((l, i) => same(l, lines[i]))) continue;
    ids.forEach((id, i) => {
      const beforeId = ids[i + 1];
      edits.push({ type: 'remove', stream, id, line: old[i], ...(beforeId ? { beforeId } : {}) });
    });
    for (const line of lines) edits.push({ type: 'add', stream, id: newId(), line });
  }
  return edits;
}
